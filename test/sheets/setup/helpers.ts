// Set-up tests: the source (not the bundle) run against the in-memory runtime, whose services become globals.
import type { Runtime, RuntimeOptions } from '../../../local/runtime';
import { installGlobals, removeGlobals } from '../../local/runtime/install-globals';
import { readModel } from '../../../src/core/model';
import type { TabData } from '../../../src/core/types';
import type { WorkbookData } from '../../../local/workbook-data';

/** A runtime at 20/03/2023 10:00 whose services are the globals the adapters call (removed again by `uninstall`). */
export function install(options: RuntimeOptions = {}): Runtime {
  return installGlobals({ now: () => Date.UTC(2023, 2, 20, 3), ...options });
}

export const uninstall = removeGlobals;

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetOf(rt: Runtime, name: string): Sheet {
  const s = rt.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

/** A tab read the way the adapters read it. */
export function tabOf(sheet: Sheet): TabData {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0) return { name: sheet.getName(), values: [], displays: [] };
  const r = sheet.getRange(1, 1, rows, cols);
  return { name: sheet.getName(), values: r.getValues(), displays: r.getDisplayValues() };
}

/** The model of the whole spreadsheet. */
export function modelOf(rt: Runtime) {
  return readModel(rt.spreadsheet.getSheets().map(tabOf));
}

/** What people see in every tab (display texts), by tab name. */
export function shownTabs(rt: Runtime): Record<string, string[][]> {
  return Object.fromEntries(rt.spreadsheet.getSheets().map((s) => [s.getName(), tabOf(s).displays]));
}

/** Only the cell contents of a snapshot (values and formulas), for "nothing people wrote changed". */
export function contents(wb: WorkbookData): Record<string, unknown[][]> {
  const content = (c: WorkbookData['sheets'][number]['rows'][number][number]) =>
    c && (c.value !== null || c.formula)
      ? [c.value instanceof Date ? c.value.toISOString() : c.value, c.formula ?? null]
      : null;
  return Object.fromEntries(wb.sheets.map((s) => [s.name, s.rows.map((r) => r.map(content))]));
}

/** A workbook snapshot from plain rows per tab (null or '' = blank cell), in the given tab order. */
export function workbook(
  tabs: Record<string, (string | number | Date | null)[][]>,
  timeZone = 'Asia/Ho_Chi_Minh',
): WorkbookData {
  return {
    timeZone,
    locale: 'vi_VN',
    sheets: Object.entries(tabs).map(([name, rows]) => ({
      name,
      rows: rows.map((r) => r.map((v) => (v === null || v === '' ? null : { value: v }))),
    })),
  };
}
