// The cells of one sheet: a sparse row-major store (a cell holding only a value kept as the value) with the sheet's size, row/column insertion and deletion, and what each changed cell held when loaded.
import { hasContent, isEmptyCell, WallDate, type Cell, type Stored } from './cell';

/** A place in the store: a cell, the value of a cell holding nothing else (no object for it), or nothing. */
type Slot = Cell | Stored | undefined;

const isCell = (s: Slot): s is Cell => typeof s === 'object' && !(s instanceof WallDate);

/** The cell a slot stands for (a new object for a value kept alone: reading it changes nothing). */
const cellOf = (s: Slot): Cell | undefined => (s === undefined || isCell(s) ? s : { value: s });

/** The value of a cell holding a value and nothing else (no formula, format, note, colour, link, rule). */
function plainValue(c: Cell): Stored | undefined {
  const v = c.value;
  if (v === undefined || v === '' || c.formula !== undefined || c.format || c.note !== undefined)
    return undefined;
  if (c.background !== undefined || c.bold || c.link !== undefined || c.wrap !== undefined) return undefined;
  return c.validation === undefined ? v : undefined;
}

const slotHasContent = (s: Slot): boolean => s !== undefined && (!isCell(s) || hasContent(s));

/** `list` with `items` inserted at `at`, built without spreading `items` into a call. */
function spliced<T>(list: T[], at: number, items: T[]): T[] {
  return list.slice(0, at).concat(items, list.slice(at));
}

/** Positions `1..n` as they were before any row or column moved. */
const identity = (n: number): (number | undefined)[] => Array.from({ length: n }, (_, i) => i + 1);

/** Sheets has at most 18.278 columns: a loaded position as one number. */
const COLUMNS = 32_768;
export const originKeyOf = (row: number, col: number): number => row * COLUMNS + col;
export const originOfKey = (key: number): [number, number] => [Math.floor(key / COLUMNS), key % COLUMNS];

export class Grid {
  /** rows[r - 1][c - 1]; holes are untouched cells. */
  private rows: Slot[][] = [];
  /**
   * Where each row and column was when the grid was loaded (`[r - 1]` = the row it was; undefined for
   * one inserted since); null while none has moved (appending at the end moves none).
   */
  rowOrigins: (number | undefined)[] | null = null;
  colOrigins: (number | undefined)[] | null = null;
  /**
   * Once `keepOriginals` is called (after loading): for each loaded position (`originKey`) of a cell
   * handed out for writing since, a copy of what it held then (undefined: no cell). The cells not in
   * it still hold what was loaded, so no copy of the whole tab is kept to tell what a run changed.
   */
  originals: Map<number, Cell | undefined> | null = null;

  constructor(
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  /** The cell, for reading (changing the object returned may change nothing: write through `at`). */
  get(row: number, col: number): Cell | undefined {
    return cellOf(this.rows[row - 1]?.[col - 1]);
  }

  /** The cell, created when missing, for writing: what it held is kept first when the grid keeps originals. */
  at(row: number, col: number): Cell {
    if (this.originals) this.keep(row, col);
    const r = (this.rows[row - 1] ??= []);
    const s = r[col - 1];
    if (isCell(s)) return s;
    return (r[col - 1] = s === undefined ? {} : { value: s });
  }

  /** From now on, a cell handed out for writing has what it held kept in `originals` first. */
  keepOriginals(): void {
    this.originals ??= new Map();
  }

  /** Where the cell now at (row, col) was loaded, as a key of `originals`; undefined for an inserted row or column. */
  originKey(row: number, col: number): number | undefined {
    const r = this.rowOrigins ? this.rowOrigins[row - 1] : row;
    const c = this.colOrigins ? this.colOrigins[col - 1] : col;
    return r === undefined || c === undefined ? undefined : originKeyOf(r, c);
  }

  private keep(row: number, col: number): void {
    const key = this.originKey(row, col);
    if (key === undefined || this.originals!.has(key)) return;
    const cell = this.get(row, col);
    this.originals!.set(key, cell && { ...cell });
  }

  /** Drops a cell that holds nothing any more, and keeps one holding only a value as the value (done with it). */
  tidy(row: number, col: number): void {
    const r = this.rows[row - 1];
    const c = r?.[col - 1];
    if (!r || !isCell(c)) return;
    if (isEmptyCell(c)) r[col - 1] = undefined;
    else {
      const v = plainValue(c);
      if (v !== undefined) r[col - 1] = v;
    }
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(slotHasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = r.length; c > last; c--) if (slotHasContent(r[c - 1])) last = c;
    }
    return last;
  }

  /** Every cell that exists, with its position. */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined) yield [r + 1, c + 1, cellOf(row[c])!];
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
      r && r.length >= before ? spliced(r, before - 1, new Array<Slot>(n)) : r,
    );
    this.maxCols += n;
  }

  deleteColumns(start: number, n: number): void {
    (this.colOrigins ??= identity(this.maxCols)).splice(start - 1, n);
    for (const r of this.rows) if (r) r.splice(start - 1, n);
    this.maxCols -= n;
  }

  clearAll(): void {
    if (this.originals) for (const [row, col] of this.cells()) this.keep(row, col);
    this.rows = [];
  }
}
