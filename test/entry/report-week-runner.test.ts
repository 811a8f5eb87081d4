// Which week the runner's rollup and report cover: within 24 h after a deadline the week just closed (saying so), or `--week`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../local/runner/cli';
import { runWorkbook } from '../../local/runner/run-workbook';
import { readWorkbook, workbookToXlsx } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { BP, DS, TB, asOfText, messyWorkbook } from './rollup-workbook';
import { tabValues, type Cell } from './tab-values';

beforeAll(() => ensureBuilt());

const SCORE_HEADER = ['Thôn', 'Báo cáo tuần', 'Điểm', 'Xếp hạng', 'Đánh giá'];
/** Thôn, Báo cáo tuần and Đánh giá of the second table. */
function reports(rows: Cell[][]): Cell[][] {
  const start = rows.findIndex((r) => SCORE_HEADER.every((h, i) => r[i] === h));
  const end = rows.findIndex((r, i) => i > start && r.length === 0);
  return rows.slice(start + 1, end).map((r) => [r[0], r[1], r[4] ?? '']);
}

describe('the runner’s week', () => {
  let dir: string;
  let input: string;
  let n = 0;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-week-'));
    input = path.join(dir, 'so-theo-doi.xlsx');
    fs.writeFileSync(input, (await workbookToXlsx(messyWorkbook())).bytes);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(asOf: string, week?: string) {
    const out = path.join(dir, `out${++n}`);
    const lines: string[] = [];
    const result = await runWorkbook({
      workbook: input,
      asOf,
      week,
      actions: ['rollup', 'report'],
      out,
      print: (l) => lines.push(l),
      printError: (l) => lines.push(l),
    });
    const wb =
      result.exitCode === 0 ? (await readWorkbook(path.join(out, 'so-theo-doi.xlsx'))).workbook : null;
    const page = result.exitCode === 0 ? fs.readFileSync(path.join(out, 'bao-cao-tuan.html'), 'utf8') : '';
    return { result, lines, rows: wb ? tabValues(wb, 'Tổng hợp') : [], page, out };
  }

  it('at 15:00 on the deadline Thursday covers the week just closed, late rows Trễ hạn, and says so', async () => {
    const { result, lines, rows, page } = await run(asOfText(23, 3, 15, 0));
    expect(result.exitCode).toBe(0);
    const note =
      'Hạn nộp Tuần đến 23/03/2023 đã qua (23/03/2023 14:30): trong 24 giờ sau hạn, số liệu là của tuần vừa hết hạn, ' +
      'tính như vào ngày hạn nộp; thôn nộp sau hạn ghi Trễ hạn. Từ 24/03/2023 14:30 sẽ tổng hợp tuần mới.';
    expect(rows.slice(0, 4).map((r) => r[0])).toEqual([
      'Báo cáo tiến độ xây dựng nông thôn mới — xã Sơn Bằng',
      'Tuần đến 23/03/2023',
      'Số liệu tính đến 23/03/2023 15:00 · hạn nộp báo cáo tuần: 23/03/2023 14:30',
      note,
    ]);
    // Bằng Phúc's report of 23/03 came at 14:31: late, not "Chưa nộp" of a week that has barely begun.
    expect(reports(rows)).toEqual([
      [TB, 'Đúng hạn', 'Biểu dương'],
      [BP, 'Trễ hạn', ''],
      [DS, 'Đúng hạn', 'Biểu dương'],
    ]);
    expect(lines[0]).toBe(
      `✔ rollup: Đã tổng hợp Tuần đến 23/03/2023 (số liệu đến 23/03/2023 15:00): 2 thôn nộp đúng hạn, 1 trễ hạn, 0 chưa nộp. Tab Kiểm tra có 1 lỗi và 0 cảnh báo cần xem. ${note}`,
    );
    expect(lines.find((l) => l.startsWith('✔ report:'))).toMatch(
      /^✔ report: Đã lập báo cáo Tuần đến 23\/03\/2023 .*: 3\/3 thôn đã nộp \(1 trễ hạn\);/,
    );
    expect(page).toContain(
      '<b>Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày 17/03/2023 đến ngày 23/03/2023 và kế hoạch tuần tới</b>',
    );
    expect(page).toContain(note);
    expect(page).toContain('<p><b>Nộp trễ hạn:</b> Bằng Phúc.</p>');
  });

  it('from 24 hours after the deadline covers the new week', async () => {
    const { rows, lines } = await run(asOfText(24, 3, 14, 30));
    expect(rows[1][0]).toBe('Tuần đến 30/03/2023');
    expect(rows[3]).toEqual([]);
    expect(lines[0]).toMatch(
      /^✔ rollup: Đã tổng hợp Tuần đến 30\/03\/2023 \(số liệu đến 24\/03\/2023 14:30\): 0 thôn nộp đúng hạn, 0 trễ hạn, 3 chưa nộp\./,
    );
  });

  it('--week previous covers the week closed last, with every report received by the as-of time', async () => {
    const { rows, page } = await run(asOfText(30, 3, 12, 0), 'previous');
    expect(rows[1][0]).toBe('Tuần đến 23/03/2023');
    expect(rows[3][0]).toBe(
      'Tuần đến 23/03/2023 đã hết hạn (23/03/2023 14:30): số liệu tính như vào ngày hạn nộp, gồm cả báo cáo nộp sau hạn (ghi Trễ hạn) đến 30/03/2023 12:00.',
    );
    expect(reports(rows).map((r) => r[1])).toEqual(['Đúng hạn', 'Trễ hạn', 'Đúng hạn']);
    expect(page).toContain('đến ngày 23/03/2023 và kế hoạch tuần tới</b>');
  });

  it('--week dd/MM/yyyy covers that week', async () => {
    const { rows } = await run(asOfText(6, 4, 10, 0), '16/03/2023');
    expect(rows[1][0]).toBe('Tuần đến 16/03/2023');
    // Week 16/03 as of its deadline day: Đông Sơn sent nothing in it.
    expect(reports(rows).map((r) => r.slice(0, 2))).toEqual([
      [TB, 'Đúng hạn'],
      [BP, 'Đúng hạn'],
      [DS, 'Chưa nộp'],
    ]);
  });

  it('refuses a day that is not a deadline day, naming the nearest deadlines, and writes nothing', async () => {
    const { result, lines, out } = await run(asOfText(30, 3, 12, 0), '22/03/2023');
    expect(result.exitCode).toBe(1);
    expect(lines.join('\n')).toContain(
      'Ngày 22/03/2023 không phải ngày hạn nộp báo cáo (Thứ 5 14:30, tab Cấu hình): hạn gần nhất là 16/03/2023 và 23/03/2023.',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 for a malformed --week', async () => {
    const errors: string[] = [];
    const code = await runCli(['--workbook', input, '--week', '2023-03-23', '--out', path.join(dir, 'bad')], {
      print: () => undefined,
      printError: (l) => errors.push(l),
    });
    expect(code).toBe(2);
    expect(errors).toEqual([
      '--week "2023-03-23" không đúng dạng: hãy ghi previous (tuần vừa hết hạn) hoặc ngày hạn nộp dd/MM/yyyy, ví dụ --week 16/03/2023.',
    ]);
  });
});
