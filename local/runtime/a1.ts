// A1 notation: column letters, cell and range references, optional tab name (`'Cấu hình'!A1:C3`).

export interface GridRef {
  row: number;
  col: number;
  /** undefined = to the sheet's last row / column (`A:A`, `A2:C`, `2:2`). */
  numRows?: number;
  numCols?: number;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `A1`, or `A1:C3` for more than one cell. */
export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Splits `'Tab name'!A1:B2` into the tab name (or undefined) and the cell part. */
export function splitSheetName(a1: string): { sheet?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let sheet = a1.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses the cell part of an A1 reference; null when it is not one. */
export function parseA1(ref: string): GridRef | null {
  const [a, b, extra] = ref.trim().split(':');
  if (extra !== undefined || a === undefined) return null;
  const p = PART.exec(a);
  const q = b === undefined ? p : PART.exec(b);
  if (!p || !q || (!p[1] && !p[2]) || (!q[1] && !q[2])) return null;
  if (b === undefined && (!p[1] || !p[2])) return null; // a lone cell needs both column and row
  const c1 = p[1] ? columnNumber(p[1]) : 1;
  const r1 = p[2] ? Number(p[2]) : 1;
  const c2 = q[1] ? columnNumber(q[1]) : undefined;
  const r2 = q[2] ? Number(q[2]) : undefined;
  if (r1 < 1 || (r2 !== undefined && r2 < 1)) return null;
  const row = Math.min(r1, r2 ?? r1);
  const col = Math.min(c1, c2 ?? c1);
  return {
    row,
    col,
    numRows: r2 === undefined || !p[2] ? undefined : Math.abs(r2 - r1) + 1,
    numCols: c2 === undefined || !p[1] ? undefined : Math.abs(c2 - c1) + 1,
  };
}
