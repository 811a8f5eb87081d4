// `npm start -- --actions send-report --in-place`: the week's report goes once as a PDF (outbox.jsonl names it), a second run sends nothing, --resend sends it again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../local/runner/cli';
import { readWorkbook, workbookToXlsx } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';
import { reportWorkbook } from '../../entry/report-workbook';
import { asOfText } from '../../entry/rollup-workbook';
import { tabValues } from '../../entry/tab-values';

let dir: string;
let input: string;
let lines: string[];

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-send-report-'));
  input = path.join(dir, 'so-theo-doi.xlsx');
  fs.writeFileSync(input, (await workbookToXlsx(reportWorkbook())).bytes);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = async (...extra: string[]) => {
  lines = [];
  const args = ['--workbook', input, '--as-of', asOfText(30, 3, 12, 0), '--actions', 'send-report'];
  return runCli([...args, '--in-place', ...extra], {
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
};
const outbox = () =>
  fs
    .readFileSync(path.join(dir, 'outbox.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const reportRows = async () =>
  tabValues((await readWorkbook(input)).workbook, 'Nhắc hạn').filter((r) => r[4] === 'Báo cáo tuần');

describe('the runner’s send-report, run again on its own output', () => {
  it('sends the week’s report once, with its PDF named in outbox.jsonl', async () => {
    expect(await cli()).toBe(0);
    expect(lines[0]).toMatch(
      /^✔ send-report: Đã gửi báo cáo tuần đến 30\/03\/2023 kèm tệp bao-cao-tuan-30-03-2023\.pdf tới canbo@sonbang\.vn\./,
    );
    const sent = outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toBe('canbo@sonbang.vn');
    const [pdf] = sent[0].attachments as { name: string; contentType: string; size: number }[];
    expect(pdf).toEqual({
      name: 'bao-cao-tuan-30-03-2023.pdf',
      contentType: 'application/pdf',
      size: expect.any(Number),
    });
    expect(pdf.size).toBeGreaterThan(10_000);
    expect((await reportRows()).map((r) => r[5])).toEqual(['Đang gửi', 'Đã gửi']);
  }, 120_000);

  it('a second run sends nothing and says when it went and how to send it again', async () => {
    expect(await cli()).toBe(0);
    expect(outbox()).toEqual([]);
    expect(lines[0]).toBe(
      '✔ send-report: Báo cáo tuần đến 30/03/2023 đã gửi lúc 30/03/2023 12:00. Không gửi lại. ' +
        'Muốn gửi lại: bấm lại NTM › Gửi báo cáo tuần và chọn Có (runner: thêm --resend).',
    );
    expect(await reportRows()).toHaveLength(2);
  }, 120_000);

  it('--resend sends it again, on purpose', async () => {
    expect(await cli('--resend')).toBe(0);
    expect(outbox()).toHaveLength(1);
    expect(lines[0]).toMatch(/^✔ send-report: Đã gửi báo cáo tuần đến 30\/03\/2023 \(gửi lại\)/);
    expect((await reportRows()).map((r) => r[5])).toEqual(['Đang gửi', 'Đã gửi', 'Đang gửi', 'Đã gửi']);
  }, 120_000);
});
