// CSV as RFC 4180 writes it (docs/export.md): quoted when needed, CRLF between records, text guarded against formula injection.

/** A value of an export cell: text, a number, or blank (null). */
export type CsvValue = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula when they come first (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe (`=1+1` → `'=1+1`): Excel, LibreOffice
 * and Sheets then show it as text, and the province can still see what was written. Numbers are never guarded.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: numbers in machine form (`0.25`), text guarded, quoted when it holds a comma, a quote or a line break. */
export function csvField(v: CsvValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = guardFormula(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header record, then one record per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const out: string[] = [header.map(csvField).join(',')];
  for (const r of rows) out.push(r.map(csvField).join(','));
  return out.join('\r\n') + '\r\n';
}
