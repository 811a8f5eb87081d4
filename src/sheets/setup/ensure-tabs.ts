// Finds each contract tab (exact name, else forgivingly) and inserts the missing ones, in contract order, moving no tab.
import { ALL_TABS, type TabName } from '../../core/contract';
import { findSheet, type Sheet, type Spreadsheet } from '../tab-io';
import { insertTab } from '../new-tab';

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
