// Range geometry (position, size, A1, neighbours), text wrapping, and the formatting calls the runtime accepts without recording.
import { a1Of } from './a1';
import type { Cell } from './cell';
import { as, type RuntimeContext } from './context';
import { fill, read2d } from './range-ops';
import type { FakeSheet } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type WrapStrategy = GoogleAppsScript.Spreadsheet.WrapStrategy;

/** The enum value (`SpreadsheetApp.WrapStrategy.WRAP` is the string `WRAP` here) of a cell's stored strategy. */
const strategy = (c: Cell | undefined): WrapStrategy => as<WrapStrategy>(c?.wrap ?? 'OVERFLOW');

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
  getWrap(): boolean {
    return this.first()?.wrap === 'WRAP';
  }
  getWraps(): boolean[][] {
    return read2d(this, (c) => c?.wrap === 'WRAP');
  }
  getWrapStrategy(): WrapStrategy {
    return strategy(this.first());
  }
  getWrapStrategies(): WrapStrategy[][] {
    return read2d(this, strategy);
  }
  /** true wraps, false overflows (Sheets' default), as Google documents. */
  setWrap(isWrapEnabled: boolean): Range {
    if (typeof isWrapEnabled !== 'boolean')
      throw new Error(
        `The parameters (${typeof isWrapEnabled}) don't match the method signature for SpreadsheetApp.Range.setWrap.`,
      );
    fill(this, (c) => (c.wrap = isWrapEnabled ? 'WRAP' : undefined));
    return this.self();
  }
  setWrapStrategy(wrap: WrapStrategy): Range {
    const name = String(wrap);
    if (name !== 'WRAP' && name !== 'CLIP' && name !== 'OVERFLOW')
      throw new Error(
        `The parameters (${typeof wrap}) don't match the method signature for SpreadsheetApp.Range.setWrapStrategy.`,
      );
    fill(this, (c) => (c.wrap = name === 'OVERFLOW' ? undefined : name));
    return this.self();
  }
}
