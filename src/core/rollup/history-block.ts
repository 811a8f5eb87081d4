// `Lịch sử` as one table (docs/rollup.md): a week's block replaced in place, other weeks' rows kept as they are.
import { fold } from '../text';
import type { CellValue, Day } from '../types';
import { parseDateTime } from '../vi-date';
import { isDateCell } from '../zone';
import { HISTORY_HEADERS } from './history';
import { pushAll } from '../lists';

/** Where the contract columns sit in a `Lịch sử` header, after appending the missing ones. */
export interface HistoryLayout {
  /** The header to write: the existing titles (kept), then the contract titles it lacked. */
  header: CellValue[];
  /** 0-based column of each `HISTORY_HEADERS` title, in that order (`columns[0]` is `Tuần`). */
  columns: number[];
}

/** Finds the contract columns in an existing header forgivingly (case, spaces, diacritics); missing ones go at the end. */
export function historyLayout(existingHeader: readonly CellValue[]): HistoryLayout {
  let last = existingHeader.length;
  while (last > 0 && fold(String(existingHeader[last - 1] ?? '')) === '') last--;
  const header: CellValue[] = existingHeader.slice(0, last);
  const keys = header.map((h) => fold(String(h ?? '')));
  const columns = HISTORY_HEADERS.map((title) => {
    const at = keys.indexOf(fold(title));
    if (at >= 0) {
      keys[at] = '\u0000'; // a title found once is not found again
      return at;
    }
    header.push(title);
    keys.push('\u0000');
    return header.length - 1;
  });
  return { header, columns };
}

/** A history row (in `HISTORY_HEADERS` order) placed into a row of `width` cells of the layout; other cells blank. */
export function placeRow(row: readonly CellValue[], columns: readonly number[], width: number): CellValue[] {
  const out = new Array<CellValue>(width).fill('');
  columns.forEach((col, i) => {
    out[col] = row[i] ?? '';
  });
  return out;
}

/** The week a `Tuần` cell names (a date cell read in `timeZone`, or day-first text with its year), or null when it names none. */
export function weekOfCell(v: CellValue, timeZone: string): Day | null {
  if (typeof v === 'string' && !/\d{4}/.test(v)) return null; // blank, a note, or a date without its year
  if (!isDateCell(v) && typeof v !== 'string') return null;
  const parsed = parseDateTime(v, timeZone, 1970);
  return parsed.ok ? parsed.value.day : null;
}

export interface ReplaceOptions {
  /** Zone the `Tuần` dates are read in (`Múi giờ`). */
  timeZone: string;
  /** 0-based column of `Tuần` (default 0). */
  weekColumn?: number;
}

/**
 * The table (without its header) after replacing week `week`'s rows by `newRows`.
 * Rows whose `Tuần` names that day go; `newRows` take the place of the first of them. A week not
 * there yet goes before the first row of a later week (so a table in week order stays in order),
 * else at the end. Every other row, including rows whose `Tuần` names no date, is kept as it is
 * and in its order.
 */
export function replaceWeekBlock(
  existingRows: readonly CellValue[][],
  week: Day,
  newRows: readonly CellValue[][],
  options: ReplaceOptions,
): CellValue[][] {
  const col = options.weekColumn ?? 0;
  const weeks = existingRows.map((r) => weekOfCell(r[col] ?? '', options.timeZone));
  let at = weeks.findIndex((w) => w === week);
  if (at < 0) at = weeks.findIndex((w) => w !== null && w > week);
  if (at < 0) at = existingRows.length;
  const out: CellValue[][] = [];
  existingRows.forEach((r, i) => {
    if (i === at)
      pushAll(
        out,
        newRows.map((n) => [...n]),
      );
    if (weeks[i] !== week) out.push([...r]);
  });
  if (at === existingRows.length)
    pushAll(
      out,
      newRows.map((n) => [...n]),
    );
  return out;
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? '';
  const y = b ?? '';
  if (isDateCell(x) || isDateCell(y)) return isDateCell(x) && isDateCell(y) && x.getTime() === y.getTime();
  return x === y || (typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y));
}

/** Index of the first row that differs between two tables (a row longer by blank cells does not differ); `min length` when one is a prefix. */
export function firstDifferentRow(before: readonly CellValue[][], after: readonly CellValue[][]): number {
  const n = Math.min(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const w = Math.max(before[i].length, after[i].length);
    for (let c = 0; c < w; c++) if (!sameCell(before[i][c], after[i][c])) return i;
  }
  return n;
}
