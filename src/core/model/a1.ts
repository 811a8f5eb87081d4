// A1 cell references for messages: column letters and `B5`-style addresses (1-based row and column), and back.

/** Column letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = Math.floor(col);
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based row and column: (5, 2) → B5. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** `B5` → row 5, column 2; null for '' or anything else. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  return row >= 1 ? { row, col } : null;
}
