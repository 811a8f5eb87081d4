// The record of the cells the add-on marked, as rows of its hidden tab `NTM dấu ô`: read from the tab's values, written back whole.
import { a1, parseCellRef } from '../../core/model';
import type { CellValue, TabData } from '../../core/types';
import { asText } from '../cell-text';
import type { MarkEntry } from './mark-step';

/** The hidden tab holding the record (docs/validation.md, "Đánh dấu ô"). */
export const MARKS_TAB = 'NTM dấu ô';
export const MARKS_HEADER = [
  'Tab',
  'Ô',
  'Nền trước',
  'Ghi chú trước',
  'Nền NTM tô',
  'Ghi chú NTM ghi',
  'Mã dòng',
] as const;

const text = (v: CellValue | undefined): string => (v === undefined || v === null ? '' : String(v));
const colour = (v: CellValue | undefined): string | null => text(v).trim().toLowerCase() || null;

/** The entries of the record tab as read, its columns found by header (a record written before `Mã dòng` existed has none); rows whose tab or cell is unreadable are dropped. */
export function parseRecord(tab: TabData | undefined): MarkEntry[] {
  const [header = [], ...lines] = tab?.values ?? [];
  const names = header.map((h) => text(h).trim());
  const at = Object.fromEntries(MARKS_HEADER.map((h) => [h, names.indexOf(h)])) as Record<
    (typeof MARKS_HEADER)[number],
    number
  >;
  const cell = (line: CellValue[], h: (typeof MARKS_HEADER)[number]) => (at[h] < 0 ? undefined : line[at[h]]);
  const out: MarkEntry[] = [];
  for (const line of lines) {
    const place = parseCellRef(text(cell(line, 'Ô')));
    const name = text(cell(line, 'Tab'));
    if (!place || name === '') continue;
    out.push({
      tab: name,
      row: place.row,
      col: place.col,
      before: { background: colour(cell(line, 'Nền trước')), note: text(cell(line, 'Ghi chú trước')) },
      painted: { background: colour(cell(line, 'Nền NTM tô')), note: text(cell(line, 'Ghi chú NTM ghi')) },
      key: text(cell(line, 'Mã dòng')),
    });
  }
  return out;
}

/** True when two records hold the same entries in the same order (the record tab then needs no rewrite). */
export function sameRecord(a: readonly MarkEntry[], b: readonly MarkEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x.tab !== y.tab || x.row !== y.row || x.col !== y.col || (x.key ?? '') !== (y.key ?? ''))
      return false;
    if (x.before.background !== y.before.background || x.before.note !== y.before.note) return false;
    if (x.painted.background !== y.painted.background || x.painted.note !== y.painted.note) return false;
  }
  return true;
}

/** The record tab's rows (header first), every text guarded so it stays text. */
export function recordRows(entries: readonly MarkEntry[]): CellValue[][] {
  return [
    [...MARKS_HEADER],
    ...entries.map((e) =>
      [
        e.tab,
        a1(e.row, e.col),
        e.before.background ?? '',
        e.before.note,
        e.painted.background ?? '',
        e.painted.note,
        e.key ?? '',
      ].map(asText),
    ),
  ];
}
