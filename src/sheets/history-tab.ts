// Adapter for `Lịch sử`: read once, replace the week's block in core, write once from the first changed row on.
import { TAB } from '../core/contract';
import {
  firstDifferentRow,
  historyLayout,
  historyRows,
  placeRow,
  replaceWeekBlock,
  type Rollup,
} from '../core/rollup';
import type { CellValue } from '../core/types';
import { DATE, LINE_FORMATS, TEXT, amountFormat, blockFormats, type ColumnFormat } from './rollup/formats';
import { active, ensureSize, readValues, type Spreadsheet } from './tab-io';
import { insertTab } from './new-tab';

export interface HistoryWrite {
  /** Rows of the week's block. */
  weekRows: number;
  /** Sheet rows rewritten (0 when the tab already held exactly this). */
  written: number;
}

/** Formats per column of the written table: the contract columns by role; other columns' numbers as amounts, dates as dates. */
function columnFormats(columns: readonly number[], width: number): ColumnFormat[] {
  const out: ColumnFormat[] = new Array<ColumnFormat>(width).fill(amountFormat);
  const roles: ColumnFormat[] = [DATE, ...LINE_FORMATS];
  columns.forEach((col, i) => {
    out[col] = roles[i];
  });
  return out;
}

/**
 * Replaces week `rollup.week`'s rows of `Lịch sử` (creating the tab when missing), leaving the
 * other weeks' rows as they are. The tab is read with one getValues; the new table is computed by
 * `replaceWeekBlock`; only the rows from the first one that changed are written (one
 * setNumberFormats, then one setValues), and rows left over below are cleared (one call).
 */
export function writeHistory(rollup: Rollup, ss: Spreadsheet = active()): HistoryWrite {
  const sheet = ss.getSheetByName(TAB.history) ?? insertTab(ss, TAB.history);
  const before = readValues(sheet);
  const layout = historyLayout(before[0] ?? []);
  const width = Math.max(layout.header.length, before[0]?.length ?? 0);
  const pad = (r: CellValue[]) =>
    r.length >= width ? r : [...r, ...new Array<CellValue>(width - r.length).fill('')];
  const block = historyRows(rollup).map((r) => placeRow(r, layout.columns, width));
  const table = replaceWeekBlock(before.slice(1).map(pad), rollup.week, block, {
    timeZone: rollup.timeZone,
    weekColumn: layout.columns[0],
  });
  const after = [pad(layout.header), ...table];
  const first = firstDifferentRow(before, after);
  const changed = after.slice(first);
  if (changed.length > 0) {
    ensureSize(sheet, after.length, width);
    const range = sheet.getRange(first + 1, 1, changed.length, width);
    // Formats first: text cells become plain text (`@`), so the values written next are stored as given, never parsed.
    const formats = blockFormats(changed, columnFormats(layout.columns, width));
    if (first === 0) formats[0] = formats[0].map(() => TEXT);
    range.setNumberFormats(formats);
    range.setValues(changed);
  }
  if (before.length > after.length) {
    sheet
      .getRange(after.length + 1, 1, before.length - after.length, Math.max(width, before[0].length))
      .clearContent();
  }
  if (first === 0) {
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  }
  return { weekRows: block.length, written: changed.length };
}
