// Adapter for `Tổng hợp`: cleared, then rewritten in one batch (values, formats, weights, backgrounds), status colours and the chart.
import { TAB } from '../core/contract';
import type { Rollup } from '../core/rollup';
import type { CellValue } from '../core/types';
import { asText } from './cell-text';
import { placeChart } from './rollup/chart';
import { fitSheet } from './rollup/fit-sheet';
import { rollupSheet } from './rollup/layout';
import { statusRules } from './rollup/status-rules';
import { active, type Sheet, type Spreadsheet } from './tab-io';

/** Strings are written as text (never read as a number, date or formula); other values as they are. */
export function textSafe(v: CellValue): CellValue {
  return typeof v === 'string' ? asText(v) : v;
}

/** Rebuilds `Tổng hợp` (creating it when missing) from `rollup`; returns the tab. */
export function writeRollupTab(rollup: Rollup, ss: Spreadsheet = active()): Sheet {
  const sheet = ss.getSheetByName(TAB.rollup) ?? ss.insertSheet(TAB.rollup);
  const layout = rollupSheet(rollup);
  const rows = layout.values.length;
  const cols = layout.values[0].length;
  sheet.clear();
  fitSheet(sheet, rows, cols);
  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(layout.values.map((row) => row.map(textSafe)));
  range.setNumberFormats(layout.formats);
  range.setFontWeights(layout.weights);
  range.setBackgrounds(layout.backgrounds);
  sheet.setConditionalFormatRules(statusRules(sheet, layout));
  placeChart(sheet, layout);
  return sheet;
}
