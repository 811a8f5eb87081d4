// Set-up of one tab: an empty tab gets its header (and the example rows when asked); a used one only gets what it lacks.
import { TAB, VILLAGE_COLUMNS, type SeedTable, type TabName } from '../../core/contract';
import { findColumn } from '../../core/model';
import { shownText } from '../../core/model/problems';
import type { TabData } from '../../core/types';
import { readTab, type Sheet } from '../tab-io';
import { freshHeader, headerTexts, planHeader, usedWidth, type HeaderCell } from './header-plan';
import { layoutOf } from './layout';
import { missingSettingRows } from './settings-rows';
import { appendSeedRows, applyHeaderPlan, writeFreshTab } from './write-tab';

export interface TabOutcome {
  tab: TabName;
  /** The tab's name in this workbook (it may be spelt differently, e.g. "thon"). */
  sheetName: string;
  /** The tab was empty and got its header. */
  fresh: boolean;
  /** The example rows were written. */
  seeded: boolean;
  /** Titles appended to an existing header. */
  addedColumns: string[];
  /** `Cấu hình` parameters appended as rows. */
  addedSettings: string[];
}

/** True when the tab holds nothing at all (no header either): only such a tab gets example rows. */
export function isEmptyTab(tab: TabData): boolean {
  return tab.values.length === 0;
}

/** Names in the `Thôn` column of a `Thôn` tab, in sheet order. */
export function villageNames(tab: TabData): string[] {
  const col = findColumn(tab.values[0] ?? [], VILLAGE_COLUMNS.village);
  if (col < 0) return [];
  const names: string[] = [];
  for (let r = 1; r < tab.values.length; r++) {
    const name = shownText(tab.values[r]?.[col], tab.displays[r]?.[col]);
    if (name !== '') names.push(name);
  }
  return names;
}

function notesOf(sheet: Sheet, width: number): string[] {
  return width === 0 ? [] : sheet.getRange(1, 1, 1, width).getNotes()[0];
}

function seedHeader(table: SeedTable): HeaderCell[] {
  return table.header.map((title, i) => ({ title, note: table.notes[i] ?? '' }));
}

/**
 * Sets up one contract tab. An empty tab gets the seed table when given, else a fresh header. A used output tab is
 * left alone (its action rebuilds it). A used input tab gets its missing titles after the last used column, notes
 * on header cells that have none, and (`Cấu hình`) a row with the default for each missing parameter.
 * Nothing people wrote is moved, renamed or overwritten.
 */
export function setupTab(
  sheet: Sheet,
  tabName: TabName,
  timeZone: string,
  seed: SeedTable | null,
  villages: readonly string[],
): TabOutcome {
  const outcome: TabOutcome = {
    tab: tabName,
    sheetName: sheet.getName(),
    fresh: false,
    seeded: false,
    addedColumns: [],
    addedSettings: [],
  };
  if (sheet.getLastRow() === 0) {
    writeFreshTab(
      sheet,
      seed ? seedHeader(seed) : freshHeader(tabName, villages),
      seed?.rows ?? [],
      timeZone,
    );
    return { ...outcome, fresh: true, seeded: seed !== null };
  }
  if (layoutOf(tabName).output) return outcome; // rebuilt by its action, which writes its own header
  const tab = readTab(sheet);
  const plan = planHeader(tabName, tab, notesOf(sheet, usedWidth(tab)), villages);
  const width = applyHeaderPlan(sheet, plan);
  outcome.addedColumns = plan.append.map((a) => a.title);
  if (tabName === TAB.settings) {
    const old = headerTexts(tab);
    const header = [
      ...old,
      ...new Array<string>(plan.appendAt - 1 - old.length).fill(''),
      ...outcome.addedColumns,
    ];
    const rows = missingSettingRows(tab, header, width);
    appendSeedRows(sheet, rows.rows, timeZone);
    outcome.addedSettings = rows.names;
  }
  return outcome;
}
