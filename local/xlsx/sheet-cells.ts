// The cells an exceljs worksheet holds, visited sparsely (a stray cell at XFD1048576 costs one cell, not a grid), with the tab's extent.
import type ExcelJS from 'exceljs';
import type { CellData } from '../workbook-data';
import { readCell } from './cell-convert';

/** A formula whose file holds no computed result (saved by a program that does not calculate). */
export interface UncomputedFormula {
  row: number;
  col: number;
  formula: string;
}

export interface SheetCells {
  /** Cells worth keeping, row by row (rows and columns in file order). */
  cells: { row: number; col: number; data: CellData }[];
  /** The last row and column holding a kept cell (0 when none). */
  lastRow: number;
  lastCol: number;
  /** A kept cell on the last row and one on the last column: what makes the extent. */
  farthest: { row: number; col: number; data: CellData }[];
  themeFills: number;
  uncomputed: UncomputedFormula[];
}

type SparseSheet = { _rows?: (ExcelJS.Row | undefined)[] };
type SparseRow = { _cells?: (ExcelJS.Cell | undefined)[] };

const empty = (): SheetCells => ({
  cells: [],
  lastRow: 0,
  lastCol: 0,
  farthest: [],
  themeFills: 0,
  uncomputed: [],
});

/** Collects the cells of one tab given in file order (row by row, left to right). */
export class CellCollector {
  private out: SheetCells = empty();
  private onLastCol: SheetCells['cells'][number] | undefined;

  add(cell: ExcelJS.Cell, row: number, col: number): void {
    const read = readCell(cell);
    const out = this.out;
    if (read.themeFill) out.themeFills++;
    if (read.uncomputed) out.uncomputed.push({ row, col, formula: read.uncomputed });
    if (!read.cell) return;
    const kept = { row, col, data: read.cell };
    out.cells.push(kept);
    out.lastRow = row;
    if (col > out.lastCol) {
      out.lastCol = col;
      this.onLastCol = kept;
    }
  }

  /** The cells collected, handed over: the collector lets go of them (a sink it sits in may outlive the read). */
  done(): SheetCells {
    const out = this.out;
    this.out = empty();
    this.onLastCol = undefined;
    const onLastRow = out.cells[out.cells.length - 1];
    if (onLastRow) out.farthest.push(onLastRow);
    if (this.onLastCol && this.onLastCol !== onLastRow) out.farthest.push(this.onLastCol);
    return out;
  }
}

export function readSheetCells(ws: ExcelJS.Worksheet): SheetCells {
  const collector = new CellCollector();
  // forEach skips the holes of exceljs's sparse row and cell arrays.
  ((ws as unknown as SparseSheet)._rows ?? []).forEach((row, r) => {
    ((row as unknown as SparseRow | undefined)?._cells ?? []).forEach((cell, c) => {
      if (cell) collector.add(cell, r + 1, c + 1);
    });
  });
  return collector.done();
}

/** Dense rows (null for blank cells) from the sparse cells; only called once the extent is known to be within limits. */
export function rowsOf(cells: SheetCells): (CellData | null)[][] {
  const widths = new Array<number>(cells.lastRow).fill(0);
  for (const { row, col } of cells.cells) widths[row - 1] = Math.max(widths[row - 1], col);
  // Each row exactly as wide as its last kept cell (no spare room a row grown cell by cell would hold).
  const rows = widths.map((w) => new Array<CellData | null>(w).fill(null));
  for (const { row, col, data } of cells.cells) rows[row - 1][col - 1] = data;
  return rows;
}
