// Self-test probes of what sits on a tab: a warning-only protection, a conditional format, a chart found by its title.
import {
  compareLine,
  SAMPLE_CHART_TITLE,
  SAMPLE_PROTECTION,
  SAMPLE_RULE,
  type SelfTestLine,
} from '../../core/self-test';
import { chartsTitled } from '../rollup/chart';
import type { Sheet } from '../tab-io';

/** The whole tab protected with a warning only, as the output tabs are; read back the kind and the description. */
export function probeProtection(sheet: Sheet): SelfTestLine {
  sheet.protect().setWarningOnly(true).setDescription(SAMPLE_PROTECTION);
  const found = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  return compareLine(
    'Bảo vệ tab chỉ cảnh báo',
    ['1 bảo vệ', 'chỉ cảnh báo: có', `mô tả "${SAMPLE_PROTECTION}"`],
    [
      `${found.length} bảo vệ`,
      `chỉ cảnh báo: ${found[0]?.isWarningOnly() ? 'có' : 'không'}`,
      `mô tả "${found[0]?.getDescription() ?? ''}"`,
    ],
  );
}

/** A5:A7 coloured when the text equals `Hoàn thành`, as `Tổng hợp` is; read back the rule. */
export function probeConditionalFormat(sheet: Sheet): SelfTestLine {
  const range = sheet.getRange(5, 1, 3, 1);
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenTextEqualTo(SAMPLE_RULE.text)
    .setBackground(SAMPLE_RULE.background)
    .setRanges([range])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const rules = sheet.getConditionalFormatRules();
  const condition = rules[0]?.getBooleanCondition();
  return compareLine(
    'Định dạng có điều kiện',
    [
      '1 quy tắc',
      `${SAMPLE_RULE.criteria} "${SAMPLE_RULE.text}"`,
      `nền ${SAMPLE_RULE.background}`,
      'vùng A5:A7',
    ],
    [
      `${rules.length} quy tắc`,
      condition
        ? `${String(condition.getCriteriaType())} "${condition.getCriteriaValues().join('", "')}"`
        : '(không có điều kiện)',
      `nền ${String(condition?.getBackground() ?? '(không có)').toLowerCase()}`,
      `vùng ${(rules[0]?.getRanges() ?? []).map((r) => r.getA1Notation()).join(', ')}`,
    ],
  );
}

/** A column chart over A8:B9 titled like the rollup's is; found again by its title, exactly once. */
export function probeChart(sheet: Sheet): SelfTestLine {
  const data = sheet.getRange(8, 1, 2, 2);
  data.setValues([
    ['Thôn', 'Tỉ lệ'],
    ['Thôn Đông', 0.5],
  ]);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(data)
    .setNumHeaders(1)
    .setPosition(1, 4, 0, 0)
    .setOption('title', SAMPLE_CHART_TITLE)
    .build();
  sheet.insertChart(chart);
  return compareLine(
    'Tìm biểu đồ theo tiêu đề',
    [`1 biểu đồ tên "${SAMPLE_CHART_TITLE}"`],
    [`${chartsTitled(sheet, SAMPLE_CHART_TITLE).length} biểu đồ tên "${SAMPLE_CHART_TITLE}"`],
  );
}
