// Grows a tab so a block fits (Sheets refuses ranges beyond a tab's rows and columns): at most two calls, never per row.
import type { Sheet } from '../tab-io';

/** Adds rows and columns to `sheet` so that `rows` × `cols` from A1 fit. */
export function fitSheet(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}
