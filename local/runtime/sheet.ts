// Sheet: one tab; ranges by position or A1, size, rows, frozen rows, widths, protection, rules, charts.
import { parseA1 } from './a1';
import { displayValue } from './cell-values';
import { FakeChartBuilder, type FakeChart } from './chart';
import type { FakeConditionalFormatRule } from './conditional-format';
import { as, countCalls, type RuntimeContext } from './context';
import { Grid } from './grid';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { clearArea, read2d } from './range-ops';
import type { FakeSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const METHODS = [
  'activate', 'appendRow', 'autoResizeColumn', 'autoResizeColumns', 'clear', 'clearConditionalFormatRules',
  'clearContents', 'clearFormats', 'clearNotes', 'deleteColumns', 'deleteRow', 'deleteRows', 'getCharts',
  'getColumnWidth', 'getConditionalFormatRules', 'getDataRange', 'getFormUrl', 'getFrozenColumns', 'getFrozenRows',
  'getIndex', 'getLastColumn', 'getLastRow', 'getMaxColumns', 'getMaxRows', 'getName', 'getParent', 'getProtections',
  'getRange', 'getSheetId', 'getSheetName', 'hideSheet', 'insertChart', 'insertColumnsAfter', 'insertRowAfter',
  'insertRowBefore', 'insertRowsAfter', 'insertRowsBefore', 'isSheetHidden', 'newChart', 'protect', 'removeChart',
  'setColumnWidth', 'setColumnWidths', 'setConditionalFormatRules', 'setFrozenColumns', 'setFrozenRows', 'setName',
  'setTabColor', 'showSheet', 'updateChart',
] as const;

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export class FakeSheet implements Pick<Sheet, (typeof METHODS)[number]> {
  readonly ctx: RuntimeContext;
  readonly grid = new Grid();
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths: Record<number, number> = {};
  protection?: FakeProtection;
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeChart[] = [];
  hidden = false;
  constructor(readonly spreadsheet: FakeSpreadsheet, public name: string, readonly id: number) {
    this.ctx = spreadsheet.ctx;
  }
  private self(): Sheet {
    return as<Sheet>(this);
  }
  /** A range after Sheets' checks: whole numbers, at least one row and column, inside the sheet. */
  rangeAt(row: number, col: number, numRows: number, numCols: number, method: string): Range {
    if (![row, col, numRows, numCols].every(isInt)) {
      throw new Error(`The parameters (${[row, col, numRows, numCols].map((x) => typeof x).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`);
    }
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || col < 1 || row + numRows - 1 > this.grid.maxRows || col + numCols - 1 > this.grid.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return as<Range>(new FakeRange(this, row, col, numRows, numCols));
  }
  /** A range from the cell part of an A1 reference (`B2`, `A1:C3`, `A:A`, `2:2`, `A2:C`). */
  rangeA1(ref: string): Range {
    const g = parseA1(ref);
    if (!g) throw new Error(`Range not found: ${ref}`);
    return this.rangeAt(g.row, g.col, g.numRows ?? this.grid.maxRows - g.row + 1, g.numCols ?? this.grid.maxCols - g.col + 1, 'Sheet.getRange');
  }
  activate(): Sheet {
    this.spreadsheet.active = this;
    this.hidden = false;
    return this.self();
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw new Error('The parameters () don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
    const row = this.grid.lastRow() + 1;
    if (row > this.grid.maxRows) this.grid.insertRows(row, row - this.grid.maxRows);
    if (rowContents.length > this.grid.maxCols) this.grid.insertColumns(this.grid.maxCols + 1, rowContents.length - this.grid.maxCols);
    new FakeRange(this, row, 1, 1, rowContents.length).store([rowContents]);
    return this.self();
  }
  autoResizeColumn(column: number): Sheet {
    this.resize(column, 1);
    return this.self();
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this.resize(startColumn, numColumns);
    return this.self();
  }
  /** Widths from the longest shown text: about 7 px a character, 40 to 500 px. */
  private resize(start: number, n: number): void {
    const last = this.grid.lastRow();
    if (last === 0) return;
    const texts = read2d({ grid: this.grid, row: 1, col: start, numRows: last, numCols: n }, (c) => displayValue(c, this.ctx));
    for (let c = 0; c < n; c++) {
      const longest = Math.max(...texts.map((r) => r[c].length));
      this.columnWidths[start + c] = Math.min(500, Math.max(40, longest * 7 + 12));
    }
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    clearArea(this.whole(), options ?? {});
    return this.self();
  }
  clearConditionalFormatRules(): void {
    this.conditionalRules = [];
  }
  clearContents(): Sheet {
    clearArea(this.whole(), { contentsOnly: true });
    return this.self();
  }
  clearFormats(): Sheet {
    clearArea(this.whole(), { formatOnly: true });
    return this.self();
  }
  clearNotes(): Sheet {
    clearArea(this.whole(), { commentsOnly: true });
    return this.self();
  }
  private whole() {
    return { grid: this.grid, row: 1, col: 1, numRows: this.grid.maxRows, numCols: this.grid.maxCols };
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.grid.maxCols) throw new Error('Those columns are out of bounds.');
    if (howMany >= this.grid.maxCols) throw new Error("You can't delete all the columns on the sheet.");
    this.grid.deleteColumns(columnPosition, howMany);
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRowsAt(rowPosition, 1);
    return this.self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteRowsAt(rowPosition, howMany);
  }
  private deleteRowsAt(start: number, n: number): void {
    if (!isInt(start) || !isInt(n) || start < 1 || n < 1 || start + n - 1 > this.grid.maxRows) throw new Error('Those rows are out of bounds.');
    if (n >= this.grid.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.grid.deleteRows(start, n);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return as<GoogleAppsScript.Spreadsheet.EmbeddedChart[]>([...this.charts]);
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths[columnPosition] ?? 100;
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return as<GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]>([...this.conditionalRules]);
  }
  getDataRange(): Range {
    return this.rangeAt(1, 1, Math.max(1, this.grid.lastRow()), Math.max(1, this.grid.lastColumn()), 'Sheet.getDataRange');
  }
  getFormUrl(): string | null {
    return null;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getLastColumn(): number {
    return this.grid.lastColumn();
  }
  getLastRow(): number {
    return this.grid.lastRow();
  }
  getMaxColumns(): number {
    return this.grid.maxCols;
  }
  getMaxRows(): number {
    return this.grid.maxRows;
  }
  getName(): string {
    return this.name;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return as<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return as<GoogleAppsScript.Spreadsheet.Protection[]>(String(type) === 'SHEET' && this.protection ? [this.protection] : []);
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return this.rangeA1(a);
    return this.rangeAt(a, column as number, numRows ?? 1, numColumns ?? 1, 'Sheet.getRange');
  }
  getSheetId(): number {
    return this.id;
  }
  getSheetName(): string {
    return this.name;
  }
  hideSheet(): Sheet {
    if (this.spreadsheet.sheets.every((s) => s === this || s.hidden)) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this.self();
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.push(chart as unknown as FakeChart);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.grid.maxCols) throw new Error('Those columns are out of bounds.');
    this.grid.insertColumns(afterPosition + 1, howMany);
    return this.self();
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (!isInt(afterPosition) || !isInt(howMany) || afterPosition < 1 || afterPosition > this.grid.maxRows || howMany < 1) {
      throw new Error('Those rows are out of bounds.');
    }
    this.grid.insertRows(afterPosition + 1, howMany);
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    if (!isInt(beforePosition) || !isInt(howMany) || beforePosition < 1 || beforePosition > this.grid.maxRows || howMany < 1) {
      throw new Error('Those rows are out of bounds.');
    }
    this.grid.insertRows(beforePosition, howMany);
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return as<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(new FakeChartBuilder(this.ctx));
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.protection ??= new FakeProtection(this);
    return as<GoogleAppsScript.Spreadsheet.Protection>(this.protection);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = (chart as unknown as FakeChart).id;
    this.charts = this.charts.filter((c) => c.id !== id);
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.columnWidths[columnPosition] = width;
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths[c] = width;
    return this.self();
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.conditionalRules = [...(rules as unknown as FakeConditionalFormatRule[])];
  }
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }
  setFrozenRows(rows: number): void {
    if (!isInt(rows) || rows < 0 || rows > this.grid.maxRows) throw new Error(`Frozen rows must be between 0 and ${this.grid.maxRows}.`);
    this.frozenRows = rows;
  }
  setName(name: string): Sheet {
    this.spreadsheet.checkNewName(name, this);
    this.name = name;
    return this.self();
  }
  setTabColor(_color: string | null): Sheet {
    return this.self();
  }
  showSheet(): Sheet {
    this.hidden = false;
    return this.self();
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = chart as unknown as FakeChart;
    this.charts = this.charts.map((x) => (x.id === c.id ? c : x));
  }
}
countCalls(FakeSheet, 'Sheet', METHODS);
