// Before the campaign's first week and after its last, nobody is Chưa nộp or Nhắc nhở: rollup, report and reminders say why.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import { readWorkbook, workbookToXlsx } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { BP, DS, TB, messyWorkbook } from './rollup-workbook';
import { tabValues, type Cell } from './tab-values';

beforeAll(() => ensureBuilt());

const SCORE_HEADER = ['Thôn', 'Báo cáo tuần', 'Điểm', 'Xếp hạng', 'Đánh giá'];
function reports(rows: Cell[][]): Cell[][] {
  const start = rows.findIndex((r) => SCORE_HEADER.every((h, i) => r[i] === h));
  const end = rows.findIndex((r, i) => i > start && r.length === 0);
  return rows.slice(start + 1, end).map((r) => [r[0], r[1] ?? '', r[4] ?? '']);
}

describe.each([
  [
    'before the campaign',
    '2023-03-01T09:00',
    'Tuần đến 02/03/2023',
    'Phong trào chưa bắt đầu',
    'Phong trào chưa bắt đầu (thời gian phong trào 15/03/2023–31/12/2023): chưa thôn nào phải nộp báo cáo, không có nhắc nhở.',
  ],
  [
    'after the campaign',
    '2024-01-20T09:00',
    'Tuần đến 25/01/2024',
    'Phong trào đã kết thúc',
    'Phong trào đã kết thúc (thời gian phong trào 15/03/2023–31/12/2023): không còn thôn nào phải nộp báo cáo, không có nhắc nhở.',
  ],
])('%s', (_label, asOf, week, verdict, sentence) => {
  let dir: string;
  let lines: string[];
  let rows: Cell[][];
  let page: string;
  let exitCode: number;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-outside-'));
    const input = path.join(dir, 'so-theo-doi.xlsx');
    fs.writeFileSync(input, (await workbookToXlsx(messyWorkbook())).bytes);
    lines = [];
    const out = path.join(dir, 'out');
    const result = await runWorkbook({
      workbook: input,
      asOf,
      actions: ['rollup', 'report', 'remind'],
      out,
      print: (l) => lines.push(l),
      printError: (l) => lines.push(l),
    });
    exitCode = result.exitCode;
    rows = tabValues((await readWorkbook(path.join(out, 'so-theo-doi.xlsx'))).workbook, 'Tổng hợp');
    page = fs.readFileSync(path.join(out, 'bao-cao-tuan.html'), 'utf8');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('Tổng hợp: no village Chưa nộp or Nhắc nhở; Đánh giá and the title rows say why', () => {
    expect(exitCode).toBe(0);
    expect(rows[1][0]).toBe(week);
    expect(rows[3][0]).toBe(
      `Lưu ý: ${sentence} Tuần này nằm ngoài thời gian phong trào; số liệu chỉ để tham khảo.`,
    );
    expect(reports(rows)).toEqual([
      [TB, '', verdict],
      [BP, '', verdict],
      [DS, '', verdict],
    ]);
    expect(lines[0]).toContain('0 thôn nộp đúng hạn, 0 trễ hạn, 0 chưa nộp.');
    expect(lines[0]).toContain(sentence);
  });

  it('the report lists nobody under Nhắc nhở or Chưa nộp and says the campaign has not started or has ended', () => {
    expect(page).not.toMatch(/Nhắc nhở:|Chưa nộp báo cáo:/);
    expect(page).toContain(`<p><b>${sentence}</b></p>`);
    expect(lines.find((l) => l.startsWith('✔ report:'))).toContain('nhắc nhở 0 thôn');
  });

  it('the reminders send nothing and say why', () => {
    expect(lines.find((l) => l.startsWith('✔ remind:'))).toBe(
      `✔ remind: Lúc này không có thư nhắc hạn nào cần gửi. ${sentence}`,
    );
  });
});
