// The one-click rollup through dist/Code.js on a messy three-week workbook: every figure worked out by hand below.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import { loadBundle } from '../../local/runner/bundle';
import { createRuntime } from '../../local/runtime';
import type { WorkbookData } from '../../local/workbook-data';
import { readWorkbook, workbookToXlsx } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { BP, DS, TB, ZONE, asOfText, at, messyWorkbook } from './rollup-workbook';
import { tabValues, type Cell } from './tab-values';

beforeAll(() => ensureBuilt());

/** The rows of the block whose header row starts with `first`, down to the next blank row. */
function block(rows: Cell[][], header: string[]): Cell[][] {
  const start = rows.findIndex((r) => header.every((h, i) => r[i] === h));
  if (start < 0) throw new Error(`no block ${header.join(' | ')}`);
  const end = rows.findIndex((r, i) => i > start && r.length === 0);
  return rows.slice(start + 1, end < 0 ? undefined : end);
}
const LINE_HEADER = [
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
];
const SCORE_HEADER = ['Thôn', 'Báo cáo tuần', 'Điểm', 'Xếp hạng', 'Đánh giá'];

/** Compares a line (Thôn, Mã, then the eight figures and the status), numbers to 12 decimals. */
function expectLine(
  actual: Cell[],
  village: string,
  code: string,
  figures: (number | '')[],
  status: string,
): void {
  expect([actual[0], actual[1], actual[11]]).toEqual([village, code, status]);
  figures.forEach((f, i) => {
    const got = actual[4 + i];
    if (f === '') expect([code, LINE_HEADER[4 + i], got]).toEqual([code, LINE_HEADER[4 + i], '']);
    else
      expect([code, LINE_HEADER[4 + i], Number((got as number).toFixed(12))]).toEqual([
        code,
        LINE_HEADER[4 + i],
        Number(f.toFixed(12)),
      ]);
  });
}

// Days counted from Bắt đầu to T's date, both included: 15/03..30/03 = 16; 15/03..23/03 = 9.
// Spans: HANG_RAO 15/03..15/05 = 62 days; the others 15/03..31/12 = 292 days.
// Days left from T's date to Hạn: 30/03..15/05 = 47; 30/03..31/12 = 277; 23/03..15/05 = 54; 23/03..31/12 = 284.

describe('npm start -- --workbook … --as-of 2023-03-30T12:00 --actions rollup', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-rollup-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a Tổng hợp whose every figure matches the hand count', async () => {
    const input = path.join(dir, 'so-theo-doi.xlsx');
    fs.writeFileSync(input, (await workbookToXlsx(messyWorkbook())).bytes);
    const lines: string[] = [];
    const result = await runWorkbook({
      workbook: input,
      asOf: asOfText(30, 3, 12, 0),
      actions: ['rollup'],
      out: path.join(dir, 'out'),
      print: (l) => lines.push(l),
      printError: (l) => lines.push(l),
    });
    expect(result.exitCode).toBe(0);
    expect(lines[0]).toMatch(
      /^✔ rollup: Đã tổng hợp Tuần đến 30\/03\/2023 \(số liệu đến 30\/03\/2023 12:00\): 3 thôn nộp đúng hạn, 0 trễ hạn, 0 chưa nộp\./,
    );
    const out = (await readWorkbook(path.join(dir, 'out', 'so-theo-doi.xlsx'))).workbook;
    const rows = tabValues(out, 'Tổng hợp');
    expect(rows.slice(0, 3).map((r) => r[0])).toEqual([
      'Báo cáo tiến độ xây dựng nông thôn mới — xã Sơn Bằng',
      'Tuần đến 30/03/2023',
      'Số liệu tính đến 30/03/2023 12:00 · hạn nộp báo cáo tuần: 30/03/2023 14:30',
    ]);
    const t = block(rows, LINE_HEADER);
    expect(t.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      `${TB} HANG_RAO`,
      `${TB} VUON_CT`,
      `${TB} KDC_KM`,
      `${TB} NUOC_THAI_HT`,
      `${BP} HANG_RAO`,
      `${BP} VUON_CT`,
      `${BP} NUOC_THAI_HT`,
      `${DS} VUON_CT`,
      'Toàn xã HANG_RAO',
      'Toàn xã VUON_CT',
      'Toàn xã KDC_KM',
      'Toàn xã NUOC_THAI_HT',
    ]);
    //                        Chỉ tiêu, Lũy kế, Tuần này, Tỷ lệ, Kế hoạch đến nay, Nợ tồn, Cần/ngày
    // TB: 200 + 150,5 (3.200 is over 150 % of 1.000: left out; the resent copy is not added again).
    expectLine(
      t[0],
      TB,
      'HANG_RAO',
      [1000, 350.5, 0, 0.3505, 1000 * (16 / 62), 0, 649.5 / 47],
      'Đúng tiến độ',
    );
    // TB running total 2 → 5 → 4 (a lower value is a warning and counts): this week max(0, 4 − 5).
    expectLine(t[1], TB, 'VUON_CT', [10, 4, 0, 0.4, 10 * (16 / 292), 0, 6 / 277], 'Đúng tiến độ');
    expectLine(t[2], TB, 'KDC_KM', [1, 1, 1, 1, 0, 0, ''], 'Hoàn thành');
    expectLine(t[3], TB, 'NUOC_THAI_HT', [5, 3, 2, 0.6, 5 * (16 / 292), 0, 2 / 277], 'Đúng tiến độ');
    // BP: 0,15 km = 150 m, the late 300 m of 23/03, 20 m this week; "ba" vườn is not a number.
    expectLine(t[4], BP, 'HANG_RAO', [620, 470, 20, 470 / 620, 160, 0, 150 / 47], 'Đúng tiến độ');
    expectLine(t[5], BP, 'VUON_CT', [5, 1, 0, 0.2, 5 * (16 / 292), 0, 4 / 277], 'Đúng tiến độ');
    expectLine(t[6], BP, 'NUOC_THAI_HT', [3, 3, 2, 1, 3 * (16 / 292), 0, 0], 'Hoàn thành');
    // ĐS: 3 then 4 (sent from an address not its own: a warning, counted); its 50 m has no target; 5 comes after 12:00.
    expectLine(t[7], DS, 'VUON_CT', [8, 4, 1, 0.5, 8 * (16 / 292), 0, 4 / 277], 'Đúng tiến độ');
    expectLine(
      t[8],
      'Toàn xã',
      'HANG_RAO',
      [1620, 820.5, 20, 820.5 / 1620, 1000 * (16 / 62) + 160, 0, 799.5 / 47],
      'Đúng tiến độ',
    );
    expectLine(t[9], 'Toàn xã', 'VUON_CT', [23, 9, 1, 9 / 23, 23 * (16 / 292), 0, 14 / 277], 'Đúng tiến độ');
    expectLine(t[10], 'Toàn xã', 'KDC_KM', [1, 1, 1, 1, 0, 0, ''], 'Hoàn thành');
    expectLine(t[11], 'Toàn xã', 'NUOC_THAI_HT', [8, 6, 4, 0.75, 8 * (16 / 292), 0, 2 / 277], 'Đúng tiến độ');

    // Every village is on plan (Điểm 1) and reported on time; ties go to the mean of min(1, Tỷ lệ):
    // BP (470/620 + 0,2 + 1)/3 = 0,653 > TB (0,3505 + 0,4 + 1 + 0,6)/4 = 0,588 > ĐS 0,5.
    expect(block(rows, SCORE_HEADER)).toEqual([
      [TB, 'Đúng hạn', 1, 2, 'Biểu dương'],
      [BP, 'Đúng hạn', 1, 1, 'Biểu dương'],
      [DS, 'Đúng hạn', 1, 3, 'Biểu dương'],
    ]);
    // NQ 44: households that built the 3-bi system × 1.000.000 đồng.
    expect(block(rows, ['Thôn', 'Hộ đủ điều kiện'])).toEqual([
      [TB, 5, 3, 3_000_000],
      [BP, 3, 3, 3_000_000],
      ['Toàn xã', 8, 6, 6_000_000],
    ]);
    expect(tabValues(out, 'Lịch sử')).toHaveLength(13);
  });
});

/**
 * One workbook in one in-memory runtime, with the bundle loaded once and a clock the test moves:
 * like one spreadsheet used week after week (its chart objects stay, as in Sheets).
 */
function office(workbook: WorkbookData) {
  let clock = 0;
  const runtime = createRuntime({ workbook, timeZone: ZONE, now: () => clock });
  const bundle = loadBundle(runtime.globals, () => clock);
  const actions = bundle.api.actions;
  return {
    runtime,
    /** Calls the action's (or a menu's) top-level function as of `asOf`; returns a snapshot of the workbook after it. */
    run(asOf: number, fn: { action: string } | { menu: string }) {
      clock = asOf;
      const name = 'action' in fn ? actions[fn.action] : fn.menu;
      const outcome = bundle.call(name) as { ok: boolean; summary: string };
      expect(outcome.ok).toBe(true);
      return { workbook: runtime.dump(), summary: outcome.summary, runtime };
    },
  };
}

const weekRows = (wb: WorkbookData, day: string) =>
  tabValues(wb, 'Lịch sử').filter(
    (r) => r[0] instanceof Date && new Intl.DateTimeFormat('en-GB', { timeZone: ZONE }).format(r[0]) === day,
  );

describe('rolling up again', () => {
  const T1 = at(23, 3, 14, 30);
  const T2 = at(30, 3, 12, 0);
  const o = office(messyWorkbook());
  const first = o.run(T1, { action: 'rollup' });
  const second = o.run(T2, { action: 'rollup' });
  const twice = o.run(T2, { action: 'rollup' });

  it('keeps one block per week, the newer week after the older', () => {
    expect(tabValues(first.workbook, 'Lịch sử')).toHaveLength(1 + 12);
    expect(tabValues(second.workbook, 'Lịch sử')).toHaveLength(1 + 24);
    expect(weekRows(second.workbook, '23/03/2023')).toEqual(tabValues(first.workbook, 'Lịch sử').slice(1));
    expect(weekRows(second.workbook, '30/03/2023')).toEqual(tabValues(second.workbook, 'Lịch sử').slice(13));
  });

  it('gives identical output twice and one set of history rows', () => {
    const sheetOf = (wb: WorkbookData, name: string) => wb.sheets.find((s) => s.name === name);
    expect(sheetOf(twice.workbook, 'Tổng hợp')).toEqual(sheetOf(second.workbook, 'Tổng hợp'));
    expect(sheetOf(twice.workbook, 'Lịch sử')).toEqual(sheetOf(second.workbook, 'Lịch sử'));
    expect(sheetOf(twice.workbook, 'Tổng hợp')!.charts).toBe(1);
    expect(twice.summary).toBe(second.summary);
  });

  it('reproduces an earlier week, rolled up as of its own time, and leaves the later week alone', () => {
    const back = o.run(T1, { action: 'rollup' });
    expect(tabValues(back.workbook, 'Tổng hợp')).toEqual(tabValues(first.workbook, 'Tổng hợp'));
    expect(weekRows(back.workbook, '23/03/2023')).toEqual(weekRows(first.workbook, '23/03/2023'));
    expect(weekRows(back.workbook, '30/03/2023')).toEqual(weekRows(second.workbook, '30/03/2023'));
    expect(tabValues(back.workbook, 'Lịch sử')).toHaveLength(1 + 24);
  });

  it('as of 23/03 14:30 sees Bằng Phúc’s 14:31 report nowhere: Chưa nộp', () => {
    const rows = tabValues(first.workbook, 'Tổng hợp');
    expect(block(rows, SCORE_HEADER)).toEqual([
      [TB, 'Đúng hạn', 1, 2, 'Biểu dương'],
      [BP, 'Chưa nộp', 2 / 3, 3, 'Nhắc nhở'],
      [DS, 'Đúng hạn', 1, 1, 'Biểu dương'],
    ]);
    expectLine(
      block(rows, LINE_HEADER)[4],
      BP,
      'HANG_RAO',
      [620, 150, 0, 150 / 620, 90, 0, 470 / 54],
      'Đúng tiến độ',
    );
  });
});

describe('Tổng hợp tuần trước', () => {
  const T2 = at(30, 3, 12, 0);
  const o = office(messyWorkbook());
  o.run(at(23, 3, 14, 30), { action: 'rollup' });
  const before = o.run(T2, { action: 'rollup' });
  const previous = o.run(T2, { menu: 'menuRollupPreviousWeek' });
  const rows = tabValues(previous.workbook, 'Tổng hợp');

  it('rolls up week 23/03 as of now: the late report counts and shows as Trễ hạn', () => {
    expect(rows[1][0]).toBe('Tuần đến 23/03/2023');
    expect(rows[2][0]).toBe('Số liệu tính đến 30/03/2023 12:00 · hạn nộp báo cáo tuần: 23/03/2023 14:30');
    // Planned to 23/03 (9 of 62 days): 620 × 9/62 = 90 m; 150 + 300 m done, 300 of it in the week.
    expectLine(
      block(rows, LINE_HEADER)[4],
      BP,
      'HANG_RAO',
      [620, 450, 300, 450 / 620, 90, 0, 170 / 54],
      'Đúng tiến độ',
    );
    expectLine(
      block(rows, LINE_HEADER)[5],
      BP,
      'VUON_CT',
      [5, 1, 1, 0.2, 5 * (9 / 292), 0, 4 / 284],
      'Đúng tiến độ',
    );
    // Ties on Điểm 1: BP (450/620 + 0,2 + 1/3)/3 = 0,420 > ĐS 0,375 > TB (0,3505 + 0,5 + 0 + 0,2)/4 = 0,263.
    // BP is on plan but late: neither praised nor reminded.
    expect(block(rows, SCORE_HEADER)).toEqual([
      [TB, 'Đúng hạn', 1, 3, 'Biểu dương'],
      [BP, 'Trễ hạn', 1, 1], // Đánh giá blank
      [DS, 'Đúng hạn', 1, 2, 'Biểu dương'],
    ]);
    expect(previous.summary).toMatch(
      /^Đã tổng hợp Tuần đến 23\/03\/2023 \(số liệu đến 30\/03\/2023 12:00\): 2 thôn nộp đúng hạn, 1 trễ hạn, 0 chưa nộp\./,
    );
  });

  it('replaces week 23/03 in Lịch sử with these figures and leaves week 30/03 as it was', () => {
    const week23 = weekRows(previous.workbook, '23/03/2023');
    expect(week23).toHaveLength(12);
    expect(week23[4].slice(1, 8)).toEqual([BP, 'HANG_RAO', 'Trồng hàng rào xanh', 'm', 620, 450, 300]);
    expect(weekRows(previous.workbook, '30/03/2023')).toEqual(weekRows(before.workbook, '30/03/2023'));
  });

  it('logs to Nhật ký, shows a toast and opens Tổng hợp', () => {
    const log = tabValues(previous.workbook, 'Nhật ký');
    expect(log[log.length - 1].slice(2)).toEqual(['Tổng hợp tuần trước', previous.summary]);
    expect(previous.runtime.ui.toasts[previous.runtime.ui.toasts.length - 1]).toContain(previous.summary);
    expect(previous.runtime.spreadsheet.getActiveSheet().getName()).toBe('Tổng hợp');
  });
});
