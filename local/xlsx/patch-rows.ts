// The rows of a plain tab the run changed: picked from the file's rows for exceljs to load, and put back in their place among the rows copied through.
import { columnLetters, columnNumber } from '../runtime/a1';

/** One `<row>` element, self-closing or not. */
const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const ROW_NUMBER = /^<row\b[^>]*?\sr="(\d+)"/;

/** Calls `visit` with each row element of `xml` and its number (a row without `r` follows the one before it). */
function eachRow(xml: string, visit: (row: string, at: number) => void): void {
  let last = 0;
  for (const m of xml.matchAll(ROW)) {
    const r = ROW_NUMBER.exec(m[0]);
    last = r ? Number(r[1]) : last + 1;
    visit(m[0], last);
  }
}

/** The row elements of `sheetData` whose numbers are in `wanted`, in file order. */
export function pickRows(sheetData: string, wanted: ReadonlySet<number>): string {
  const out: string[] = [];
  eachRow(sheetData, (row, at) => {
    if (wanted.has(at)) out.push(row);
  });
  return out.join('');
}

/** Row number → row element, of the rows exceljs wrote. */
export function rowsByNumber(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  eachRow(xml, (row, at) => out.set(at, row));
  return out;
}

/**
 * `sheetData` (`<sheetData>…</sheetData>`) with every row in `patched` put in its place: a row the
 * file has is replaced (by nothing when the patch is empty), a row it lacks is inserted in order.
 */
export function spliceRows(sheetData: string, patched: ReadonlyMap<number, string>): string {
  const pending = [...patched.keys()].sort((a, b) => a - b);
  let next = 0;
  let last = 0;
  const before = (at: number): string => {
    let out = '';
    for (; next < pending.length && pending[next] < at; next++) out += patched.get(pending[next])!;
    return out;
  };
  const body = sheetData.replace(ROW, (row) => {
    const r = ROW_NUMBER.exec(row);
    last = r ? Number(r[1]) : last + 1;
    const head = before(last);
    if (!patched.has(last)) return head + row;
    if (pending[next] === last) next++;
    return head + patched.get(last)!;
  });
  const close = body.lastIndexOf('</sheetData>');
  const rest = before(Infinity);
  if (close < 0) return rest ? `<sheetData>${rest}</sheetData>` : body; // `<sheetData/>`
  return `${body.slice(0, close)}${rest}${body.slice(close)}`;
}

/** The `<dimension>` of the file widened to hold the patched rows' cells (unchanged when they fit). */
export function widenDimension(dimension: string, patched: ReadonlyMap<number, string>): string {
  const m = /ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(dimension);
  if (!m) return dimension;
  const [lastRow, lastCol] = [Number(m[4] ?? m[2]), columnNumber(m[3] ?? m[1])];
  let [rows, cols] = [lastRow, lastCol];
  for (const [at, row] of patched) {
    if (!row) continue;
    rows = Math.max(rows, at);
    for (const c of row.matchAll(/<c\b[^>]*?\sr="([A-Z]+)\d+"/g)) cols = Math.max(cols, columnNumber(c[1]));
  }
  if (rows === lastRow && cols === lastCol) return dimension;
  const end = `${columnLetters(cols)}${rows}`;
  return dimension.replace(m[0], `ref="${m[1]}${m[2]}:${end}"`);
}
