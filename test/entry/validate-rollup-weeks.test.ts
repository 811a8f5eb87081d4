// validate + rollup through the runner on the four-week, three-tab workbook of weeks-workbook.ts: every Kiểm tra row and every
// Tổng hợp figure worked out by hand, inputs unchanged cell by cell, acceptances across runs, earlier weeks and the deadline minute.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import type { CellData, WorkbookData } from '../../local/workbook-data';
import { readWorkbook, writeWorkbook } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { BP, DS, EN, TB, VI, VI_HEADER, weeksWorkbook } from './weeks-workbook';
import { tabValues, type Cell } from './tab-values';

beforeAll(() => ensureBuilt());
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-weeks-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const OUTPUTS = ['Kiểm tra', 'Tổng hợp', 'Lịch sử', 'Nhật ký', 'NTM dấu ô'];

async function run(
  data: WorkbookData,
  step: string,
  asOf: string,
  actions = ['validate', 'rollup'],
): Promise<{ out: WorkbookData; input: WorkbookData; lines: string[] }> {
  const file = path.join(dir, step, 'so.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await writeWorkbook(data, file);
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: file,
    out: path.join(dir, step, 'out'),
    asOf,
    actions,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  expect(result.exitCode).toBe(0);
  return {
    out: (await readWorkbook(path.join(dir, step, 'out', 'so.xlsx'))).workbook,
    input: (await readWorkbook(file)).workbook,
    lines,
  };
}

/** Every input cell's value, formula and format (marks, which are formatting, left out). */
function inputs(wb: WorkbookData): unknown {
  const content = (c: CellData | null) =>
    c && (c.value !== null || c.formula)
      ? [c.value instanceof Date ? c.value.getTime() : c.value, c.formula ?? null, c.numberFormat ?? '']
      : null;
  const trimmed = (r: unknown[]) =>
    r.slice(
      0,
      r.reduce((n: number, c, i) => (c === null ? n : i + 1), 0),
    );
  return wb.sheets
    .filter((s) => !OUTPUTS.includes(s.name))
    .map((s) => [s.name, s.rows.map((r) => trimmed(r.map(content)))]);
}
/** Kiểm tra as [Tab, Dòng, Cột, Mức độ, Giá trị, Xác nhận]. */
function checks(wb: WorkbookData): Cell[][] {
  const [head, ...rows] = tabValues(wb, 'Kiểm tra');
  const at = (t: string) => head.indexOf(t);
  return rows.map((r) => ['Tab', 'Dòng', 'Cột', 'Mức độ', 'Giá trị', 'Xác nhận'].map((t) => r[at(t)] ?? ''));
}
function setCell(wb: WorkbookData, tab: string, row: number, col: number, value: string): void {
  const rows = wb.sheets.find((s) => s.name === tab)!.rows;
  rows[row - 1][col - 1] = { ...(rows[row - 1][col - 1] ?? { value: null }), value };
}
/** Types `text` into Xác nhận of the Kiểm tra row of (tab, Dòng, Cột). */
function confirm(wb: WorkbookData, tab: string, row: number, column: string, text = 'Đồng ý'): void {
  const rows = tabValues(wb, 'Kiểm tra');
  const at = (t: string) => rows[0].indexOf(t);
  const i = rows.findIndex(
    (r) => r[at('Tab')] === tab && r[at('Dòng')] === row && (r[at('Cột')] ?? '') === column,
  );
  expect(i).toBeGreaterThan(0);
  setCell(wb, 'Kiểm tra', i + 1, at('Xác nhận') + 1, text);
}

const LINE = [
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
const SCORES = ['Thôn', 'Báo cáo tuần', 'Điểm', 'Xếp hạng', 'Đánh giá'];
function block(rows: Cell[][], header: string[]): Cell[][] {
  const start = rows.findIndex((r) => header.every((h, i) => r[i] === h));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.length === 0);
  return rows.slice(start + 1, end < 0 ? undefined : end);
}
/** A line as [Thôn, Mã, Chỉ tiêu, Lũy kế, Tuần này, Tỷ lệ, Kế hoạch đến nay, Nợ tồn, Cần/ngày: seven figures rounded to 12 decimals ('' stays), Trạng thái]. */
const lineOf = (r: Cell[]) => [
  r[0],
  r[1],
  ...r.slice(4, 11).map((v) => (typeof v === 'number' ? Number(v.toFixed(12)) : v)),
  r[11],
];
const fig = (village: string, code: string, f: (number | '')[], status: string) => [
  village,
  code,
  ...f.map((v) => (v === '' ? '' : Number(v.toFixed(12)))),
  status,
];

const C = (n: number) =>
  `[${['HANG_RAO', 'DUONG_MR', 'VUON_CT', 'RAC_THAI', 'KDC_KM'][n]}] ${['Hàng rào xanh trồng mới (m)', 'Đường mở rộng (km)', 'Vườn cải tạo', 'Hộ thu gom rác (lũy kế)', 'Khu dân cư kiểu mẫu'][n]}`;
const [HANG, DUONG, VUON, RAC] = [C(0), C(1), C(2), C(3)];
const NHA = VI_HEADER[9];
const NO = 'Không thể xác nhận';

const EXPECTED_CHECKS = [
  [VI, 3, VUON, 'Lỗi', 'ba', NO],
  [VI, 3, NHA, 'Lỗi', '1,5', ''],
  [VI, 3, 'Ảnh', 'Cảnh báo', '', ''],
  [VI, 4, HANG, 'Cảnh báo', '50', ''],
  [VI, 5, 'Dấu thời gian', 'Cảnh báo', '16/03/2023 14:31:00', ''],
  [VI, 6, HANG, 'Lỗi', '3.200 m', ''],
  [VI, 6, DUONG, 'Lỗi', '0,5 km', ''],
  [VI, 6, RAC, 'Cảnh báo', '25', ''],
  [VI, 7, RAC, 'Lỗi', '=1+1', NO],
  [VI, 8, 'Ngày báo cáo', 'Lỗi', '3/16/2023', NO],
  [VI, 9, NHA, 'Lỗi', '3 cây', NO],
  [VI, 9, 'Ảnh', 'Cảnh báo', '', ''],
  [VI, 10, VUON, 'Lỗi', '-1', ''],
  [VI, 10, RAC, 'Cảnh báo', '28', ''],
  [VI, 11, 'Thôn', 'Lỗi', 'Xóm Mới', NO],
  [VI, 12, 'Ngày báo cáo', 'Lỗi', '24/03/2023', NO],
  [VI, 13, 'Ngày báo cáo', 'Lỗi', '10/03/2023', NO],
  [VI, 16, 'Dấu thời gian', 'Cảnh báo', '29/03/2023 09:00:00', ''],
  [VI, 16, HANG, 'Lỗi', '0,01', ''],
  [VI, 17, RAC, 'Cảnh báo', '65', ''],
  [EN, 2, '', 'Cảnh báo', '22/03/2023 17:00', ''],
  [EN, 3, 'Timestamp', 'Lỗi', '3/16/2023 10:00', NO],
  [EN, 4, 'Email Address', 'Cảnh báo', 'someone@else.vn', ''],
];

// T = 30/03/2023 14:30, week 30/03. Days from Bắt đầu (15/03) to T's date, both counted: e = 16.
// Spans: to 15/05 n = 62, to 31/12 n = 292. Days left from 30/03: to 15/05 47, to 31/12 277.
const e = 16;
const p62 = (t: number) => (t * e) / 62;
const p292 = (t: number) => (t * e) / 292;
const EXPECTED_LINES = [
  // TB: 200 + 1.234,5 + 65,5 (3.200 m and 0,01 over 150 %); 0,02 + 0,1 km (0,5 km over); vườn 2+3+2 | +1 (en) +1; RAC latest 25;
  // KDC Chưa → Đạt in week 30/03; cái 1+2 | +1 (en) +0.
  fig(TB, 'HANG_RAO', [1000, 1500, 65.5, 1.5, p62(1000), 0, 0], 'Hoàn thành'),
  fig(TB, 'DUONG_MR', [0.2, 0.12, 0.1, 0.6, p62(0.2), 0, 0.08 / 47], 'Đúng tiến độ'),
  fig(TB, 'VUON_CT', [10, 9, 2, 0.9, p292(10), 0, 1 / 277], 'Đúng tiến độ'),
  fig(TB, 'RAC_THAI', [100, 25, 0, 0.25, p292(100), 0, 75 / 277], 'Đúng tiến độ'),
  fig(TB, 'KDC_KM', [1, 1, 1, 1, 0, 0, ''], 'Hoàn thành'),
  fig(TB, 'NHA_VS', [5, 4, 1, 0.8, p292(5), 0, 1 / 277], 'Đúng tiến độ'),
  // BP: 100 | 300 + 100 (the en copy not again) | 0,5; 0,05 km; vườn 2 + 1 | 1 ("ba" left out); RAC 10 → 70 → 65; cái all errors.
  fig(BP, 'HANG_RAO', [600, 500.5, 0.5, 500.5 / 600, p62(600), 0, 99.5 / 47], 'Đúng tiến độ'),
  fig(BP, 'DUONG_MR', [0.1, 0.05, 0, 0.5, p62(0.1), 0, 0.05 / 47], 'Đúng tiến độ'),
  fig(BP, 'VUON_CT', [6, 4, 1, 4 / 6, p292(6), 0, 2 / 277], 'Đúng tiến độ'),
  fig(BP, 'RAC_THAI', [60, 65, 0, 65 / 60, p292(60), 0, 0], 'Hoàn thành'),
  fig(BP, 'NHA_VS', [4, 0, 0, 0, p292(4), p292(4), 4 / 277], 'Chậm tiến độ'),
  // DS: no HANG_RAO line; vườn 1 + 1 | 1 (own tab) | 1 (own tab, week 30/03), -1 left out, the 15:00 row unseen; RAC 12 → 28.
  fig(DS, 'DUONG_MR', [0.1, 0, 0, 0, p62(0.1), p62(0.1), 0.1 / 47], 'Chậm tiến độ'),
  fig(DS, 'VUON_CT', [4, 4, 1, 1, p292(4), 0, 0], 'Hoàn thành'),
  fig(DS, 'RAC_THAI', [20, 28, 0, 1.4, p292(20), 0, 0], 'Hoàn thành'),
  fig(DS, 'NHA_VS', [3, 0, 0, 0, p292(3), p292(3), 3 / 277], 'Chậm tiến độ'),
  // Toàn xã from the sums.
  fig('Toàn xã', 'HANG_RAO', [1600, 2000.5, 66, 2000.5 / 1600, p62(1600), 0, 0], 'Hoàn thành'),
  fig('Toàn xã', 'DUONG_MR', [0.4, 0.17, 0.1, 0.425, p62(0.4), 0, 0.23 / 47], 'Đúng tiến độ'),
  fig('Toàn xã', 'VUON_CT', [20, 17, 4, 0.85, p292(20), 0, 3 / 277], 'Đúng tiến độ'),
  fig('Toàn xã', 'RAC_THAI', [180, 118, 0, 118 / 180, p292(180), 0, 62 / 277], 'Đúng tiến độ'),
  fig('Toàn xã', 'KDC_KM', [1, 1, 1, 1, 0, 0, ''], 'Hoàn thành'),
  fig('Toàn xã', 'NHA_VS', [12, 4, 1, 4 / 12, p292(12), 0, 8 / 277], 'Đúng tiến độ'),
];
// Điểm: TB every term 1 (KDC has no plan yet); BP 4 terms of 1 and NHA 0 → 0,8 (not below 0,8: no verdict); DS 0, 1, 1, 0 → 0,5.
const EXPECTED_SCORES = [
  [TB, 'Đúng hạn', 1, 1, 'Biểu dương'],
  [BP, 'Đúng hạn', 0.8, 2], // a blank Đánh giá
  [DS, 'Đúng hạn', 0.5, 3, 'Nhắc nhở'],
];

it('as of Thursday 14:30: the right Kiểm tra rows, every figure by hand, inputs unchanged, one history block', async () => {
  const { out, input, lines } = await run(weeksWorkbook(), 'first', '2023-03-30T14:30');
  expect(lines[0]).toBe(
    '✔ validate: Đã kiểm tra 21 dòng báo cáo: 13 lỗi, 10 cảnh báo. Xem chi tiết ở tab Kiểm tra.',
  );
  expect(checks(out)).toEqual(EXPECTED_CHECKS);
  expect(inputs(out)).toEqual(inputs(input));
  const rollup = tabValues(out, 'Tổng hợp');
  expect(rollup[1][0]).toBe('Tuần đến 30/03/2023');
  expect(block(rollup, LINE).map(lineOf)).toEqual(EXPECTED_LINES);
  expect(block(rollup, SCORES)).toEqual(EXPECTED_SCORES);
  const history = tabValues(out, 'Lịch sử');
  expect(history.slice(1).map((r) => (r[0] as Date).getTime())).toEqual(
    new Array(21).fill((history[1][0] as Date).getTime()),
  );
  expect(history.slice(1).map((r) => lineOf(r.slice(1)))).toEqual(EXPECTED_LINES);
});

it('acceptances count and survive a rerun; a changed value loses its own; a whole row cannot be accepted', async () => {
  const first = await run(weeksWorkbook(), 'first', '2023-03-30T14:30');
  confirm(first.out, VI, 16, HANG); // 0,01 m above 150 %
  confirm(first.out, VI, 10, VUON, 'dong y'); // -1 vườn, a correction
  confirm(first.out, EN, 2, ''); // the en copy is new work after all
  confirm(first.out, VI, 3, NHA, 'ĐỒNG Ý.'); // 1,5 cái
  confirm(first.out, VI, 11, 'Thôn'); // a whole row: cannot
  const second = await run(first.out, 'second', '2023-03-30T14:30');
  const accepted = (c: Cell[]) => c[5] === 'Đồng ý';
  expect(
    checks(second.out)
      .filter(accepted)
      .map((c) => [c[0], c[1], c[2]]),
  ).toEqual([
    [VI, 3, NHA],
    [VI, 10, VUON],
    [VI, 16, HANG],
    [EN, 2, ''],
  ]);
  expect(checks(second.out).find((c) => c[1] === 11)![5]).toBe(NO);
  const lines = block(tabValues(second.out, 'Tổng hợp'), LINE).map(lineOf);
  const get = (v: string, code: string) => lines.find((l) => l[0] === v && l[1] === code)!;
  expect(get(TB, 'HANG_RAO').slice(3, 5)).toEqual([1500.01, 65.51]);
  expect(get(BP, 'HANG_RAO').slice(3, 5)).toEqual([600.5, 0.5]); // + the accepted 100 m of week 23/03
  expect(get(BP, 'VUON_CT').slice(3, 5)).toEqual([5, 1]);
  expect(get(BP, 'NHA_VS').slice(3, 5)).toEqual([1.5, 0]);
  expect(get(DS, 'VUON_CT').slice(3, 5)).toEqual([3, 1]);
  expect(block(tabValues(second.out, 'Tổng hợp'), SCORES)[1]).toEqual([BP, 'Đúng hạn', 1, 2, 'Biểu dương']);
  expect(inputs(second.out)).toEqual(inputs(second.input));

  setCell(second.out, VI, 16, 5, '0,02'); // the leader retypes: a new value, a new question for the officer
  const third = await run(second.out, 'third', '2023-03-30T14:30');
  expect(checks(third.out).find((c) => c[0] === VI && c[1] === 16 && c[2] === HANG)).toEqual([
    VI,
    16,
    HANG,
    'Lỗi',
    '0,02',
    '',
  ]);
  expect(checks(third.out).filter(accepted)).toHaveLength(3);
  expect(tabValues(third.out, 'Lịch sử')).toHaveLength(22);
});

it('an earlier week slots in before the later one, which stays as it was; rolling up again changes nothing', async () => {
  const first = await run(weeksWorkbook(), 'first', '2023-03-30T14:30');
  const earlier = await run(first.out, 'earlier', '2023-03-23T14:30', ['rollup']);
  const history = tabValues(earlier.out, 'Lịch sử');
  expect(history).toHaveLength(43);
  expect(history.slice(22)).toEqual(tabValues(first.out, 'Lịch sử').slice(1));
  // Week 23/03 (e = 9): TB 200 + 1.234,5, this week 1.234,5; BP RAC 10 → 70; DS RAC 12 → 28; TB's 0,02 km against 0,2 × 9/62.
  const lines = block(tabValues(earlier.out, 'Tổng hợp'), LINE).map(lineOf);
  const get = (v: string, code: string) => lines.find((l) => l[0] === v && l[1] === code)!;
  expect(get(TB, 'HANG_RAO').slice(3, 5)).toEqual([1434.5, 1234.5]);
  expect(get(BP, 'RAC_THAI').slice(3, 5)).toEqual([70, 60]);
  expect(get(DS, 'RAC_THAI').slice(3, 5)).toEqual([28, 16]);
  expect(get(TB, 'DUONG_MR')[9]).toBe('Chậm tiến độ');
  const tbScore = (1 + 0.02 / ((0.2 * 9) / 62) + 1 + 1 + 1) / 5;
  expect(Number((block(tabValues(earlier.out, 'Tổng hợp'), SCORES)[0][2] as number).toFixed(12))).toBe(
    Number(tbScore.toFixed(12)),
  );
  const again = await run(earlier.out, 'again', '2023-03-23T14:30', ['rollup']);
  expect(tabValues(again.out, 'Lịch sử')).toEqual(history);
  expect(tabValues(again.out, 'Tổng hợp')).toEqual(tabValues(earlier.out, 'Tổng hợp'));
});

it('one minute after the deadline the week just closed is still reported, saying so', async () => {
  const { out } = await run(weeksWorkbook(), 'closed', '2023-03-30T14:31', ['rollup']);
  const rollup = tabValues(out, 'Tổng hợp');
  expect(rollup[1][0]).toBe('Tuần đến 30/03/2023');
  expect(String(rollup[3][0])).toMatch(
    /^Hạn nộp Tuần đến 30\/03\/2023 đã qua \(30\/03\/2023 14:30\): trong 24 giờ sau hạn/,
  );
});

it('24 hours after the deadline the next week is reported: nobody has reported yet, nothing done this week', async () => {
  const { out } = await run(weeksWorkbook(), 'late', '2023-03-31T14:30', ['rollup']);
  const rollup = tabValues(out, 'Tổng hợp');
  expect(rollup[1][0]).toBe('Tuần đến 06/04/2023');
  expect(block(rollup, SCORES).map((r) => [r[0], r[1], r[4]])).toEqual([
    [TB, 'Chưa nộp', 'Nhắc nhở'],
    [BP, 'Chưa nộp', 'Nhắc nhở'],
    [DS, 'Chưa nộp', 'Nhắc nhở'],
  ]);
  expect(block(rollup, LINE).map((r) => r[6])).toEqual(new Array(21).fill(0));
});
