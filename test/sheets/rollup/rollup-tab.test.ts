// `Tổng hợp` written against the in-memory Sheets: cleared and rebuilt, colour rules, one chart kept in place, batched calls.
import type { Instant } from '../../../src/core/types';
import type { FakeChart } from '../../../local/runtime/chart';
import type { FakeConditionalFormatRule } from '../../../local/runtime/conditional-format';
import type { Runtime } from '../../../local/runtime';
import { rollup } from '../../../src/core/rollup';
import { readModel } from '../../../src/core/model';
import { validate } from '../../../src/core/validation';
import { rollupWeek } from '../../../src/entry/rollup';
import { writeHistory } from '../../../src/sheets/history-tab';
import { CHART_TITLE, rollupSheet } from '../../../src/sheets/rollup/layout';
import { writeRollupTab } from '../../../src/sheets/rollup-tab';
import { readAllTabs } from '../../../src/sheets/tab-io';
import { at, messyWorkbook } from '../../entry/rollup-workbook';
import { removeGlobals, useRuntime } from '../ledger/with-runtime';
import { biggerWorkbook } from './bigger-workbook';

afterEach(() => removeGlobals());

const tab = (rt: Runtime) => rt.spreadsheet.getSheetByName('Tổng hợp')!;
const charts = (rt: Runtime) => tab(rt).getCharts() as unknown as FakeChart[];
const a1 = (c: FakeChart) => c.getRanges().map((r) => r.getA1Notation());

/** The rollup of the active workbook as of `asOf` (core only: no adapter involved). */
function rollupNow(asOf: Instant) {
  const { model } = readModel(readAllTabs());
  return rollup(model!, validate(model!, asOf, new Set()), asOf);
}

describe('Tổng hợp rebuilt', () => {
  it('clears what was there before, whatever it was', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    const old = rt.spreadsheet.insertSheet('Tổng hợp');
    old.getRange(300, 20).setValue('cũ');
    old.getRange(2, 1).setBackground('#ff0000');
    writeRollupTab(rollupNow(at(23, 3, 14, 30)));
    expect(old.getRange(300, 20).getValue()).toBe('');
    expect(old.getRange(2, 1).getBackground()).toBe('#ffffff');
    expect(old.getRange(2, 1).getValue()).toBe('Tuần đến 23/03/2023');
  });

  it('stores numbers unrounded and shows them the vi-VN way', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    writeRollupTab(rollupNow(at(23, 3, 14, 30)));
    const rows = tab(rt).getRange(6, 1, 5, 12);
    // Thịnh Bằng, HANG_RAO on 23/03: 200 + 150,5; plan 1000 × 9/62; per day (1000 − 350,5) / 54.
    expect(rows.getValues()[0].slice(4, 11)).toEqual([
      1000,
      350.5,
      150.5,
      350.5 / 1000,
      1000 * (9 / 62),
      0,
      649.5 / 54,
    ]);
    expect(rows.getDisplayValues()[0].slice(4, 11)).toEqual([
      '1.000',
      '350,5',
      '150,5',
      expect.stringMatching(/^35,[01]%$/),
      '145,16',
      '0',
      '12,03',
    ]);
    // Bằng Phúc, HANG_RAO: 0,15 km = 150 m of 620 m.
    expect(rows.getValues()[4].slice(0, 6)).toEqual([
      'Bằng Phúc',
      'HANG_RAO',
      'Trồng hàng rào xanh',
      'm',
      620,
      150,
    ]);
    expect(rows.getDisplayValues()[4][7]).toBe('24,2%');
  });

  it('writes names as plain text: never a formula, a number or a date', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    const r = rollupNow(at(23, 3, 14, 30));
    const rename = (v: string) => (v === 'Đông Sơn' ? '=1+2' : v === 'Bằng Phúc' ? '0012' : v);
    r.lines = r.lines.map((l) => ({ ...l, village: rename(l.village) }));
    r.scores = r.scores.map((x) => ({ ...x, village: rename(x.village) }));
    writeRollupTab(r);
    writeHistory(r);
    for (const sheet of [tab(rt), rt.spreadsheet.getSheetByName('Lịch sử')!]) {
      const range = sheet.getDataRange();
      const flat = range.getValues().flat();
      expect(flat).toContain('=1+2');
      expect(flat).toContain('0012');
      expect(
        range
          .getFormulas()
          .flat()
          .every((f) => f === ''),
      ).toBe(true);
    }
  });

  it('colours Trạng thái, Báo cáo tuần and Đánh giá by rules on exactly those cells', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    const r = rollupNow(at(23, 3, 14, 30));
    writeRollupTab(r);
    const layout = rollupSheet(r);
    const rules = tab(rt).getConditionalFormatRules() as unknown as FakeConditionalFormatRule[];
    const by = (text: string) => rules.filter((x) => x.spec.text === text);
    expect(rules).toHaveLength(8);
    expect(by('Hoàn thành')[0].spec.ranges[0].getA1Notation()).toBe(
      `L${layout.status!.row}:L${layout.status!.row + layout.status!.numRows - 1}`,
    );
    expect(by('Chậm tiến độ')[0].spec.background).toBe('#f4c7c3');
    expect(by('Trễ hạn')[0].spec.ranges[0].getA1Notation()).toBe(
      `B${layout.weekReport!.row}:B${layout.weekReport!.row + 2}`,
    );
    expect(by('Nhắc nhở')[0].spec.ranges[0].getA1Notation()).toBe(
      `E${layout.verdict!.row}:E${layout.verdict!.row + 2}`,
    );
    // Rebuilding replaces the rules; it does not pile them up.
    writeRollupTab(r);
    expect(tab(rt).getConditionalFormatRules()).toHaveLength(8);
  });
});

describe('the chart', () => {
  it('is one column chart of the chart data, kept (same chart) and re-pointed when rebuilt', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    const first = rollupNow(at(23, 3, 14, 30));
    writeRollupTab(first);
    expect(charts(rt)).toHaveLength(1);
    const id = charts(rt)[0].getChartId();
    const data = rollupSheet(first).chartData!;
    expect(a1(charts(rt)[0])).toEqual([`A${data.row}:C${data.row + 3}`]);
    expect(charts(rt)[0].spec.type).toBe('COLUMN');
    expect(charts(rt)[0].getOptions().get('title')).toBe(CHART_TITLE);

    // A week later: rebuilt, the same chart.
    writeRollupTab(rollupNow(at(30, 3, 12, 0)));
    expect(charts(rt).map((c) => c.getChartId())).toEqual([id]);
    // Three more lines push the chart data three rows down: the chart follows it.
    const wider = rollupNow(at(30, 3, 12, 0));
    wider.lines = [...wider.lines, ...wider.lines.slice(0, 3).map((l) => ({ ...l, code: `${l.code}_2` }))];
    writeRollupTab(wider);
    const moved = rollupSheet(wider);
    expect(charts(rt).map((c) => c.getChartId())).toEqual([id]);
    expect(a1(charts(rt)[0])).toEqual([`A${moved.chartData!.row}:C${moved.chartData!.row + 3}`]);
    expect(charts(rt)[0].spec.position).toMatchObject(moved.chartAnchor);
    expect(moved.chartData!.row).toBe(data.row + 3);
  });

  it('removes extra copies of its own chart and leaves the officer’s charts alone', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    const sheet = rt.spreadsheet.insertSheet('Tổng hợp');
    const mine = sheet
      .newChart()
      .setOption('title', 'Biểu đồ của cán bộ')
      .addRange(sheet.getRange('A1:B3'))
      .build();
    sheet.insertChart(mine);
    for (let i = 0; i < 2; i++)
      sheet.insertChart(
        sheet.newChart().setOption('title', CHART_TITLE).addRange(sheet.getRange('A1:A2')).build(),
      );
    writeRollupTab(rollupNow(at(23, 3, 14, 30)));
    const titles = charts(rt).map((c) => c.getOptions().get('title'));
    expect(titles.sort()).toEqual(['Biểu đồ của cán bộ', CHART_TITLE].sort());
    expect(a1(charts(rt).find((c) => c.getOptions().get('title') === 'Biểu đồ của cán bộ')!)).toEqual([
      'A1:B3',
    ]);
  });
});

describe('batched calls', () => {
  /** Sheets calls of one full rollup of `workbook`, by method. */
  function callsOf(
    workbook: ReturnType<typeof messyWorkbook>,
    asOf: Instant,
    run: 'adapters' | 'use case',
  ): Record<string, number> {
    const rt = useRuntime({ workbook });
    rollupWeek(at(23, 3, 14, 30)); // an earlier week first: Lịch sử, Tổng hợp and its chart exist
    const r = run === 'adapters' ? rollupNow(asOf) : null;
    const before = { ...rt.calls };
    if (r) {
      writeRollupTab(r);
      writeHistory(r);
    } else {
      rollupWeek(asOf);
    }
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(rt.calls))
      if (v - (before[k] ?? 0) > 0) out[k] = v - (before[k] ?? 0);
    removeGlobals();
    return out;
  }

  it('writing Tổng hợp and Lịch sử takes the same calls for 12 lines as for hundreds', () => {
    useRuntime({ workbook: biggerWorkbook(30) });
    const grown = rollupNow(at(30, 3, 12, 0));
    expect(grown.lines.length).toBe(8 + 30 * 4);
    expect(grown.lines.filter((l) => l.cumulative > 0).length).toBeGreaterThan(60);
    removeGlobals();
    const small = callsOf(messyWorkbook(), at(30, 3, 12, 0), 'adapters');
    const big = callsOf(biggerWorkbook(30), at(30, 3, 12, 0), 'adapters');
    expect(big).toEqual(small);
    expect(small['Range.setValues']).toBe(2);
    expect(small['Range.setNumberFormats']).toBe(2);
    expect(small['Range.getValues']).toBe(1);
    expect(small['Sheet.clear']).toBe(1);
  });

  it('the whole one-click rollup does not read or write more often with more rows', () => {
    const small = callsOf(messyWorkbook(), at(30, 3, 12, 0), 'use case');
    const big = callsOf(biggerWorkbook(30), at(30, 3, 12, 0), 'use case');
    for (const m of [
      'Range.getValues',
      'Range.setValues',
      'Range.setNumberFormats',
      'Range.setBackgrounds',
      'Range.getDisplayValues',
    ]) {
      expect([m, big[m] ?? 0]).toEqual([m, small[m] ?? 0]);
    }
  });
});
