// vi-VN number formats for the numbers already typed in input columns, chosen per value (whole or fraction).
// `#,##0` for whole numbers (3.200) and `#,##0.###` for fractions (0,38; 0,125 km to the metre). Sheets prints
// `#,##0.###` on 3200 as "3.200," with a dangling separator, so one pattern for a whole column cannot do both.
// Blank cells keep the automatic format, under which Sheets shows what is typed the vi-VN way (typing 3.200 gives
// `#,##0` by itself).
import type { CellValue } from '../../core/types';
import type { Sheet } from '../tab-io';
import { maxOf, minOf } from '../../core/lists';

export const WHOLE_NUMBER_FORMAT = '#,##0';
export const DECIMAL_NUMBER_FORMAT = '#,##0.###';

/** Formats Sheets reports for a cell nobody formatted. */
const AUTOMATIC = new Set(['', 'general', '0.###############']);

/**
 * The format for a cell holding `value` and formatted `current` now: null keeps it (not a number, or a format
 * someone chose); a cell that is automatic or carries one of these two formats gets the one its value needs.
 */
export function numberFormatFor(value: CellValue, current: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const mine =
    AUTOMATIC.has(current.trim().toLowerCase()) ||
    current === WHOLE_NUMBER_FORMAT ||
    current === DECIMAL_NUMBER_FORMAT;
  if (!mine) return null;
  return Number.isInteger(Math.round(value * 1000) / 1000) ? WHOLE_NUMBER_FORMAT : DECIMAL_NUMBER_FORMAT;
}

/**
 * Formats the numbers of columns `cols` (1-based) in rows 2…last used row: one getValues, one getNumberFormats and
 * one setNumberFormats over the block from the first to the last of them; the other cells keep their format.
 */
export function formatNumbers(sheet: Sheet, cols: readonly number[]): void {
  const rows = sheet.getLastRow() - 1;
  if (cols.length === 0 || rows < 1) return;
  const first = minOf(cols);
  const width = maxOf(cols) - first + 1;
  const range = sheet.getRange(2, first, rows, width);
  const values = range.getValues() as CellValue[][];
  const formats = range.getNumberFormats();
  const wanted = new Set(cols.map((c) => c - first));
  let changed = false;
  const next = formats.map((line, r) =>
    line.map((current, c) => {
      const f = wanted.has(c) ? numberFormatFor(values[r][c], current) : null;
      if (f === null || f === current) return current;
      changed = true;
      return f;
    }),
  );
  if (changed) range.setNumberFormats(next);
}
