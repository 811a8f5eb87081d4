// The embedded chart of `Tổng hợp`: one column chart, updated in place on each rebuild (never a second copy).
import type { Sheet } from '../tab-io';
import { CHART_TITLE, type RollupSheet } from './layout';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** Charts of the tab whose title option is `title` (how the add-on knows its own charts; the self-test checks it). */
export function chartsTitled(sheet: Sheet, title: string): Chart[] {
  return sheet.getCharts().filter((c) => {
    try {
      return c.getOptions().get('title') === title;
    } catch (_e) {
      return false;
    }
  });
}

/** Charts of the tab that the rollup made (known by their title); others are left alone. */
export function rollupCharts(sheet: Sheet): Chart[] {
  return chartsTitled(sheet, CHART_TITLE);
}

/**
 * Points the rollup's chart at the new data and anchors it beside that data: the first chart
 * made by an earlier rollup is modified (same chart, same id), any further copy removed; a new
 * one is inserted only when there is none. No data (no village has a target): no chart.
 */
export function placeChart(sheet: Sheet, layout: RollupSheet): void {
  const [keep, ...extra] = rollupCharts(sheet);
  for (const c of extra) sheet.removeChart(c);
  const data = layout.chartData;
  if (!data) {
    if (keep) sheet.removeChart(keep);
    return;
  }
  const range = sheet.getRange(data.row, data.col, data.numRows, data.numCols);
  const builder = (keep ? keep.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(layout.chartAnchor.row, layout.chartAnchor.col, 0, 0)
    .setOption('title', CHART_TITLE)
    .setOption('vAxis', { format: 'percent', minValue: 0, maxValue: 1 })
    .setOption('legend', { position: 'bottom' })
    .setOption('width', 640)
    .setOption('height', 360);
  if (keep) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}
