// Display texts read only where they can differ from the values: columns holding a number, date or yes/no; text shows as itself.
import type { CellValue } from '../core/types';
import type { Sheet } from './tab-io';

/**
 * Per column (0-based), true when some cell holds a value that is not text. A text value shows as
 * itself (Sheets displays the string it stores) and a blank shows nothing, so only those columns
 * need the text as shown: a number's depends on its number format (1.5 shows `1,5` in vi-VN, or
 * `1.500` under `#,##0`), a date's on its date format, a yes/no box's on the locale.
 */
export function columnsShown(values: readonly CellValue[][], width: number): boolean[] {
  const out = new Array<boolean>(width).fill(false);
  let left = width;
  for (const line of values) {
    for (let c = 0; c < line.length && c < width; c++) {
      if (out[c] || typeof line[c] === 'string') continue;
      out[c] = true;
      if (--left === 0) return out;
    }
  }
  return out;
}

/** Runs of consecutive shown columns, as [first, count] (0-based): one getDisplayValues each. */
export function runsOf(shown: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = 0; c < shown.length; c++) {
    if (!shown[c]) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

/**
 * The display texts of the tab's used area (`values` as read with one getValues from A1): one
 * getDisplayValues per run of columns that hold something other than text, the values themselves
 * elsewhere. The same grid a getDisplayValues of the whole area gives, for a fraction of the cells.
 */
export function readDisplays(sheet: Sheet, values: readonly CellValue[][]): string[][] {
  const rows = values.length;
  const width = rows ? values[0].length : 0;
  const runs = runsOf(columnsShown(values, width));
  const out = values.map((line) => line.map((v) => (typeof v === 'string' ? v : '')));
  for (const [first, count] of runs) {
    const shown = sheet.getRange(1, first + 1, rows, count).getDisplayValues();
    for (let r = 0; r < rows; r++) {
      const line = out[r];
      const from = shown[r];
      for (let k = 0; k < count; k++) line[first + k] = from[k];
    }
  }
  return out;
}
