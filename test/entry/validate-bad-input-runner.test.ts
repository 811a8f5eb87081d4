// Bad input through the runner on real .xlsx files: a corrected report sent again, a rejected row's other mistakes, `1,500` in metres.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import type { WorkbookData } from '../../local/workbook-data';
import { readWorkbook, writeWorkbook } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, COL, formSheet, workbook, type Answer } from '../sheets/check/harness';
import { tabValues, type Cell } from './tab-values';

const AS_OF = '2023-03-30T12:00';
const PHOTO = 'https://drive.example/anh';
let dir: string;

beforeAll(() => ensureBuilt());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bad-input-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(
  data: WorkbookData,
  step: string,
  actions = ['validate', 'rollup'],
): Promise<{ out: WorkbookData; lines: string[] }> {
  const file = path.join(dir, step, 'so.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await writeWorkbook(data, file);
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: file,
    out: path.join(dir, step, 'out'),
    asOf: AS_OF,
    actions,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  expect(result.exitCode).toBe(0);
  return { out: (await readWorkbook(path.join(dir, step, 'out', 'so.xlsx'))).workbook, lines };
}

/** Kiểm tra as records by column title. */
function checks(wb: WorkbookData): Record<string, Cell>[] {
  const [head, ...rows] = tabValues(wb, 'Kiểm tra');
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i] ?? ''])));
}

/** `Lũy kế` of a village and indicator in Tổng hợp. */
function cumulative(wb: WorkbookData, village: string, code: string): Cell {
  const rows = tabValues(wb, 'Tổng hợp');
  const head = rows.findIndex((r) => r.includes('Thôn') && r.includes('Mã') && r.includes('Lũy kế'));
  const [thon, ma, luyKe] = ['Thôn', 'Mã', 'Lũy kế'].map((t) => rows[head].indexOf(t));
  return rows.find((r) => r[thon] === village && r[ma] === code)![luyKe];
}

const answer = (ts: Date, village: string, date: string, hangRao: string, vuon = ''): Answer => [
  ts,
  'thuongbang@example.vn',
  village,
  date,
  hangRao,
  vuon,
  '',
  PHOTO,
  '',
];

it('a corrected report sent 3 minutes later is warned, naming the earlier row; both count until the officer accepts it', async () => {
  const data = workbook([
    formSheet([
      answer(at(2023, 3, 20, 8, 0), 'Thượng Bằng', '', '500'),
      answer(at(2023, 3, 20, 8, 3), 'Thượng Bằng', '', '50'),
    ]),
  ]);
  const first = await run(data, 'first');
  const warned = checks(first.out).filter((c) => String(c['Vấn đề']).startsWith('Có thể là báo cáo sửa lại'));
  expect(warned.map((c) => [c['Dòng'], c['Cột'], c['Mức độ'], c['Giá trị']])).toEqual([
    [3, 'Dấu thời gian', 'Cảnh báo', '20/03/2023 08:03:00'],
  ]);
  expect(warned[0]['Vấn đề']).toContain('dòng 2 (gửi lúc 20/03/2023 08:00)');
  expect(cumulative(first.out, 'Thượng Bằng', 'HANG_RAO')).toBe(550);

  // The officer confirms it is a correction: the later row replaces the earlier one.
  const rows = first.out.sheets.find((s) => s.name === 'Kiểm tra')!.rows;
  const confirm = rows[0].findIndex((c) => c?.value === 'Xác nhận');
  const line = rows.findIndex((r) => String(r[5]?.value ?? '').startsWith('Có thể là báo cáo sửa lại'));
  rows[line][confirm] = { value: 'Đồng ý' };
  const second = await run(first.out, 'second');
  expect(cumulative(second.out, 'Thượng Bằng', 'HANG_RAO')).toBe(50);
  expect(checks(second.out).find((c) => c['Dòng'] === 3)?.['Xác nhận']).toBe('Đồng ý');
});

it('a row left out for its date lists its other mistakes too, none of them acceptable, and nothing of it counts', async () => {
  const data = workbook([formSheet([answer(at(2023, 3, 20, 8, 0), 'Thượng Bằng', '3/16/2023', '-5', 'ba')])]);
  const { out } = await run(data, 'first');
  expect(checks(out).map((c) => [c['Dòng'], c['Cột'], c['Mức độ'], c['Giá trị'], c['Xác nhận']])).toEqual([
    [2, 'Ngày báo cáo', 'Lỗi', '3/16/2023', 'Không thể xác nhận'],
    [2, COL.hangRao, 'Lỗi', '-5', 'Không thể xác nhận'],
    [2, COL.vuon, 'Lỗi', 'ba', 'Không thể xác nhận'],
  ]);
  expect(cumulative(out, 'Thượng Bằng', 'HANG_RAO')).toBe(0);
});

it('`1,500` in metres is counted as 1,5 m with a warning asking whether 1.500 was meant', async () => {
  const data = workbook([formSheet([answer(at(2023, 3, 20, 8, 0), 'Thượng Bằng', '', '1,500')])]);
  const { out, lines } = await run(data, 'first');
  const [c] = checks(out);
  expect([c['Dòng'], c['Cột'], c['Mức độ'], c['Giá trị']]).toEqual([2, COL.hangRao, 'Cảnh báo', '1,500']);
  expect(c['Vấn đề']).toMatch(
    /được đọc là 1,5 m .*Có phải ý là 1\.500 m\? Nếu vậy hãy sửa thành 1\.500 hoặc 1500/,
  );
  expect(cumulative(out, 'Thượng Bằng', 'HANG_RAO')).toBe(1.5);
  expect(lines[0]).toContain('0 lỗi, 1 cảnh báo');
});
