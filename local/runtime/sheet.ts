// Sheet: one tab; its name, ranges, frozen rows, widths, hidden columns, visibility, protection, conditional formats and charts.
import { FakeChartBuilder, type FakeChart } from './chart';
import type { FakeConditionalFormatRule } from './conditional-format';
import { as, countCalls } from './context';
import { FakeProtection } from './protection';
import { SheetBase, isInt } from './sheet-base';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const METHODS = [
  'activate',
  'appendRow',
  'autoResizeColumn',
  'autoResizeColumns',
  'clear',
  'clearConditionalFormatRules',
  'clearContents',
  'clearFormats',
  'clearNotes',
  'deleteColumns',
  'deleteRow',
  'deleteRows',
  'getCharts',
  'getColumnWidth',
  'getConditionalFormatRules',
  'getDataRange',
  'getFormUrl',
  'getFrozenColumns',
  'getFrozenRows',
  'getIndex',
  'getLastColumn',
  'getLastRow',
  'getMaxColumns',
  'getMaxRows',
  'getName',
  'getParent',
  'getProtections',
  'getRange',
  'getSheetId',
  'getSheetName',
  'hideColumns',
  'hideSheet',
  'isColumnHiddenByUser',
  'showColumns',
  'insertChart',
  'insertColumnsAfter',
  'insertRowAfter',
  'insertRowBefore',
  'insertRowsAfter',
  'insertRowsBefore',
  'isSheetHidden',
  'newChart',
  'protect',
  'removeChart',
  'setColumnWidth',
  'setColumnWidths',
  'setConditionalFormatRules',
  'setFrozenColumns',
  'setFrozenRows',
  'setName',
  'setTabColor',
  'showSheet',
  'updateChart',
] as const;

export class FakeSheet extends SheetBase implements Pick<Sheet, (typeof METHODS)[number]> {
  frozenRows = 0;
  frozenColumns = 0;
  protection?: FakeProtection;
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeChart[] = [];
  hidden = false;
  /** 1-based columns hidden with hideColumns (kept by the .xlsx writer and reader). */
  hiddenColumns = new Set<number>();
  activate(): Sheet {
    this.spreadsheet.active = this;
    this.hidden = false;
    return this.self();
  }
  clearConditionalFormatRules(): void {
    this.conditionalRules = [];
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
    return this.rangeAt(
      1,
      1,
      Math.max(1, this.grid.lastRow()),
      Math.max(1, this.grid.lastColumn()),
      'Sheet.getDataRange',
    );
  }
  getFormUrl(): string | null {
    return this.spreadsheet.formUrlOf(this);
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
  getName(): string {
    return this.name;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return as<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return as<GoogleAppsScript.Spreadsheet.Protection[]>(
      String(type) === 'SHEET' && this.protection ? [this.protection] : [],
    );
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
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.columnSpan(columnIndex, numColumns).forEach((c) => this.hiddenColumns.add(c));
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.columnSpan(columnIndex, numColumns).forEach((c) => this.hiddenColumns.delete(c));
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.columnSpan(columnPosition, 1);
    return this.hiddenColumns.has(columnPosition);
  }
  /** Columns `first`…`first + count − 1`, checked the way Sheets checks them. */
  private columnSpan(first: number, count: number): number[] {
    if (!isInt(first) || !isInt(count) || first < 1 || count < 1 || first + count - 1 > this.grid.maxCols)
      throw new Error('Those columns are out of bounds.');
    return Array.from({ length: count }, (_x, i) => first + i);
  }
  hideSheet(): Sheet {
    if (this.spreadsheet.sheets.every((s) => s === this || s.hidden))
      throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this.self();
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.push(chart as unknown as FakeChart);
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
    if (!isInt(rows) || rows < 0 || rows > this.grid.maxRows)
      throw new Error(`Frozen rows must be between 0 and ${this.grid.maxRows}.`);
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
