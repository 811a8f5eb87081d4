// The `Tổng hợp` grid: title rows, the two tables in the contract's order after blank rows, support and chart data, formats per cell.
import { rollup } from '../../../src/core/rollup';
import { amountFormat, DECIMAL, DONG, PERCENT, TEXT, WHOLE } from '../../../src/sheets/rollup/formats';
import {
  CHART_TITLE,
  COMMUNE_BACKGROUND,
  HEADER_BACKGROUND,
  rollupSheet,
} from '../../../src/sheets/rollup/layout';
import { at } from '../../core/rollup/fixtures';
import { BP, DS, TB, scenarioModel, scenarioRows } from '../../core/rollup/scenario';

const r = rollup(scenarioModel(), scenarioRows(), at(30, 3, 10, 0));
const sheet = rollupSheet(r);
const rowOf = (first: string) => sheet.values.findIndex((row) => row[0] === first);

describe('rollupSheet', () => {
  it('starts with the commune, the week and the as-of time, then a blank row', () => {
    expect(sheet.values.slice(0, 4).map((row) => row[0])).toEqual([
      'Báo cáo tiến độ xây dựng nông thôn mới — xã Sơn Bằng',
      'Tuần đến 30/03/2023',
      'Số liệu tính đến 30/03/2023 10:00 · hạn nộp báo cáo tuần: 30/03/2023 14:30',
      '',
    ]);
  });

  it('adds a warning row when the week is after the campaign, before the blank row', () => {
    const after = rollupSheet(rollup(scenarioModel(), scenarioRows(), at(6, 1, 9, 0, 0, 2024)));
    expect(String(after.values[3][0])).toMatch(/^Lưu ý: Phong trào đã kết thúc \(thời gian phong trào /);
    expect(after.values[4][0]).toBe('');
  });

  it('writes the first table with exactly the columns of the contract, village lines then Toàn xã lines', () => {
    expect(sheet.values[4]).toEqual([
      'Thôn',
      'Mã',
      'Nội dung',
      'ĐVT',
      'Chỉ tiêu',
      'Lũy kế',
      'Tuần này',
      'Tỷ lệ',
      'Kế hoạch đến nay',
      'Nợ tồn',
      'Cần/ngày',
      'Trạng thái',
    ]);
    const villages = sheet.values.slice(5, 5 + r.lines.length + r.communeLines.length).map((row) => row[0]);
    // Targets: TB 5 (HANG_RAO, VUON_CT, KDC_KM, NUOC_THAI, NUOC_THAI_HT), BP 4, DS 1; CUNG_HOA has none, so no line.
    expect(villages).toEqual([
      TB,
      TB,
      TB,
      TB,
      TB,
      BP,
      BP,
      BP,
      BP,
      DS,
      'Toàn xã',
      'Toàn xã',
      'Toàn xã',
      'Toàn xã',
      'Toàn xã',
    ]);
    expect(sheet.values[5 + villages.length].every((v) => v === '')).toBe(true);
  });

  it('puts the second table after one blank row, in Thôn order', () => {
    expect(rowOf('Thôn')).toBe(4);
    const at2 = sheet.values.findIndex((row, i) => i > 4 && row[0] === 'Thôn');
    expect(sheet.values[at2].slice(0, 5)).toEqual(['Thôn', 'Báo cáo tuần', 'Điểm', 'Xếp hạng', 'Đánh giá']);
    expect(sheet.values.slice(at2 + 1, at2 + 4).map((row) => row[0])).toEqual([TB, BP, DS]);
    expect(sheet.values[at2 - 1].every((v) => v === '')).toBe(true);
  });

  it('follows with the support block and the chart data, each after a blank row', () => {
    const support = sheet.values.findIndex((row) => String(row[0]).startsWith('Hỗ trợ NQ 44/2021'));
    expect(sheet.values[support - 1].every((v) => v === '')).toBe(true);
    expect(sheet.formats[support][3]).toBe(DONG);
    expect(sheet.values[support + 2][0]).toBe(TB);
    expect(sheet.formats[support + 2][3]).toBe(DONG);
    const chart = sheet.chartData!;
    expect(sheet.values[chart.row - 1].slice(0, 3)).toEqual(['Thôn', 'Tỷ lệ', 'Kế hoạch đến nay']);
    expect(String(sheet.values[chart.row - 2][0])).toContain(CHART_TITLE);
    expect(sheet.values[chart.row - 3].every((v) => v === '')).toBe(true);
    expect(chart).toEqual({ row: chart.row, col: 1, numRows: 4, numCols: 3 });
    expect(sheet.chartAnchor).toEqual({ row: chart.row, col: 5 });
    expect(chart.row + chart.numRows - 1).toBe(sheet.values.length);
  });

  it('is rectangular in every grid', () => {
    const width = sheet.values[0].length;
    expect(width).toBe(12);
    for (const grid of [sheet.values, sheet.formats, sheet.weights, sheet.backgrounds]) {
      expect(grid).toHaveLength(sheet.values.length);
      for (const row of grid) expect(row).toHaveLength(width);
    }
  });

  it('formats ratios as percentages and amounts by whether they show decimals, text as text', () => {
    const tbFence = 5; // TB HANG_RAO: 1.000 | 450,5 | 100 | … | 1000 × 16/62 = 258,06… | 0 | 549,5 / 47
    expect(sheet.values[tbFence].slice(0, 2)).toEqual([TB, 'HANG_RAO']);
    expect(sheet.formats[tbFence]).toEqual([
      TEXT,
      TEXT,
      TEXT,
      TEXT,
      WHOLE,
      DECIMAL,
      WHOLE,
      PERCENT,
      DECIMAL,
      WHOLE,
      DECIMAL,
      TEXT,
    ]);
    const scores = sheet.values.findIndex((row, i) => i > 4 && row[0] === 'Thôn') + 1;
    expect(sheet.formats[scores].slice(0, 5)).toEqual([TEXT, TEXT, PERCENT, '0', TEXT]);
  });

  it('bolds and shades header rows and Toàn xã lines, and points the colour rules at the status columns', () => {
    expect(sheet.weights[4].every((w) => w === 'bold')).toBe(true);
    expect(sheet.backgrounds[4][0]).toBe(HEADER_BACKGROUND);
    const commune = sheet.values.findIndex((row) => row[0] === 'Toàn xã');
    expect(sheet.backgrounds[commune][0]).toBe(COMMUNE_BACKGROUND);
    expect(sheet.weights[5][0]).toBe('normal');
    expect(sheet.status).toEqual({ row: 6, col: 12, numRows: 15, numCols: 1 });
    const scores = sheet.values.findIndex((row, i) => i > 4 && row[0] === 'Thôn') + 2;
    expect(sheet.weekReport).toEqual({ row: scores, col: 2, numRows: 3, numCols: 1 });
    expect(sheet.verdict).toEqual({ row: scores, col: 5, numRows: 3, numCols: 1 });
  });

  it('has no chart data when no village has a target', () => {
    const empty = rollupSheet(
      rollup({ ...scenarioModel(), indicators: [] }, { problems: [], rows: [] }, at(30, 3, 10, 0)),
    );
    expect(empty.chartData).toBeNull();
    expect(empty.status).toBeNull();
    expect(empty.values.some((row) => String(row[0]).includes(CHART_TITLE))).toBe(false);
  });
});

describe('amountFormat', () => {
  it('shows decimals only where a value has some at two places', () => {
    expect(amountFormat(3200)).toBe(WHOLE);
    expect(amountFormat(0.38)).toBe(DECIMAL);
    expect(amountFormat(464.516)).toBe(DECIMAL);
    expect(amountFormat(2.999)).toBe(WHOLE);
    expect(amountFormat('')).toBe(TEXT);
  });

  it('shows an amount below 0,1 with two significant digits, never as 0', () => {
    expect(amountFormat(0)).toBe(WHOLE);
    expect(amountFormat(0.08 / 47)).toBe('#,##0.####'); // 0,0017 km a day
    expect(amountFormat(0.2 * (16 / 62))).toBe('#,##0.###'); // 0,052 km planned
    expect(amountFormat(-0.004)).toBe('#,##0.####');
    expect(amountFormat(0.0958)).toBe(DECIMAL); // 0,1
    expect(amountFormat(4e-6)).toBe('#,##0.######');
    expect(amountFormat(1e-7)).toBe(WHOLE); // below a millionth: floating dust, shown as 0
  });
});
