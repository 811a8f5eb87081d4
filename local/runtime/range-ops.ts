// Cell-by-cell work over a rectangular area of a sheet: 2-D reads, shape-checked 2-D writes, clearing.
import { a1Of } from './a1';
import type { Cell } from './cell';
import type { Grid } from './grid';

export interface Area {
  readonly grid: Grid;
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

/** One value per cell, row by row. */
export function read2d<T>(a: Area, f: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < a.numRows; r++) {
    const line: T[] = [];
    for (let c = 0; c < a.numCols; c++) line.push(f(a.grid.get(a.row + r, a.col + c), a.row + r, a.col + c));
    out.push(line);
  }
  return out;
}

/** Throws the Sheets error unless `data` is an array of rows of exactly the area's shape. */
export function checkShape(data: unknown, a: Area, method: string): asserts data is unknown[][] {
  if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
    throw new Error(
      `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== a.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${a.numRows}.`,
    );
  }
  for (const r of data as unknown[][]) {
    if (r.length !== a.numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${a.numCols}.`,
      );
    }
  }
}

/** Writes `data` (already shape-checked) cell by cell; cells left holding nothing are dropped. */
export function write2d<T>(
  a: Area,
  data: T[][],
  f: (cell: Cell, v: T, row: number, col: number) => void,
): void {
  for (let r = 0; r < a.numRows; r++) {
    for (let c = 0; c < a.numCols; c++) {
      f(a.grid.at(a.row + r, a.col + c), data[r][c], a.row + r, a.col + c);
      a.grid.tidy(a.row + r, a.col + c);
    }
  }
}

/** Applies `f` to every cell of the area. */
export function fill(a: Area, f: (cell: Cell, row: number, col: number) => void): void {
  for (let r = 0; r < a.numRows; r++) {
    for (let c = 0; c < a.numCols; c++) {
      f(a.grid.at(a.row + r, a.col + c), a.row + r, a.col + c);
      a.grid.tidy(a.row + r, a.col + c);
    }
  }
}

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

/** Range.clear(options): with no option set, contents, formats, notes and validations all go. */
export function clearArea(a: Area, o: ClearOptions = {}): void {
  const all = !o.commentsOnly && !o.contentsOnly && !o.formatOnly && !o.validationsOnly;
  const inside: [number, number][] = [];
  for (const [r, c] of a.grid.cells()) {
    if (r >= a.row && r < a.row + a.numRows && c >= a.col && c < a.col + a.numCols) inside.push([r, c]);
  }
  for (const [r, c] of inside) {
    // Through `at`, which keeps what a loaded cell held before it changes.
    const cell = a.grid.at(r, c);
    if (all || o.contentsOnly) {
      delete cell.value;
      delete cell.formula;
      delete cell.link;
    }
    if (all || o.formatOnly) {
      delete cell.format;
      delete cell.background;
      delete cell.bold;
      delete cell.wrap;
    }
    if (all || o.commentsOnly) delete cell.note;
    if (all || o.validationsOnly) delete cell.validation;
    a.grid.tidy(r, c);
  }
}

export function areaA1(a: Area): string {
  return a1Of(a.row, a.col, a.numRows, a.numCols);
}
