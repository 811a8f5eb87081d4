// Sheet grid and structure: ranges with Sheets' bounds checks, used area, rows and columns, appending, clearing.
import { parseA1 } from './a1';
import { displayValue } from './cell-values';
import { as, type RuntimeContext } from './context';
import { Grid } from './grid';
import { FakeRange } from './range';
import { clearArea, read2d } from './range-ops';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { LoadedTab } from './tab-changes';
import { maxOf } from '../../src/core/lists';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export abstract class SheetBase {
  readonly ctx: RuntimeContext;
  readonly grid = new Grid();
  columnWidths: Record<number, number> = {};
  /** What the tab held when loaded from a file (undefined for a tab the run added). */
  loaded?: LoadedTab;
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {
    this.ctx = spreadsheet.ctx;
  }
  protected self(): Sheet {
    return as<Sheet>(this);
  }
  /** This object as the full fake (the only subclass). */
  protected fake(): FakeSheet {
    return this as unknown as FakeSheet;
  }
  /** A range after Sheets' checks: whole numbers, at least one row and column, inside the sheet. */
  rangeAt(row: number, col: number, numRows: number, numCols: number, method: string): Range {
    if (![row, col, numRows, numCols].every(isInt)) {
      throw new Error(
        `The parameters (${[row, col, numRows, numCols].map((x) => typeof x).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`,
      );
    }
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      row < 1 ||
      col < 1 ||
      row + numRows - 1 > this.grid.maxRows ||
      col + numCols - 1 > this.grid.maxCols
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return as<Range>(new FakeRange(this.fake(), row, col, numRows, numCols));
  }
  /** A range from the cell part of an A1 reference (`B2`, `A1:C3`, `A:A`, `2:2`, `A2:C`). */
  rangeA1(ref: string): Range {
    const g = parseA1(ref);
    if (!g) throw new Error(`Range not found: ${ref}`);
    return this.rangeAt(
      g.row,
      g.col,
      g.numRows ?? this.grid.maxRows - g.row + 1,
      g.numCols ?? this.grid.maxCols - g.col + 1,
      'Sheet.getRange',
    );
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = this.grid.lastRow() + 1;
    if (row > this.grid.maxRows) this.grid.insertRows(row, row - this.grid.maxRows);
    if (rowContents.length > this.grid.maxCols)
      this.grid.insertColumns(this.grid.maxCols + 1, rowContents.length - this.grid.maxCols);
    new FakeRange(this.fake(), row, 1, 1, rowContents.length).store([rowContents]);
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
  protected resize(start: number, n: number): void {
    const last = this.grid.lastRow();
    if (last === 0) return;
    const texts = read2d({ grid: this.grid, row: 1, col: start, numRows: last, numCols: n }, (c) =>
      displayValue(c, this.ctx),
    );
    for (let c = 0; c < n; c++) {
      const longest = maxOf(texts.map((r) => r[c].length));
      this.columnWidths[start + c] = Math.min(500, Math.max(40, longest * 7 + 12));
    }
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    clearArea(this.whole(), options ?? {});
    return this.self();
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
  protected whole() {
    return { grid: this.grid, row: 1, col: 1, numRows: this.grid.maxRows, numCols: this.grid.maxCols };
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.grid.maxCols)
      throw new Error('Those columns are out of bounds.');
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
  protected deleteRowsAt(start: number, n: number): void {
    if (!isInt(start) || !isInt(n) || start < 1 || n < 1 || start + n - 1 > this.grid.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (n >= this.grid.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.grid.deleteRows(start, n);
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
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.grid.maxCols)
      throw new Error('Those columns are out of bounds.');
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
    if (
      !isInt(afterPosition) ||
      !isInt(howMany) ||
      afterPosition < 1 ||
      afterPosition > this.grid.maxRows ||
      howMany < 1
    ) {
      throw new Error('Those rows are out of bounds.');
    }
    this.grid.insertRows(afterPosition + 1, howMany);
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    if (
      !isInt(beforePosition) ||
      !isInt(howMany) ||
      beforePosition < 1 ||
      beforePosition > this.grid.maxRows ||
      howMany < 1
    ) {
      throw new Error('Those rows are out of bounds.');
    }
    this.grid.insertRows(beforePosition, howMany);
    return this.self();
  }
}
