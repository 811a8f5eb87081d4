// Creating a tab: every tab the add-on creates opens with column widths that fit its contract columns.
import { TAB } from '../core/contract';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ROLLUP = [110, 110, 300, 80, 80, 80, 80, 70, 110, 80, 80, 110];

/** Widths in pixels of the first columns of each output tab, in contract order; later columns keep the default. */
export const DEFAULT_WIDTHS: Readonly<Record<string, readonly number[]>> = {
  [TAB.check]: [170, 55, 110, 220, 80, 420, 120, 90],
  [TAB.rollup]: ROLLUP,
  [TAB.history]: [90, ...ROLLUP],
  [TAB.reminders]: [130, 90, 110, 260, 110, 90, 250],
  [TAB.log]: [130, 180, 160, 600],
};

/** Sets the widths with one call per run of equal widths (a handful of calls, never one per row). */
export function applyWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      if (i - start === 1) sheet.setColumnWidth(start + 1, widths[start]);
      else sheet.setColumnWidths(start + 1, i - start, widths[start]);
      start = i;
    }
  }
}

/** Inserts tab `name` (at `index`, else at the end) with its default widths; an existing tab is never resized. */
export function insertTab(ss: Spreadsheet, name: string, index?: number): Sheet {
  const sheet = index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, index);
  const widths = DEFAULT_WIDTHS[name];
  if (widths) applyWidths(sheet, widths);
  return sheet;
}
