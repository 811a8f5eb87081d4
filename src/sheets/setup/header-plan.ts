// Pure planning of a tab's header row: the titles to append (never moving or renaming one) and the notes to fill in.
import { TAB, type TabName } from '../../core/contract';
import { findColumn } from '../../core/model';
import { shownText } from '../../core/model/problems';
import type { TabData } from '../../core/types';
import { headerNote, isTargetFixedTitle, layoutOf, villageKey } from './layout';

export interface HeaderCell {
  title: string;
  note: string;
}

export interface HeaderPlan {
  /** Titles to write after the last used column, in order. */
  append: HeaderCell[];
  /** 1-based column of the first appended title. */
  appendAt: number;
  /** Notes of header cells 1…`width` (existing notes kept, blank ones filled), or null when nothing changes. */
  notes: string[] | null;
  /** Header width once the titles are appended. */
  width: number;
}

/** The header row as people see it. */
export function headerTexts(tab: TabData): string[] {
  const values = tab.values[0] ?? [];
  return values.map((v, c) => shownText(v, tab.displays[0]?.[c]));
}

/** Used width of a tab: its widest row (a title is never appended over a column holding data). */
export function usedWidth(tab: TabData): number {
  return tab.values.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Names of `Thôn` with no column in `Chỉ tiêu` yet (forgiving match, first spelling kept, reserved titles skipped). */
export function missingVillageColumns(
  villages: readonly string[],
  targetHeader: readonly string[],
): string[] {
  const have = new Set(targetHeader.map(villageKey));
  const out: string[] = [];
  for (const name of villages) {
    const key = villageKey(name);
    if (key === '' || have.has(key) || isTargetFixedTitle(name)) continue;
    have.add(key);
    out.push(name.trim());
  }
  return out;
}

/** The header of a tab set-up creates: the layout's columns, with `Chỉ tiêu`'s village columns before `Ghi chú`. */
export function freshHeader(tab: TabName, villages: readonly string[] = []): HeaderCell[] {
  const cells = layoutOf(tab).fresh.map((c) => ({ title: c.title, note: c.note }));
  if (tab !== TAB.targets) return cells;
  const extra = missingVillageColumns(
    villages,
    cells.map((c) => c.title),
  ).map((title) => ({ title, note: headerNote(tab, title, villages)! }));
  return [...cells.slice(0, -1), ...extra, cells[cells.length - 1]];
}

/**
 * What to add to an existing tab's header: each required column no title matches, and (in `Chỉ tiêu`) a
 * column for each village of `Thôn` without one; and a note on every known header cell that has none.
 */
export function planHeader(
  tabName: TabName,
  tab: TabData,
  notes: readonly string[],
  villages: readonly string[] = [],
): HeaderPlan {
  const header = headerTexts(tab);
  const width = usedWidth(tab);
  const append: HeaderCell[] = layoutOf(tabName)
    .required.filter((spec) => findColumn(header, spec) < 0)
    .map((spec) => ({ title: spec.title, note: spec.note }));
  if (tabName === TAB.targets) {
    for (const title of missingVillageColumns(villages, header))
      append.push({ title, note: headerNote(tabName, title, villages)! });
  }
  const next: string[] = [];
  let changed = append.length > 0;
  for (let c = 0; c < width; c++) {
    const had = (notes[c] ?? '').trim();
    const want = had === '' ? (headerNote(tabName, header[c] ?? '', villages) ?? '') : notes[c];
    if (want !== (notes[c] ?? '')) changed = true;
    next.push(want);
  }
  for (const a of append) next.push(a.note);
  return { append, appendAt: width + 1, notes: changed ? next : null, width: width + append.length };
}
