// Moves the cells, merges, row heights and column settings of a tab read from a file to where the run's inserted and deleted rows and columns put them.
import ExcelJS from 'exceljs';

type Origins = (number | undefined)[] | null;
type SparseSheet = { _rows: (ExcelJS.Row | undefined)[]; _merges: Record<string, Box> };
type SparseRow = { _cells?: (ExcelJS.Cell | undefined)[] };
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface Held {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  comment: unknown;
}

/** Loaded position → current position (undefined: deleted), from current → loaded. */
function mapping(origins: Origins): (at: number) => number | undefined {
  if (!origins) return (at) => at;
  const now: number[] = [];
  origins.forEach((o, i) => {
    if (o !== undefined) now[o - 1] = i + 1;
  });
  return (at) => now[at - 1];
}

/** A cell's value that stays right wherever it goes: a shared formula becomes its own formula. */
function portable(c: ExcelJS.Cell): ExcelJS.CellValue {
  if (c.type === ExcelJS.ValueType.Merge) return null; // the master holds the merged value
  const v = c.value as unknown;
  if (v && typeof v === 'object' && 'sharedFormula' in v)
    return { formula: c.formula, result: (v as { result?: ExcelJS.CellFormulaValue['result'] }).result };
  return c.value;
}

export function moveCells(ws: ExcelJS.Worksheet, rows: Origins, cols: Origins): void {
  const sparse = ws as unknown as SparseSheet;
  const [rowNow, colNow] = [mapping(rows), mapping(cols)];
  const held: Held[] = [];
  const heights: { row: number; height?: number; hidden: boolean }[] = [];
  sparse._rows.forEach((row, r) => {
    if (!row) return;
    if (row.height !== undefined || row.hidden)
      heights.push({ row: r + 1, height: row.height, hidden: row.hidden });
    ((row as unknown as SparseRow)._cells ?? []).forEach((c, i) => {
      if (c)
        held.push({
          row: r + 1,
          col: i + 1,
          value: portable(c),
          style: c.style,
          comment: (c as unknown as { _comment?: unknown })._comment,
        });
    });
  });
  const merges = Object.values(sparse._merges).map((m) => ({ ...m }));
  const columns = (ws.columns ?? []).map((c) => c.defn as unknown);
  sparse._merges = {};
  sparse._rows = [];
  for (const h of held) {
    const [r, c] = [rowNow(h.row), colNow(h.col)];
    if (r === undefined || c === undefined) continue;
    const cell = ws.getCell(r, c);
    cell.value = h.value;
    cell.style = h.style as ExcelJS.Style;
    if (h.comment) (cell as unknown as { _comment?: unknown })._comment = h.comment;
  }
  for (const h of heights) {
    const r = rowNow(h.row);
    if (r === undefined) continue;
    if (h.height !== undefined) ws.getRow(r).height = h.height;
    if (h.hidden) ws.getRow(r).hidden = true;
  }
  // A merge stays when its corners are still there and nothing inside it was deleted or inserted.
  for (const m of merges) {
    const [top, left, bottom, right] = [rowNow(m.top), colNow(m.left), rowNow(m.bottom), colNow(m.right)];
    if (top === undefined || left === undefined || bottom === undefined || right === undefined) continue;
    if (bottom - top !== m.bottom - m.top || right - left !== m.right - m.left) continue;
    ws.mergeCells(top, left, bottom, right);
  }
  for (let c = 1; c <= columns.length; c++) ws.getColumn(c).defn = undefined as never;
  columns.forEach((defn, i) => {
    const c = colNow(i + 1);
    if (c !== undefined && defn) ws.getColumn(c).defn = defn as never;
  });
}
