// Readers of one custom-function input (not blank): vi-VN quantities with units, dates, a deadline rule, a unit.
// Dates: Date cells are instants read in the spreadsheet's zone; text is day first (vi-date).
// A formula has no campaign year to lend, so a date typed without its year is refused.
import { parseAmount, sameUnit, splitUnit } from '../amount';
import { parseDeadlineRule } from '../model/deadline-rule';
import { parseKind } from '../model/read-indicators';
import type { CellValue, Day, DeadlineRule, IndicatorKind, Instant, Parsed } from '../types';
import { parseDateTime } from '../vi-date';
import { parseViNumber, parseViNumberText, quote } from '../vi-number';

/** A number as typed, in its own unit ('' when it names none). */
export interface Quantity {
  value: number;
  unit: string;
  /** The cell as given, to convert it into another unit. */
  raw: CellValue;
}

/** Reads `3.200`, `0,38`, `3.200 m`, `0,5 km`, `12 vườn` or a number cell; the unit is kept, not converted. */
export function readQuantity(v: CellValue): Parsed<Quantity> {
  if (typeof v !== 'string') {
    const n = parseViNumber(v);
    return n.ok ? { ok: true, value: { value: n.value, unit: '', raw: v } } : n;
  }
  const { unit } = splitUnit(v.trim());
  const n = unit === '' ? parseViNumberText(v) : parseAmount(v, unit);
  return n.ok ? { ok: true, value: { value: n.value, unit, raw: v } } : n;
}

/** A quantity that may not be negative (a target, an amount done). */
export function readCount(v: CellValue): Parsed<Quantity> {
  const q = readQuantity(v);
  if (q.ok && q.value.value < 0) {
    return {
      ok: false,
      message: `${quote(String(v))} là số âm; chỉ tiêu và khối lượng đã làm không âm, hãy nhập số từ 0 trở lên`,
    };
  }
  return q;
}

/** `q` expressed in `unit` (m and km convert; '' on either side means "same unit"); else why not. */
export function inUnit(q: Quantity, unit: string): Parsed<number> {
  if (q.unit === '' || unit === '' || sameUnit(q.unit, unit)) return { ok: true, value: q.value };
  return parseAmount(q.raw, unit);
}

/** The unit quantities of one element are compared in: the first one written, in parameter order. */
export function commonUnit(quantities: readonly Quantity[]): string {
  return quantities.find((q) => q.unit !== '')?.unit ?? '';
}

/** An instant: a Date cell, or text such as `16/03/2023 08:00` read as wall clock in `timeZone`. */
export function readInstant(v: CellValue, timeZone: string): Parsed<Instant> {
  const p = parseDateTime(v, timeZone, NaN);
  return p.ok ? { ok: true, value: p.value.instant } : p;
}

/** The calendar day of a Date cell or of a date typed as text, in `timeZone`. */
export function readDay(v: CellValue, timeZone: string): Parsed<Day> {
  const p = parseDateTime(v, timeZone, NaN);
  return p.ok ? { ok: true, value: p.value.day } : p;
}

/** A weekly deadline written like `Hạn báo cáo` (`Thứ 5 14:30`). */
export function readDeadline(v: CellValue): Parsed<DeadlineRule> {
  if (typeof v !== 'string')
    return { ok: false, message: 'hạn báo cáo phải là chữ ghi thứ và giờ, ví dụ "Thứ 5 14:30"' };
  return parseDeadlineRule(v);
}

/** A unit such as `m`, `km`, `vườn`. */
export function readUnit(v: CellValue): Parsed<string> {
  if (typeof v !== 'string') return { ok: false, message: 'đơn vị phải là chữ, ví dụ "m", "km" hoặc "vườn"' };
  return { ok: true, value: v.trim() };
}

/** An indicator kind written like `Loại` in `Chỉ tiêu`: `Cộng dồn`, `Lũy kế` or `Đạt/Chưa` (forgiving). */
export function readKind(v: CellValue): Parsed<IndicatorKind> {
  const kind = typeof v === 'string' ? parseKind(v) : undefined;
  if (kind) return { ok: true, value: kind };
  return {
    ok: false,
    message: `${quote(String(v))} không phải loại chỉ tiêu; hãy ghi như cột Loại của tab Chỉ tiêu: "Cộng dồn", "Lũy kế" hoặc "Đạt/Chưa"`,
  };
}
