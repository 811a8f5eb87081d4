// The demo's commune is the seed's own: like its officer, the demo keeps set-up's plan by clearing the example marker in `Ghi chú`.
import { EXAMPLE_NOTE, TAB, VILLAGE_COLUMNS } from '../../src/core/contract';

/** Blanks `Ghi chú` cells holding the example marker in `Thôn` and `Chỉ tiêu` (one read, one write per tab); returns the count. */
export function adoptSeedPlan(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  let cleared = 0;
  for (const name of [TAB.villages, TAB.targets]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet || sheet.getLastRow() < 2) continue;
    const values = sheet.getDataRange().getValues();
    const col = values[0].findIndex((t) => String(t).trim() === VILLAGE_COLUMNS.note.title);
    if (col < 0) continue;
    const notes = values.slice(1).map((r) => [r[col]]);
    const marked = notes.filter((n) => n[0] === EXAMPLE_NOTE).length;
    if (marked === 0) continue;
    const kept = notes.map((n) => [n[0] === EXAMPLE_NOTE ? '' : n[0]]);
    sheet.getRange(2, col + 1, kept.length, 1).setValues(kept);
    cleared += marked;
  }
  return cleared;
}
