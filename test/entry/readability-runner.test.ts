// Readability through the runner: frozen headers of Tổng hợp, Kiểm tra's hidden Khóa and wrapped messages, dates as dd/MM/yyyy, no `()` for a blank ĐVT, long plans wrap.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runWorkbook } from '../../local/runner/run-workbook';
import type { WorkbookData } from '../../local/workbook-data';
import { readWorkbook, workbookToXlsx } from '../../local/xlsx';
import { dayFromYmd, instantOf } from '../../src/core/zone';
import { ensureBuilt } from '../bundle/ensure-built';
import { reportWorkbook } from './report-workbook';
import { FORM, TB, ZONE, asOfText, at } from './rollup-workbook';
import { tabValues } from './tab-values';

beforeAll(() => ensureBuilt());

const LONG_PLAN = 'Trồng-hàng-rào-xanh-'.repeat(100); // 2.000 characters, no space to break at

/** The report workbook with VUON_CT's ĐVT left blank, a 2.000-character plan, and a report day typed in Excel as a date (shown mm-dd-yy). */
function workbook(): WorkbookData {
  const wb = reportWorkbook();
  const tab = (name: string) => wb.sheets.find((s) => s.name === name)!;
  const targets = tab('Chỉ tiêu').rows;
  expect(targets[2][0]?.value).toBe('VUON_CT');
  targets[2][2] = null;
  const form = tab(FORM).rows;
  const plan = form[0].findIndex((c) => c?.value === 'Kế hoạch tuần tới');
  form[9][plan] = { value: LONG_PLAN }; // Bằng Phúc, 30/03 10:00
  const row = new Array(form[0].length).fill(null);
  row[0] = { value: new Date(at(30, 3, 9, 30)), numberFormat: 'dd/MM/yyyy HH:mm:ss' };
  row[1] = { value: 'tb@sonbang.vn' };
  row[2] = { value: TB };
  row[3] = { value: new Date(instantOf(dayFromYmd(2023, 3, 10), 0, ZONE)), numberFormat: 'mm-dd-yy' }; // before the campaign
  row[4] = { value: '10' };
  form.push(row);
  return wb;
}

describe('readability', () => {
  let dir: string;
  let lines: string[];
  let out: WorkbookData;
  let page: string;
  let outbox: { body: string; htmlBody: string }[];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-read-'));
    const input = path.join(dir, 'so-theo-doi.xlsx');
    fs.writeFileSync(input, (await workbookToXlsx(workbook())).bytes);
    lines = [];
    const result = await runWorkbook({
      workbook: input,
      asOf: asOfText(30, 3, 12, 0),
      actions: ['rollup', 'report', 'remind'],
      out: path.join(dir, 'out'),
      print: (l) => lines.push(l),
      printError: (l) => lines.push(l),
    });
    expect(result.exitCode).toBe(0);
    out = (await readWorkbook(path.join(dir, 'out', 'so-theo-doi.xlsx'))).workbook;
    page = fs.readFileSync(path.join(dir, 'out', 'bao-cao-tuan.html'), 'utf8');
    outbox = fs
      .readFileSync(path.join(dir, 'out', 'outbox.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sheet = (name: string) => out.sheets.find((s) => s.name === name)!;

  it('Tổng hợp freezes its title rows and the first table’s header', () => {
    const rows = tabValues(out, 'Tổng hợp');
    const header = rows.findIndex((r) => r[0] === 'Thôn' && r[1] === 'Mã') + 1;
    expect(header).toBe(5);
    expect(sheet('Tổng hợp').frozenRows).toBe(header);
  });

  it('Kiểm tra hides its Khóa column, and the file keeps it hidden', () => {
    const header = tabValues(out, 'Kiểm tra')[0];
    expect(sheet('Kiểm tra').hiddenColumns).toEqual([header.indexOf('Khóa') + 1]);
  });

  it('Kiểm tra wraps its long messages (Vấn đề) in the file', async () => {
    const file = new ExcelJS.Workbook();
    await file.xlsx.readFile(path.join(dir, 'out', 'so-theo-doi.xlsx'));
    const check = file.getWorksheet('Kiểm tra')!;
    const rows = tabValues(out, 'Kiểm tra');
    const col = rows[0].indexOf('Vấn đề') + 1;
    expect(rows.length).toBeGreaterThan(2);
    const wraps = rows.map((_, i) => check.getCell(i + 1, col).alignment?.wrapText ?? false);
    expect(wraps).toEqual([false, ...rows.slice(1).map(() => true)]);
    expect(check.getCell(2, col + 1).alignment?.wrapText ?? false).toBe(false);
  });

  it('Kiểm tra shows a date cell’s value as dd/MM/yyyy, never month first', () => {
    const rows = tabValues(out, 'Kiểm tra');
    const [col, value] = [rows[0].indexOf('Cột'), rows[0].indexOf('Giá trị')];
    const dated = rows.filter((r) => r[col] === 'Ngày báo cáo' && String(r[value]).includes('10'));
    expect(dated.map((r) => r[value])).toEqual(['10/03/2023']);
  });

  it('a blank ĐVT prints no () and no stray unit in the report and the reminders', () => {
    expect(page).toContain('<td>Cải tạo vườn</td><td></td>');
    expect(page).not.toMatch(/\s\(\)|\s\/ngày|nợ tồn [\d.,]+ [,)]/);
    const text = page.slice(page.indexOf('<textarea'), page.indexOf('</textarea>'));
    expect(text).toMatch(/\d+\. Cải tạo vườn: chỉ tiêu/);
    expect(outbox.length).toBeGreaterThan(0);
    for (const m of outbox) expect(m.body).not.toContain(' ()');
    expect(outbox.some((m) => /- Cải tạo vườn: chỉ tiêu/.test(m.body))).toBe(true);
  });

  it('a 2.000-character plan wraps in the report page', () => {
    expect(page).toContain(`<ul class="plans"><li>${LONG_PLAN}</li></ul>`);
    expect(page).toMatch(/ul\.plans li \{[^}]*overflow-wrap: anywhere;[^}]*\}/);
  });
});
