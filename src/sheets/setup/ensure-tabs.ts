// Finds each contract tab (exact name, else forgivingly) and inserts the missing ones, in contract order, moving no tab.
import { ALL_TABS, type TabName } from '../../core/contract';
import { headerKey } from '../../core/model';
import type { Sheet, Spreadsheet } from '../tab-io';
import { insertTab } from '../new-tab';

/** The tab named `name`: exactly, else forgivingly (as the model finds it), else null. */
export function findSheet(ss: Spreadsheet, name: string, sheets: Sheet[] = ss.getSheets()): Sheet | null {
  return sheets.find((s) => s.getName() === name) ?? sheets.find((s) => headerKey(s.getName()) === headerKey(name)) ?? null;
}

export interface ContractTabs {
  sheets: Map<TabName, Sheet>;
  /** Tabs inserted by this run, in contract order. */
  created: TabName[];
}

/**
 * Every contract tab, inserting the missing ones: each goes right after the contract tab before it
 * (the first at the front), so a new workbook reads Cấu hình, Thôn, Chỉ tiêu, … and existing tabs keep their places.
 */
export function ensureContractTabs(ss: Spreadsheet): ContractTabs {
  const sheets = new Map<TabName, Sheet>();
  const created: TabName[] = [];
  let all = ss.getSheets();
  let previous: Sheet | null = null;
  for (const name of ALL_TABS) {
    let sheet = findSheet(ss, name, all);
    if (!sheet) {
      const index: number = previous ? all.indexOf(previous) + 1 : 0;
      sheet = insertTab(ss, name, index);
      all = [...all.slice(0, index), sheet, ...all.slice(index)];
      created.push(name);
    }
    sheets.set(name, sheet);
    previous = sheet;
  }
  return { sheets, created };
}
