// Reading a tab of a workbook snapshot back as plain values, for the runner tests that compare figures.
import type { WorkbookData } from '../../local/workbook-data';

export type Cell = string | number | boolean | Date;

/** A tab's values, blank cells as '' (trailing blank cells of a row dropped). */
export function tabValues(wb: WorkbookData, name: string): Cell[][] {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.rows.map((row) => {
    const out = row.map((c) => (c?.value ?? '') as Cell);
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  });
}
