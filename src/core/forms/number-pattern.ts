// The answer pattern of a number question of the report form: only amounts the core reads (docs/validation.md), as Forms' regular expression.
// Three shapes, by the indicator's ĐVT: a length (m, km) takes decimals and an optional m/km unit;
// a counted unit (vườn, hộ, cái, công trình, tuyến) takes whole numbers only; any other takes
// decimals without a unit. The pattern is stricter than the reader (no sign, no space-grouped
// thousands, no number words): every answer it lets through is read as a non-negative number.
// Written with plain groups and [0-9] so that Forms' engine and JavaScript read it alike.
import { isCountedUnit, isLengthUnit } from '../amount';

/** Whole numbers: 3200, 3.200, 1.234.567 (a dot before exactly three digits groups thousands). */
const WHOLE = '[1-9][0-9]{0,2}([.][0-9]{3})+|[0-9]+';
/** Decimals: 0,38, 1.234,5, 0.7, 0.500, 12.5, 1234.5678 (never 1234.567, which the reader refuses as unclear). */
const DECIMAL =
  '[0-9]+,[0-9]+|[1-9][0-9]{0,2}([.][0-9]{3})+,[0-9]+|0[.][0-9]+|[1-9][0-9]*[.]([0-9]{1,2}|[0-9]{4,})';
/** An m or km unit after the number, with or without a space. */
const LENGTH_UNIT = '( ?([mM]|[kK][mM]))?';

export type NumberShape = 'length' | 'whole' | 'decimal';

/** Which shape a question of an indicator counted in `unit` takes. */
export function numberShape(unit: string): NumberShape {
  if (isLengthUnit(unit)) return 'length';
  if (isCountedUnit(unit)) return 'whole';
  return 'decimal';
}

/** The whole-answer pattern (anchored) for an indicator counted in `unit`. */
export function numberPattern(unit: string): string {
  const shape = numberShape(unit);
  const body = shape === 'whole' ? WHOLE : `${WHOLE}|${DECIMAL}`;
  return `^ *(${body})${shape === 'length' ? LENGTH_UNIT : ''} *$`;
}

/** What Forms says under a refused answer, in the leader's words. */
export function numberPatternHelp(unit: string): string {
  const shape = numberShape(unit);
  if (shape === 'whole')
    return 'Hãy nhập số nguyên bằng chữ số, ví dụ 3 hoặc 1.200 (không ghi chữ, không ghi đơn vị).';
  if (shape === 'length')
    return 'Hãy nhập số bằng chữ số, ví dụ 3.200 hoặc 0,38; có thể ghi thêm m hoặc km (ví dụ 500 m, 0,5 km).';
  return 'Hãy nhập số bằng chữ số, ví dụ 3.200 hoặc 0,38 (dấu phẩy ngăn phần thập phân, không ghi chữ).';
}
