// Finding, reading and writing whole tabs in batches: one getValues per block of rows read, one setValues per block written.
import { headerKey } from '../core/model';
import type { CellValue, TabData } from '../core/types';
import { insertTab } from './new-tab';
import { ROW_BLOCK } from './row-block';
import { readDisplays } from './tab-displays';

export { ROW_BLOCK };

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function active(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** False when the script runs with no active spreadsheet (Apps Script gives null, e.g. a time-driven run of a script not bound to it). */
export function hasActiveSpreadsheet(): boolean {
  const ss: Spreadsheet | null | undefined = SpreadsheetApp.getActiveSpreadsheet();
  return ss !== null && ss !== undefined;
}

/** The tab named `name`: exactly, else forgivingly (as the model finds it; Sheets refuses two names differing only in case), else null. */
export function findSheet(ss: Spreadsheet, name: string, sheets: Sheet[] = ss.getSheets()): Sheet | null {
  return (
    sheets.find((s) => s.getName() === name) ??
    sheets.find((s) => headerKey(s.getName()) === headerKey(name)) ??
    null
  );
}

/** What a message calls the contract tab `name`: the title that tab has in this workbook, else `name`. */
export function tabTitle(ss: Spreadsheet, name: string): string {
  return findSheet(ss, name)?.getName() ?? name;
}

/** Rows 1…rows, columns 1…cols: one getValues per block of ROW_BLOCK rows, never one per row. */
function readBlocks(sheet: Sheet, rows: number, cols: number): CellValue[][] {
  if (rows <= ROW_BLOCK) return sheet.getRange(1, 1, rows, cols).getValues() as CellValue[][];
  const values: CellValue[][] = [];
  for (let first = 1; first <= rows; first += ROW_BLOCK) {
    const block = sheet.getRange(first, 1, Math.min(ROW_BLOCK, rows - first + 1), cols).getValues();
    for (const line of block) values.push(line as CellValue[]);
  }
  return values;
}

/**
 * The tab's used area: values with one getValues per block of rows, display texts only of the columns holding
 * something other than text (`tab-displays.ts`), so each cell is read once or, where its text as
 * shown matters, twice.
 */
export function readTab(sheet: Sheet): TabData {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return { name: sheet.getName(), values: [], displays: [] };
  const values = readBlocks(sheet, rows, cols);
  return { name: sheet.getName(), values, displays: readDisplays(sheet, values) };
}

/** The tab's used area as values only (one call per block of rows), for a tab whose display texts are not needed. */
export function readValues(sheet: Sheet): CellValue[][] {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return [];
  return readBlocks(sheet, rows, cols);
}

/** Every tab of the spreadsheet, read in batches. */
export function readAllTabs(ss: Spreadsheet = active()): TabData[] {
  return ss.getSheets().map(readTab);
}

/** Pads rows to one width so a block can be written with one setValues. */
export function rectangular(rows: CellValue[][], width?: number): CellValue[][] {
  const w = width ?? rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.map((r) => (r.length === w ? r : [...r, ...new Array<CellValue>(w - r.length).fill('')]));
}

/** Grows the sheet so that (lastRow, lastCol) exists: Sheets refuses ranges outside the grid. */
export function ensureSize(sheet: Sheet, lastRow: number, lastCol: number): void {
  const rows = sheet.getMaxRows();
  if (lastRow > rows) sheet.insertRowsAfter(rows, lastRow - rows);
  const cols = sheet.getMaxColumns();
  if (lastCol > cols) sheet.insertColumnsAfter(cols, lastCol - cols);
}

/** Writes a block at (row, col) with one setValues; nothing when empty. */
export function writeBlock(
  sheet: Sheet,
  row: number,
  col: number,
  rows: CellValue[][],
): GoogleAppsScript.Spreadsheet.Range | null {
  if (rows.length === 0) return null;
  const block = rectangular(rows);
  if (block[0].length === 0) return null;
  ensureSize(sheet, row + block.length - 1, col + block[0].length - 1);
  const range = sheet.getRange(row, col, block.length, block[0].length);
  range.setValues(block);
  return range;
}

/** Appends rows below the last used row with one setValues (the log tabs are append-only). */
export function appendRows(sheet: Sheet, rows: CellValue[][]): void {
  writeBlock(sheet, sheet.getLastRow() + 1, 1, rows);
}

/** Returns the tab, creating it with a header row when missing. */
export function ensureTab(name: string, headers: string[], ss: Spreadsheet = active()): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const sheet = insertTab(ss, name);
  writeBlock(sheet, 1, 1, [headers]);
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}
