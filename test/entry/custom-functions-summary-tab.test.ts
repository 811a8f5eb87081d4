// The custom functions typed over the Tổng hợp tab the runner writes for the demo: every figure they can give is the tab's
// own, to the last digit. Inputs are what an officer has in the workbook: the tab's Chỉ tiêu and Lũy kế, the Loại,
// Bắt đầu and Hạn of Chỉ tiêu (blank = the campaign's dates in Cấu hình), the as-of day and Hạn báo cáo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDemoWorkbook } from '../../local/demo/run-demo';
import { runWorkbook } from '../../local/runner/run-workbook';
import type { WorkbookData } from '../../local/workbook-data';
import { readWorkbook, workbookToXlsx } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { loadFunctions } from './custom-functions-bundle';

type Cell = string | number | boolean | Date;
const ZONE = 'Asia/Ho_Chi_Minh';
const HEADER = [
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
const col = (name: string) => HEADER.indexOf(name);

let dir: string;
let input: string;
beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-fx-tab-'));
  input = path.join(dir, 'demo.xlsx');
  fs.writeFileSync(input, (await workbookToXlsx(buildDemoWorkbook().workbook)).bytes);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function tab(wb: WorkbookData, name: string): Cell[][] {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.rows.map((row) => row.map((c) => (c?.value ?? '') as Cell));
}

/** The rollup table of Tổng hợp: from its header row down to the first blank row. */
function lineTable(rows: Cell[][]): Cell[][] {
  const start = rows.findIndex((r) => HEADER.every((h, i) => r[i] === h));
  expect(start).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > start && r.every((v) => v === ''));
  return rows.slice(start + 1, end);
}

/** Loại, Bắt đầu, Hạn of each Mã in Chỉ tiêu, blank dates filled from Cấu hình as the add-on does. */
function indicatorCells(wb: WorkbookData): Map<string, { kind: Cell; start: Cell; due: Cell }> {
  const settings = new Map(tab(wb, 'Cấu hình').map((r) => [r[0], r[1]]));
  const [head, ...rows] = tab(wb, 'Chỉ tiêu');
  const at = (name: string) => head.indexOf(name);
  return new Map(
    rows
      .filter((r) => (r[at('Mã')] ?? '') !== '')
      .map((r) => [
        String(r[at('Mã')]),
        {
          kind: r[at('Loại')],
          start: r[at('Bắt đầu')] || settings.get('Ngày bắt đầu')!,
          due: r[at('Hạn')] || settings.get('Ngày kết thúc')!,
        },
      ]),
  );
}

async function rolledUp(asOf: string): Promise<WorkbookData> {
  const out = path.join(dir, asOf.replace(/\W/g, ''));
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: input,
    asOf,
    actions: ['rollup'],
    out,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  expect([result.exitCode, lines[0]]).toEqual([0, expect.stringMatching(/^✔ rollup/)]);
  return (await readWorkbook(path.join(out, 'demo.xlsx'))).workbook;
}

describe.each([
  ['2023-04-06T14:00', '06/04/2023', '06/04/2023'],
  // After HANG_RAO's Hạn (15/05): its plan is the whole target; a week later than any report.
  ['2023-05-20T09:00', '20/05/2023', '25/05/2023'],
])(
  'npm start -- --workbook demo.xlsx --as-of %s --actions rollup, then the functions over the output',
  (asOf, asOfDay, weekDay) => {
    const fx = loadFunctions(ZONE);
    let lines: Cell[][];
    let village: Cell[][];
    let info: Map<string, { kind: Cell; start: Cell; due: Cell }>;
    let wb: WorkbookData;
    const column = (rows: Cell[][], name: string) => rows.map((r) => [r[col(name)]]);
    const pick = (rows: Cell[][], f: (i: { kind: Cell; start: Cell; due: Cell }) => Cell) =>
      rows.map((r) => [f(info.get(String(r[1]))!)]);

    beforeAll(async () => {
      wb = await rolledUp(asOf);
      lines = lineTable(tab(wb, 'Tổng hợp'));
      village = lines.filter((r) => r[0] !== 'Toàn xã');
      info = indicatorCells(wb);
    });

    it('the table has village and Toàn xã lines, yes/no criteria among them', () => {
      expect(village.length).toBeGreaterThan(20);
      expect(lines.length).toBeGreaterThan(village.length);
      expect(village.some((r) => info.get(String(r[1]))!.kind === 'Đạt/Chưa')).toBe(true);
    });

    it('NTM_PROGRESS of Lũy kế and Chỉ tiêu is Tỷ lệ on every line, Toàn xã included', () => {
      expect(fx.call('NTM_PROGRESS', column(lines, 'Lũy kế'), column(lines, 'Chỉ tiêu'))).toEqual(
        column(lines, 'Tỷ lệ'),
      );
    });

    it('NTM_PER_DAY with the Loại is Cần/ngày on every line (blank for Đạt/Chưa), Toàn xã included', () => {
      const out = fx.call(
        'NTM_PER_DAY',
        column(lines, 'Chỉ tiêu'),
        column(lines, 'Lũy kế'),
        pick(lines, (i) => i.due),
        asOfDay,
        pick(lines, (i) => i.kind),
      );
      expect(out).toEqual(column(lines, 'Cần/ngày'));
    });

    it('NTM_PLANNED and NTM_BACKLOG with the Loại are Kế hoạch đến nay and Nợ tồn on every village line', () => {
      const [target, start, due, kind] = [
        column(village, 'Chỉ tiêu'),
        pick(village, (i) => i.start),
        pick(village, (i) => i.due),
        pick(village, (i) => i.kind),
      ];
      expect(fx.call('NTM_PLANNED', target, start, due, asOfDay, kind)).toEqual(
        column(village, 'Kế hoạch đến nay'),
      );
      expect(fx.call('NTM_BACKLOG', target, column(village, 'Lũy kế'), start, due, asOfDay, kind)).toEqual(
        column(village, 'Nợ tồn'),
      );
    });

    it('NTM_NUMBER reads the targets as typed in Chỉ tiêu, and NTM_WEEK gives the week of the title', () => {
      const [head, ...rows] = tab(wb, 'Chỉ tiêu');
      const thinh = head.indexOf('Thịnh Bằng');
      const typed = rows.filter((r) => (r[thinh] ?? '') !== '').map((r) => [r[thinh]]);
      const shown = village.filter((r) => r[0] === 'Thịnh Bằng').map((r) => [r[col('Chỉ tiêu')]]);
      expect(fx.call('NTM_NUMBER', typed)).toEqual(shown);
      const deadline = String(tab(wb, 'Cấu hình').find((r) => r[0] === 'Hạn báo cáo')![1]);
      const week = fx.call('NTM_WEEK', `${asOfDay} ${asOf.slice(11)}`, deadline) as Date;
      const title = tab(wb, 'Tổng hợp')[1][0];
      expect(title).toBe(`Tuần đến ${weekDay}`);
      expect(week.toLocaleDateString('en-GB', { timeZone: ZONE })).toBe(weekDay);
    });
  },
);
