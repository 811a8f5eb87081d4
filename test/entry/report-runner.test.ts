// `npm start -- --actions report`: the runner saves the report page as DIR/bao-cao-tuan.html next to the .xlsx; the input is untouched.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import { pagesToSave } from '../../local/runner/saved-pages';
import { readWorkbook, workbookToXlsx } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { reportWorkbook } from './report-workbook';
import { asOfText } from './rollup-workbook';

beforeAll(() => ensureBuilt());

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the runner with the report action', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-report-'));
    input = path.join(dir, 'so-theo-doi.xlsx');
    fs.writeFileSync(input, (await workbookToXlsx(reportWorkbook())).bytes);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(actions: string[], out: string) {
    const lines: string[] = [];
    const result = await runWorkbook({
      workbook: input,
      asOf: asOfText(30, 3, 12, 0),
      actions,
      out: path.join(dir, out),
      print: (l) => lines.push(l),
      printError: (l) => lines.push(l),
    });
    return { result, lines };
  }

  it('writes DIR/bao-cao-tuan.html, the page the dialog showed, and leaves the input as it was', async () => {
    const hash = sha(input);
    const { mtimeMs } = fs.statSync(input);
    const { result, lines } = await run(['report'], 'out');
    expect(result.exitCode).toBe(0);
    const page = path.join(dir, 'out', 'bao-cao-tuan.html');
    expect(result.written).toEqual([
      path.join(dir, 'out', 'so-theo-doi.xlsx'),
      path.join(dir, 'out', 'outbox.jsonl'),
      page,
      path.join(dir, 'out', 'bao-cao-tuan.pdf'),
    ]);
    expect(lines[0]).toMatch(
      /^✔ report: Đã lập báo cáo Tuần đến 30\/03\/2023 \(số liệu đến 30\/03\/2023 12:00\): 3\/4 thôn đã nộp; chưa nộp: Tân <b>Sơn<\/b>;/,
    );
    expect(lines).toContain(`Đã ghi ${page} (mở bằng trình duyệt để xem, in hoặc lưu PDF).`);
    const html = fs.readFileSync(page, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(
      '<b>Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày 24/03/2023 đến ngày 30/03/2023 và kế hoạch tuần tới</b>',
    );
    expect(html).toContain('<p><b>Chưa nộp báo cáo:</b> Tân &lt;b&gt;Sơn&lt;/b&gt;.</p>');
    expect(html).toContain('onclick="window.print()"');
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual([
      'bao-cao-tuan.html',
      'bao-cao-tuan.pdf',
      'outbox.jsonl',
      'so-theo-doi.xlsx',
    ]);
    expect(sha(input)).toBe(hash);
    expect(fs.statSync(input).mtimeMs).toBe(mtimeMs);
  });

  it('writes back a workbook whose tabs the report did not rewrite (no Tổng hợp, no Kiểm tra)', async () => {
    await run(['report'], 'out2');
    const out = (await readWorkbook(path.join(dir, 'out2', 'so-theo-doi.xlsx'))).workbook;
    const names = out.sheets.map((s) => s.name);
    expect(names).not.toContain('Tổng hợp');
    expect(names).not.toContain('Kiểm tra');
    expect(names).toContain('Nhật ký');
  });

  it('writes no page for actions that show none', async () => {
    const { result } = await run(['validate'], 'out3');
    expect(result.exitCode).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out3')).sort()).toEqual(['outbox.jsonl', 'so-theo-doi.xlsx']);
  });

  it('writes nothing at all when an action fails', async () => {
    const broken = path.join(dir, 'thieu-tab.xlsx');
    const wb = reportWorkbook();
    wb.sheets = wb.sheets.filter((s) => s.name !== 'Chỉ tiêu');
    fs.writeFileSync(broken, (await workbookToXlsx(wb)).bytes);
    const lines: string[] = [];
    const result = await runWorkbook({
      workbook: broken,
      asOf: asOfText(30, 3, 12, 0),
      actions: ['report'],
      out: path.join(dir, 'out4'),
      print: (l) => lines.push(l),
      printError: (l) => lines.push(l),
    });
    expect(result.exitCode).toBe(1);
    expect(result.written).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'out4'))).toBe(false);
  });
});

describe('pagesToSave', () => {
  const page = (name: string, body = '') => ({
    html: `<!DOCTYPE html><html data-ntm-save-as="${name}"><head></head><body>${body}</body></html>`,
  });

  it('keeps pages that name a plain .html file, the later of two with the same name', () => {
    expect(
      pagesToSave([
        page('bao-cao-tuan.html', 'cũ'),
        { html: '<p>hướng dẫn</p>' },
        page('bao-cao-tuan.html', 'mới'),
      ]),
    ).toEqual([{ file: 'bao-cao-tuan.html', html: page('bao-cao-tuan.html', 'mới').html }]);
  });

  it('never takes a name with a folder, a leading dot or another extension', () => {
    expect(
      pagesToSave([
        page('../x.html'),
        page('/tmp/x.html'),
        page('a/b.html'),
        page('.x.html'),
        page('x.js'),
        page(''),
      ]),
    ).toEqual([]);
  });
});
