// The cells of one sheet: a sparse row-major store with the sheet's size, row/column insertion and deletion.
import { hasContent, isEmptyCell, type Cell } from './cell';

/** `list` with `items` inserted at `at`, built without spreading `items` into a call. */
function spliced<T>(list: T[], at: number, items: T[]): T[] {
  return list.slice(0, at).concat(items, list.slice(at));
}

/** Positions `1..n` as they were before any row or column moved. */
const identity = (n: number): (number | undefined)[] => Array.from({ length: n }, (_, i) => i + 1);

export class Grid {
  /** rows[r - 1][c - 1]; holes are untouched cells. */
  private rows: (Cell | undefined)[][] = [];
  /**
   * Where each row and column was when the grid was loaded (`[r - 1]` = the row it was; undefined for
   * one inserted since); null while none has moved (appending at the end moves none).
   */
  rowOrigins: (number | undefined)[] | null = null;
  colOrigins: (number | undefined)[] | null = null;

  constructor(
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created when missing. */
  at(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= {});
  }

  /** Drops a cell that holds nothing any more. */
  tidy(row: number, col: number): void {
    const r = this.rows[row - 1];
    const c = r?.[col - 1];
    if (r && c && isEmptyCell(c)) r[col - 1] = undefined;
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = r.length; c > last; c--) if (hasContent(r[c - 1])) last = c;
    }
    return last;
  }

  /** Every cell that exists, with its position. */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c]) yield [r + 1, c + 1, row[c] as Cell];
    }
  }

  insertRows(before: number, n: number): void {
    if (before <= this.maxRows || this.rowOrigins)
      this.rowOrigins = spliced(
        this.rowOrigins ?? identity(this.maxRows),
        before - 1,
        new Array(n).fill(undefined),
      );
    if (this.rows.length >= before)
      this.rows = spliced(
        this.rows,
        before - 1,
        Array.from({ length: n }, () => []),
      );
    this.maxRows += n;
  }

  deleteRows(start: number, n: number): void {
    (this.rowOrigins ??= identity(this.maxRows)).splice(start - 1, n);
    this.rows.splice(start - 1, n);
    this.maxRows -= n;
  }

  insertColumns(before: number, n: number): void {
    if (before <= this.maxCols || this.colOrigins)
      this.colOrigins = spliced(
        this.colOrigins ?? identity(this.maxCols),
        before - 1,
        new Array(n).fill(undefined),
      );
    this.rows = this.rows.map((r) =>
      r && r.length >= before ? spliced(r, before - 1, new Array<Cell | undefined>(n)) : r,
    );
    this.maxCols += n;
  }

  deleteColumns(start: number, n: number): void {
    (this.colOrigins ??= identity(this.maxCols)).splice(start - 1, n);
    for (const r of this.rows) if (r) r.splice(start - 1, n);
    this.maxCols -= n;
  }

  clearAll(): void {
    this.rows = [];
  }
}
