// Which row a recorded mark belongs to now, pure: a fingerprint of the row's values, so a mark follows its row when a person sorts the tab.
import type { CellValue } from '../../core/types';
import type { MarkEntry } from './mark-step';

const text = (v: CellValue | undefined): string =>
  v === undefined || v === null || v === ''
    ? ''
    : v instanceof Date
      ? `d${v.getTime()}`
      : `${typeof v}:${String(v)}`;

/**
 * A short fingerprint of a row's values (two 25-bit hashes, 10 base-36 characters): the same
 * for the same values in the same columns, whatever the row's position; blank cells at the end do
 * not count. A row whose values a person edits gets another fingerprint.
 */
export function rowKey(line: readonly CellValue[] | undefined): string {
  if (!line) return '';
  let end = line.length;
  while (end > 0 && text(line[end - 1]) === '') end--;
  if (end === 0) return '';
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 | 0;
  for (let c = 0; c < end; c++) {
    const s = text(line[c]);
    for (let i = 0; i <= s.length; i++) {
      const code = i < s.length ? s.charCodeAt(i) : 0x1f;
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  const half = (h: number) => ((h >>> 0) & 0x1ffffff).toString(36).padStart(5, '0');
  return half(a) + half(b);
}

/**
 * The entries of one tab moved to where their row is now. An entry stays where it was when its row
 * still has the fingerprint recorded, when it has no fingerprint (a record from before), or when the
 * fingerprint is found nowhere else or more than once (a row a person edited stays in place). It
 * moves when the fingerprint is found on exactly one other row: the rows were sorted or rows above
 * were deleted, and Sheets moved the cell's background and note with the row. Should two entries
 * then claim one cell, none moves.
 */
export function followRows(entries: readonly MarkEntry[], values: readonly CellValue[][]): MarkEntry[] {
  const moved = entries.filter((e) => e.key && rowKey(values[e.row - 1]) !== e.key);
  if (moved.length === 0) return [...entries];
  const wanted = new Set(moved.map((e) => e.key));
  const rowsOf = new Map<string, number[]>();
  values.forEach((line, i) => {
    const key = rowKey(line);
    if (!wanted.has(key)) return;
    const list = rowsOf.get(key);
    if (list) list.push(i + 1);
    else rowsOf.set(key, [i + 1]);
  });
  const movedSet = new Set(moved);
  const out = entries.map((e) => {
    const rows = movedSet.has(e) && e.key ? rowsOf.get(e.key) : undefined;
    return rows && rows.length === 1 ? { ...e, row: rows[0] } : e;
  });
  // Two entries may not claim one cell: then nothing moves, and the tab is repainted by position as before.
  const cells = new Set(out.map((e) => `${e.row}:${e.col}`));
  return cells.size === out.length ? out : [...entries];
}
