// Range geometry (position, size, A1, neighbours) and the formatting calls the runtime accepts without recording.
import { a1Of } from './a1';
import type { Cell } from './cell';
import { as, type RuntimeContext } from './context';
import type { FakeSheet } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

export abstract class RangeBase {
  readonly ctx: RuntimeContext;
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    this.ctx = sheet.ctx;
  }
  get grid() {
    return this.sheet.grid;
  }
  protected self(): Range {
    return as<Range>(this);
  }
  protected first(): Cell | undefined {
    return this.grid.get(this.row, this.col);
  }
  activate(): Range {
    this.sheet.spreadsheet.active = this.sheet;
    return this.self();
  }
  getA1Notation(): string {
    return a1Of(this.row, this.col, this.numRows, this.numCols);
  }
  getCell(row: number, column: number): Range {
    return this.sheet.rangeAt(this.row + row - 1, this.col + column - 1, 1, 1, 'Range.getCell');
  }
  getColumn(): number {
    return this.col;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getHeight(): number {
    return this.numRows;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return as<GoogleAppsScript.Spreadsheet.Sheet>(this.sheet);
  }
  getWidth(): number {
    return this.numCols;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet.rangeAt(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
      'Range.offset',
    );
  }
  setBorder(..._args: unknown[]): Range {
    return this.self();
  }
  setFontColor(_color: string | null): Range {
    return this.self();
  }
  setFontSize(_size: number): Range {
    return this.self();
  }
  setHorizontalAlignment(_alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.self();
  }
  setVerticalAlignment(_alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this.self();
  }
  setWrap(_wrap: boolean): Range {
    return this.self();
  }
  setWrapStrategy(_strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    return this.self();
  }
}
