// The answer pattern of a number question of the report form: only amounts the core reads (docs/validation.md), as Forms' regular expression.
// Three shapes, by the indicator's ĐVT: a length (m, km) takes decimals and an optional m/km unit;
// a counted unit (vườn, hộ, cái, công trình, tuyến) takes whole numbers only; any other takes
// decimals without a unit; in metres, `1,500` (thousands with a comma?) is refused unless in km. The pattern is stricter than the reader (no sign, no space-grouped
// thousands, no number words): every answer it lets through is read as a non-negative number.
// Written with plain groups and [0-9] so that Forms' engine and JavaScript read it alike.
import { isCountedUnit, isLengthUnit, isMetreUnit } from '../amount';

/** Whole numbers: 3200, 3.200, 1.234.567 (a dot before exactly three digits groups thousands). */
const WHOLE = '[1-9][0-9]{0,2}([.][0-9]{3})+|[0-9]+';
/** Decimals: 0,38, 1.234,5, 0.7, 0.500, 12.5, 1234.5678 (never 1234.567, which the reader refuses as unclear). */
const DECIMAL =
  '[0-9]+,[0-9]+|[1-9][0-9]{0,2}([.][0-9]{3})+,[0-9]+|0[.][0-9]+|[1-9][0-9]*[.]([0-9]{1,2}|[0-9]{4,})';
/** An m or km unit after the number, with or without a space. */
const LENGTH_UNIT = '( ?([mM]|[kK][mM]))?';
/**
 * Decimals as above but never one to three digits, a comma and exactly three digits (`1,500`): in
 * metres that looks like thousands grouped with an English comma (docs/validation.md), so the form
 * asks for 1.500 or 1,5 instead of letting the sheet read 1,5 m.
 */
const DECIMAL_NO_COMMA_GROUP =
  '(0[0-9]*|[1-9][0-9]{3,}),[0-9]+|[1-9][0-9]{0,2},([0-9]{1,2}|[0-9]{4,})|' +
  '[1-9][0-9]{0,2}([.][0-9]{3})+,[0-9]+|0[.][0-9]+|[1-9][0-9]*[.]([0-9]{1,2}|[0-9]{4,})';

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
  if (isMetreUnit(unit))
    return `^ *((${WHOLE}|${DECIMAL_NO_COMMA_GROUP})( ?[mM])?|(${WHOLE}|${DECIMAL}) ?[kK][mM]) *$`;
  const body = shape === 'whole' ? WHOLE : `${WHOLE}|${DECIMAL}`;
  return `^ *(${body})${shape === 'length' ? LENGTH_UNIT : ''} *$`;
}

/** What Forms says under a refused answer, in the leader's words. */
export function numberPatternHelp(unit: string): string {
  const shape = numberShape(unit);
  if (shape === 'whole')
    return 'Hãy nhập số nguyên bằng chữ số, ví dụ 3 hoặc 1.200 (không ghi chữ, không ghi đơn vị).';
  if (isMetreUnit(unit))
    return 'Hãy nhập số mét bằng chữ số, ví dụ 1.500 hoặc 0,5 km (dấu phẩy ngăn phần thập phân: 1,500 sẽ bị hỏi lại, hãy viết 1.500 hoặc 1,5).';
  if (shape === 'length')
    return 'Hãy nhập số bằng chữ số, ví dụ 3.200 hoặc 0,38; có thể ghi thêm m hoặc km (ví dụ 500 m, 0,5 km).';
  return 'Hãy nhập số bằng chữ số, ví dụ 3.200 hoặc 0,38 (dấu phẩy ngăn phần thập phân, không ghi chữ).';
}
