// Pure: which example rows of `Thôn` and `Chỉ tiêu` may go, which stay and why, and which example village columns empty out.
// An example row is marked by its Ghi chú and may go only while still exactly as seeded.
import {
  EXAMPLE_NOTE,
  TAB,
  TARGET_EXTRA_COLUMNS,
  seedPlan,
  seedTargetsTable,
  seedValueText,
  seedVillagesTable,
  type SeedTable,
  type SeedValue,
} from '../../core/contract';
import { columnLetter, findColumn, findHeader, findTab, headerKey } from '../../core/model';
import { shownText } from '../../core/model/problems';
import { isBlank } from '../../core/text';
import type { CellValue, TabData } from '../../core/types';
import { dayOfCell } from '../../core/zone';
import { headerTexts, usedWidth } from './header-plan';
import { villageKey } from './layout';

export interface RowVerdict {
  /** 1-based sheet row. */
  row: number;
  /** The row's village name or indicator code, as shown. */
  key: string;
  remove: boolean;
  /** Why the row is kept. */
  reason?: string;
}

export interface RemovalPlan {
  villages: RowVerdict[];
  targets: RowVerdict[];
  /** 1-based columns of `Chỉ tiêu` that belonged to removed example villages and hold nothing else. */
  dropColumns: number[];
  /** Their titles. */
  dropTitles: string[];
}

const NOTE = TARGET_EXTRA_COLUMNS[0];

function cell(tab: TabData, r: number, c: number): { value: CellValue; shown: string } {
  const value = tab.values[r]?.[c] ?? '';
  return { value, shown: shownText(value, tab.displays[r]?.[c]) };
}

/** True when a cell still holds the seed's value (as typed value, or as the text a person sees). */
export function sameAsSeed(value: CellValue, shown: string, seed: SeedValue, timeZone: string): boolean {
  if (seed === '') return isBlank(value) && shown === '';
  if (shown === seedValueText(seed)) return true;
  if (typeof seed === 'number') return typeof value === 'number' && Math.abs(value - seed) < 1e-9;
  if (typeof seed === 'string') return String(value).trim() === seed.trim();
  return dayOfCell(value, timeZone) === seed.day;
}

/** Verdicts on the rows of `tab` whose `Ghi chú` is the example marker, against the seed's rows (matched by key). */
export function judgeExampleRows(tab: TabData, seed: SeedTable, timeZone: string): RowVerdict[] {
  const header = headerTexts(tab);
  const noteCol = findColumn(header, NOTE);
  const keyCol = findHeader(header, seed.header[0]);
  if (noteCol < 0 || keyCol < 0) return [];
  const seedRows = new Map(seed.rows.map((r) => [headerKey(String(r[0])), r]));
  const width = usedWidth(tab);
  const out: RowVerdict[] = [];
  for (let r = 1; r < tab.values.length; r++) {
    if (cell(tab, r, noteCol).shown !== EXAMPLE_NOTE) continue;
    const key = cell(tab, r, keyCol).shown;
    const seedRow = seedRows.get(headerKey(key));
    if (!seedRow) {
      out.push({
        row: r + 1,
        key,
        remove: false,
        reason: `cột ${seed.header[0]} không còn khớp dòng mẫu nào`,
      });
      continue;
    }
    const changed: string[] = [];
    for (let c = 0; c < width; c++) {
      if (c === noteCol) continue;
      const { value, shown } = cell(tab, r, c);
      const si = header[c] ? findHeader(seed.header, header[c]) : -1;
      const same = si < 0 ? isBlank(value) && shown === '' : sameAsSeed(value, shown, seedRow[si], timeZone);
      if (!same) changed.push(header[c] || `cột ${columnLetter(c + 1)}`);
    }
    out.push(
      changed.length
        ? { row: r + 1, key, remove: false, reason: `đã sửa ${changed.join(', ')}` }
        : { row: r + 1, key, remove: true },
    );
  }
  return out;
}

/** 0-based columns of `Chỉ tiêu` titled with village `name` (forgiving match). */
function columnsOf(targetHeader: readonly string[], name: string): number[] {
  const key = villageKey(name);
  return targetHeader.flatMap((t, c) => (t !== '' && villageKey(t) === key ? [c] : []));
}

/** Rows 2… of `tab` (1-based) other than `removed`, with something in column `c`. */
function rowsWithValue(tab: TabData, c: number, removed: ReadonlySet<number>): number[] {
  const rows: number[] = [];
  for (let r = 1; r < tab.values.length; r++)
    if (!removed.has(r + 1) && !isBlank(tab.values[r]?.[c] ?? '')) rows.push(r + 1);
  return rows;
}

/**
 * The whole removal: unchanged example rows go, except a village whose column in `Chỉ tiêu` still holds a target in a
 * row that stays (removing it would leave that target without a village); then each removed village's column goes
 * when nothing is left in it and no remaining village has that name.
 */
export function planExampleRemoval(
  villagesTab: TabData,
  targetsTab: TabData,
  villagesSeed: SeedTable,
  targetsSeed: SeedTable,
  timeZone: string,
): RemovalPlan {
  const targets = judgeExampleRows(targetsTab, targetsSeed, timeZone);
  const removedTargets = new Set(targets.filter((v) => v.remove).map((v) => v.row));
  const targetHeader = headerTexts(targetsTab);
  const villages = judgeExampleRows(villagesTab, villagesSeed, timeZone).map((v): RowVerdict => {
    if (!v.remove) return v;
    const still = columnsOf(targetHeader, v.key).flatMap((c) => rowsWithValue(targetsTab, c, removedTargets));
    return still.length
      ? {
          ...v,
          remove: false,
          reason: `tab ${targetsTab.name} còn chỉ tiêu của thôn này (dòng ${[...new Set(still)].join(', ')})`,
        }
      : v;
  });
  const removedVillages = new Set(villages.filter((v) => v.remove).map((v) => v.row));
  const nameCol = findHeader(headerTexts(villagesTab), villagesSeed.header[0]);
  const remaining = new Set<string>();
  for (let r = 1; r < villagesTab.values.length; r++) {
    if (!removedVillages.has(r + 1) && nameCol >= 0)
      remaining.add(villageKey(cell(villagesTab, r, nameCol).shown));
  }
  const dropColumns: number[] = [];
  for (const v of villages.filter((x) => x.remove)) {
    if (remaining.has(villageKey(v.key))) continue;
    for (const c of columnsOf(targetHeader, v.key)) {
      if (rowsWithValue(targetsTab, c, removedTargets).length === 0 && !dropColumns.includes(c + 1))
        dropColumns.push(c + 1);
    }
  }
  dropColumns.sort((a, b) => a - b);
  return { villages, targets, dropColumns, dropTitles: dropColumns.map((c) => targetHeader[c - 1]) };
}

/** Example rows set-up wrote that `Xóa dữ liệu mẫu` would remove now, per tab (none when a tab is missing). */
export function exampleRowsLeft(
  tabs: readonly TabData[],
  timeZone: string,
): { villages: number; targets: number } {
  const [villagesTab, targetsTab] = [findTab(tabs, TAB.villages), findTab(tabs, TAB.targets)];
  if (!villagesTab || !targetsTab) return { villages: 0, targets: 0 };
  const plan = seedPlan();
  const removal = planExampleRemoval(
    villagesTab,
    targetsTab,
    seedVillagesTable(plan),
    seedTargetsTable(plan),
    timeZone,
  );
  const going = (verdicts: readonly RowVerdict[]) => verdicts.filter((v) => v.remove).length;
  return { villages: going(removal.villages), targets: going(removal.targets) };
}
