// Pairing of custom-function arguments (docs/functions.md): single values and same-shape ranges, element by element.
// A range is a 2-D array (rows of cells), as Sheets passes it. A single value, and a 1×1 range,
// pairs with every element. Ranges of different shapes are refused with a Vietnamese message.

export interface Shape {
  rows: number;
  cols: number;
}

/** An argument seen as a grid: `cells` is null for a single value, which is then `value`. */
export interface GridArg {
  cells: readonly (readonly unknown[])[] | null;
  shape: Shape;
  value?: unknown;
}

/** `3 dòng × 1 cột`. */
export function shapeText(shape: Shape): string {
  return `${shape.rows} dòng × ${shape.cols} cột`;
}

/** `ô thứ 3 (dòng 3, cột 1)`: 1-based, counted row by row inside the range. */
export function positionText(row: number, col: number, shape: Shape): string {
  return `ô thứ ${row * shape.cols + col + 1} (dòng ${row + 1}, cột ${col + 1})`;
}

/**
 * Reads an argument as a grid. A flat array is taken as one row. An empty or ragged range is
 * refused (Sheets never passes one; a script calling the function might).
 */
export function gridOf(arg: unknown, paramName: string): GridArg {
  if (!Array.isArray(arg)) return { cells: null, shape: { rows: 1, cols: 1 }, value: arg };
  const rows: unknown[][] = arg.every((r) => Array.isArray(r)) ? (arg as unknown[][]) : [arg];
  const cols = rows.length === 0 ? 0 : rows[0].length;
  if (cols === 0 || rows.some((r) => r.length !== cols)) {
    throw new Error(
      `vùng ô của ${paramName} rỗng hoặc các dòng dài ngắn khác nhau; hãy chọn một vùng ô hình chữ nhật`,
    );
  }
  return { cells: rows, shape: { rows: rows.length, cols } };
}

/** True when a grid pairs like a single value (a single value or a 1×1 range). */
export function isSingle(g: GridArg): boolean {
  return g.shape.rows === 1 && g.shape.cols === 1;
}

/**
 * The output shape: that of the ranges (all alike), or null when every argument is a single
 * value. A 1×1 range gives a 1×1 output when no bigger range is present.
 */
export function commonShape(grids: readonly GridArg[], names: readonly string[]): Shape | null {
  const ranges = grids.map((g, i) => ({ g, name: names[i] })).filter((x) => x.g.cells !== null);
  if (ranges.length === 0) return null;
  const big = ranges.filter((x) => !isSingle(x.g));
  if (big.length === 0) return { rows: 1, cols: 1 };
  const first = big[0].g.shape;
  if (big.every((x) => x.g.shape.rows === first.rows && x.g.shape.cols === first.cols)) return first;
  const list = big.map((x) => `${x.name}: ${shapeText(x.g.shape)}`).join(', ');
  throw new Error(
    `các vùng ô không cùng kích thước (${list}); hãy chọn các vùng có cùng số dòng và số cột, hoặc một ô đơn để dùng chung cho mọi ô`,
  );
}

/** The element of `g` paired with output position (row, col). */
export function cellAt(g: GridArg, row: number, col: number): unknown {
  if (g.cells === null) return g.value;
  return isSingle(g) ? g.cells[0][0] : g.cells[row][col];
}
