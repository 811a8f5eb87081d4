// Amounts with an optional unit (3200m, 0,5 km), converted into the indicator's unit (ĐVT).
// The unit follows the number, with or without a space, and is matched forgivingly (case,
// diacritics, spaces and a final dot ignored): `3 Vuon` is fine for an indicator in vườn.
// m and km convert into each other; any other unit that differs from the ĐVT is an error.
import { fold } from './text';
import type { CellValue, Parsed } from './types';
import { parseViNumber, parseViNumberText, quote } from './vi-number';
import { quickViNumber } from './quick-number';
import { isDateCell } from './zone';

/** Length units and their size in metres, by canonical spelling. */
const LENGTHS: Record<string, number> = {
  m: 1,
  met: 1,
  metre: 1,
  meter: 1,
  km: 1000,
  kilomet: 1000,
  kilometre: 1000,
  kilometer: 1000,
  cayso: 1000,
};
const COUNTED = new Set(['vuon', 'ho', 'cai', 'congtrinh', 'tuyen']);

/** Canonical spellings already made: an indicator's unit is asked for on every cell. */
const canonical = new Map<string, string>();

/** A unit's canonical spelling for matching: folded, without spaces or dots. */
export function canonicalUnit(unit: string): string {
  const text = String(unit);
  let out = canonical.get(text);
  if (out === undefined) {
    if (canonical.size >= 10_000) canonical.clear();
    canonical.set(text, (out = fold(text).replace(/[\s.]/g, '')));
  }
  return out;
}

/** True when two unit spellings name the same unit (forgiving match). */
export function sameUnit(a: string, b: string): boolean {
  return canonicalUnit(a) === canonicalUnit(b);
}

/** True for a length unit (m, km and their spellings): the units that convert into each other. */
export function isLengthUnit(unit: string): boolean {
  return Object.prototype.hasOwnProperty.call(LENGTHS, canonicalUnit(unit));
}

/** True for the metre and its spellings (m, mét, metre). */
export function isMetreUnit(unit: string): boolean {
  return LENGTHS[canonicalUnit(unit)] === 1;
}

/** True for units counted in whole items (vườn, hộ, cái, công trình, tuyến). */
export function isCountedUnit(unit: string): boolean {
  return COUNTED.has(canonicalUnit(unit));
}

/** Converts `n` from a unit of `from` metres into one of `to` metres without binary noise (3,2 m → 0,0032 km). */
function convert(n: number, from: number, to: number): number {
  const raw = from >= to ? n * (from / to) : n / (to / from);
  return Number(raw.toPrecision(15));
}

function fail(message: string): Parsed<number> {
  return { ok: false, message };
}

/** Splits `3.200 m` into its number part and its unit part ('' when none). */
export function splitUnit(text: string): { number: string; unit: string } {
  const m = /^(.*?)\s*([^\d\s.,+\-\u2212\u2013][^\d]*)$/.exec(text);
  if (!m) return { number: text, unit: '' };
  return { number: m[1], unit: m[2].replace(/[\s.,;:!]+$/, '') };
}

/** Parses an amount for an indicator counted in `unit`; m and km convert, any other differing unit is an error. Never throws, never NaN. */
export function parseAmount(v: CellValue, unit: string): Parsed<number> {
  if (typeof v === 'boolean') {
    return fail('Ô là ô đánh dấu (đúng/sai), không phải số lượng; hãy nhập một số, ví dụ 3.200');
  }
  if (typeof v !== 'string' || isDateCell(v)) return parseViNumber(v);
  const text = v.trim();
  const quick = quickViNumber(text);
  if (!Number.isNaN(quick)) return { ok: true, value: quick };
  const parts = splitUnit(text);
  if (parts.unit === '' || !/\d/.test(parts.number)) return parseViNumberText(text);
  const n = parseViNumberText(parts.number);
  if (!n.ok) return n;
  if (sameUnit(parts.unit, unit)) return n;
  const from = LENGTHS[canonicalUnit(parts.unit)];
  const to = LENGTHS[canonicalUnit(unit)];
  if (from !== undefined && to !== undefined) {
    const value = convert(n.value, from, to);
    return Number.isFinite(value) ? { ok: true, value } : fail(`${quote(text)} quá lớn; hãy kiểm tra lại số`);
  }
  const target = String(unit).trim();
  return fail(
    target === ''
      ? `${quote(text)} có đơn vị "${parts.unit}" nhưng chỉ tiêu chưa ghi ĐVT; hãy chỉ nhập số`
      : `${quote(text)} có đơn vị "${parts.unit}", khác ĐVT của chỉ tiêu là "${target}"; hãy nhập số theo ${target}, không kèm đơn vị khác`,
  );
}
