// The record of the cells the add-on marked, as rows of its hidden tab `NTM dấu ô`: read from the tab's values, written back whole.
import { a1, parseCellRef } from '../../core/model';
import type { CellValue, TabData } from '../../core/types';
import { asText } from '../cell-text';
import type { MarkEntry } from './mark-step';

/** The hidden tab holding the record (docs/validation.md, "Đánh dấu ô"). */
export const MARKS_TAB = 'NTM dấu ô';
export const MARKS_HEADER = ['Tab', 'Ô', 'Nền trước', 'Ghi chú trước', 'Nền NTM tô', 'Ghi chú NTM ghi'];

const text = (v: CellValue | undefined): string => (v === undefined || v === null ? '' : String(v));
const colour = (v: CellValue | undefined): string | null => text(v).trim().toLowerCase() || null;

/** The entries of the record tab as read (rows whose tab or cell is unreadable are dropped). */
export function parseRecord(tab: TabData | undefined): MarkEntry[] {
  const out: MarkEntry[] = [];
  for (const line of tab?.values.slice(1) ?? []) {
    const at = parseCellRef(text(line[1]));
    const name = text(line[0]);
    if (!at || name === '') continue;
    out.push({
      tab: name,
      row: at.row,
      col: at.col,
      before: { background: colour(line[2]), note: text(line[3]) },
      painted: { background: colour(line[4]), note: text(line[5]) },
    });
  }
  return out;
}

/** The record tab's rows (header first), every text guarded so it stays text. */
export function recordRows(entries: readonly MarkEntry[]): CellValue[][] {
  return [
    MARKS_HEADER,
    ...entries.map((e) =>
      [
        e.tab,
        a1(e.row, e.col),
        e.before.background ?? '',
        e.before.note,
        e.painted.background ?? '',
        e.painted.note,
      ].map(asText),
    ),
  ];
}
