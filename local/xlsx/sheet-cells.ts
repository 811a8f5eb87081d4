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
  cells: { row: number; col: number; data: CellData; source: ExcelJS.Cell }[];
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

export function readSheetCells(ws: ExcelJS.Worksheet): SheetCells {
  const out: SheetCells = { cells: [], lastRow: 0, lastCol: 0, farthest: [], themeFills: 0, uncomputed: [] };
  let onLastCol: SheetCells['cells'][number] | undefined;
  // forEach skips the holes of exceljs's sparse row and cell arrays.
  ((ws as unknown as SparseSheet)._rows ?? []).forEach((row, r) => {
    ((row as unknown as SparseRow | undefined)?._cells ?? []).forEach((cell, c) => {
      if (!cell) return;
      const read = readCell(cell);
      if (read.themeFill) out.themeFills++;
      if (read.uncomputed) out.uncomputed.push({ row: r + 1, col: c + 1, formula: read.uncomputed });
      if (!read.cell) return;
      const kept = { row: r + 1, col: c + 1, data: read.cell, source: cell };
      out.cells.push(kept);
      out.lastRow = r + 1;
      if (c + 1 > out.lastCol) {
        out.lastCol = c + 1;
        onLastCol = kept;
      }
    });
  });
  const onLastRow = out.cells[out.cells.length - 1];
  if (onLastRow) out.farthest.push(onLastRow);
  if (onLastCol && onLastCol !== onLastRow) out.farthest.push(onLastCol);
  return out;
}

/** Dense rows (null for blank cells) from the sparse cells; only called once the extent is known to be within limits. */
export function rowsOf(cells: SheetCells): (CellData | null)[][] {
  const rows: (CellData | null)[][] = [];
  for (let r = 0; r < cells.lastRow; r++) rows.push([]);
  for (const { row, col, data } of cells.cells) {
    const line = rows[row - 1];
    while (line.length < col - 1) line.push(null);
    line[col - 1] = data;
  }
  return rows;
}
