// Adapter for `Tổng hợp`: cleared, then rewritten in one batch (formats, values, weights, backgrounds), header rows frozen, status colours and the chart.
import { TAB } from '../core/contract';
import type { Rollup } from '../core/rollup';
import { placeChart } from './rollup/chart';
import { rollupSheet } from './rollup/layout';
import { statusRules } from './rollup/status-rules';
import { active, ensureSize, type Sheet, type Spreadsheet } from './tab-io';
import { insertTab } from './new-tab';

/** Rebuilds `Tổng hợp` (creating it when missing) from `rollup`; returns the tab. */
export function writeRollupTab(rollup: Rollup, ss: Spreadsheet = active()): Sheet {
  const sheet = ss.getSheetByName(TAB.rollup) ?? insertTab(ss, TAB.rollup);
  const layout = rollupSheet(rollup);
  const rows = layout.values.length;
  const cols = layout.values[0].length;
  sheet.clear();
  ensureSize(sheet, rows, cols);
  const range = sheet.getRange(1, 1, rows, cols);
  // Formats first: every text and blank cell is plain text (`@`), so the values written next stay exactly as given.
  range.setNumberFormats(layout.formats);
  range.setValues(layout.values);
  range.setFontWeights(layout.weights);
  range.setBackgrounds(layout.backgrounds);
  // Title rows and the first table's header stay in view while scrolling down the villages.
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setConditionalFormatRules(statusRules(sheet, layout));
  placeChart(sheet, layout);
  return sheet;
}
