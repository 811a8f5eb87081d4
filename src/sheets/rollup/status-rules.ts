// Conditional colours of `Tổng hợp`: Trạng thái, Báo cáo tuần and Đánh giá cells, by their text.
import type { Sheet } from '../tab-io';
import type { Area, RollupSheet } from './layout';

export const GREEN = '#b7e1cd';
export const LIGHT_BLUE = '#cfe2f3';
export const ORANGE = '#fce8b2';
export const RED = '#f4c7c3';

/** Text → background, per coloured column. */
export const STATUS_COLOURS: Readonly<
  Record<'status' | 'weekReport' | 'verdict', Readonly<Record<string, string>>>
> = {
  status: { 'Hoàn thành': GREEN, 'Đúng tiến độ': LIGHT_BLUE, 'Chậm tiến độ': RED },
  weekReport: { 'Đúng hạn': GREEN, 'Trễ hạn': ORANGE, 'Chưa nộp': RED },
  verdict: { 'Biểu dương': GREEN, 'Nhắc nhở': RED },
};

/** The rules for the layout's coloured cells (replacing the tab's rules: the tab is rebuilt each time). */
export function statusRules(
  sheet: Sheet,
  layout: RollupSheet,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const add = (area: Area | null, colours: Readonly<Record<string, string>>) => {
    if (!area) return;
    const range = sheet.getRange(area.row, area.col, area.numRows, area.numCols);
    for (const [text, colour] of Object.entries(colours)) {
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(text)
          .setBackground(colour)
          .setRanges([range])
          .build(),
      );
    }
  };
  add(layout.status, STATUS_COLOURS.status);
  add(layout.weekReport, STATUS_COLOURS.weekReport);
  add(layout.verdict, STATUS_COLOURS.verdict);
  return rules;
}
