// Display texts read only where they can differ from the values and cannot be built from them: text shows as itself, a number under the automatic format as that format shows it.
import { automaticNumberText, decimalMarkOf, isAutomaticFormat } from '../core/automatic-number';
import type { CellValue } from '../core/types';
import { ROW_BLOCK } from './row-block';
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

/** Per column (0-based), true when every value that is not text is a number (and there is one): a column of amounts. */
export function numberColumns(values: readonly CellValue[][], width: number): boolean[] {
  const numbers = new Array<boolean>(width).fill(false);
  const other = new Array<boolean>(width).fill(false);
  for (const line of values) {
    for (let c = 0; c < line.length && c < width; c++) {
      const v = line[c];
      if (typeof v === 'number') numbers[c] = true;
      else if (typeof v !== 'string') other[c] = true;
    }
  }
  return numbers.map((n, c) => n && !other[c]);
}

/**
 * The columns whose display texts are built from the values instead of read: columns of numbers whose
 * first data row has the automatic format (one getNumberFormats of that row, not one per cell), in a
 * locale whose decimal mark is known. A cell formatted otherwise than its column's first data row is
 * shown here as the automatic format would show it (docs/validation.md, "Đọc sổ").
 */
function automaticColumns(
  sheet: Sheet,
  values: readonly CellValue[][],
  shown: readonly boolean[],
): { columns: boolean[]; mark: string } | null {
  const width = shown.length;
  if (values.length < 2 || !shown.some(Boolean)) return null;
  const numbers = numberColumns(values, width);
  if (!numbers.some((n, c) => n && shown[c])) return null;
  const mark = decimalMarkOf(sheet.getParent().getSpreadsheetLocale());
  if (mark === null) return null;
  const formats = sheet.getRange(2, 1, 1, width).getNumberFormats()[0];
  const columns = numbers.map((n, c) => n && shown[c] && isAutomaticFormat(String(formats[c] ?? '')));
  return { columns, mark };
}

/**
 * The display texts of the tab's used area (`values` as read with one getValues from A1): text as
 * itself, numbers of automatic-format columns as that format shows them, and one getDisplayValues per
 * run of the other columns that hold something other than text (dates, yes/no boxes, numbers with a
 * format), per block of ROW_BLOCK rows. The same grid a getDisplayValues of the whole area gives, for a fraction of the cells.
 */
export function readDisplays(sheet: Sheet, values: readonly CellValue[][]): string[][] {
  const rows = values.length;
  const width = rows ? values[0].length : 0;
  const shown = columnsShown(values, width);
  const auto = automaticColumns(sheet, values, shown);
  const built = auto?.columns;
  const mark = auto?.mark ?? '';
  const read = built ? shown.map((s, c) => s && !built[c]) : shown;
  const out = values.map((line) =>
    line.map((v, c) =>
      typeof v === 'string' ? v : built?.[c] && typeof v === 'number' ? automaticNumberText(v, mark) : '',
    ),
  );
  for (const [first, count] of runsOf(read))
    for (let top = 0; top < rows; top += ROW_BLOCK) {
      const height = Math.min(ROW_BLOCK, rows - top);
      const texts = sheet.getRange(top + 1, first + 1, height, count).getDisplayValues();
      for (let r = 0; r < height; r++) {
        const line = out[top + r];
        const from = texts[r];
        for (let k = 0; k < count; k++) line[first + k] = from[k];
      }
    }
  return out;
}
