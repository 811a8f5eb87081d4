// The monthly report the demo writes (docs/report.md "Monthly report"), in headless Chromium: its sections, vi-VN figures, no console error, A4 print with no table cut, the PDF beside it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDemo } from '../../local/demo/run-demo';
import type { OpenBrowser } from '../../local/browser/chromium';
import { ensureBuilt } from '../bundle/ensure-built';
import { launchChromium, screenshot, watchedPage } from './chromium';
import { isPdf, pdfPageCount } from './pdf-pages';
import { overflowing, PAGE_WIDTH, type Overflow } from './measure';

/** Printable width of A4 with the report's @page margins (20 mm left, 15 mm right), in CSS px. */
const A4_PRINT_WIDTH = Math.floor(((210 - 35) / 25.4) * 96);
/** A figure written the vi-VN way: 3.200 ; 0,38 ; 44,1% (or a word such as Đạt). */
const VI_NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?%?$/;

let dir: string;
let html: string;
let browser: OpenBrowser;

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-month-browser-'));
  const code = await runDemo({ outDir: dir, print: () => undefined, printError: () => undefined });
  expect(code).toBe(0);
  html = fs.readFileSync(path.join(dir, 'bao-cao-thang.html'), 'utf8');
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the monthly report in Chromium', () => {
  it('shows the heading, the three sections, a table per village and vi-VN figures, with no console error', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.textContent('h1')).toBe('BÁO CÁO THÁNG');
    expect(await page.textContent('p.subject')).toBe(
      'Kết quả thực hiện phong trào xây dựng nông thôn mới tháng 04/2023 (từ ngày 01/04/2023 đến ngày 30/04/2023)',
    );
    expect(await page.locator('h2').allTextContents()).toEqual([
      'I. KẾT QUẢ THỰC HIỆN TRONG THÁNG',
      'II. THI ĐUA GIỮA CÁC THÔN TRONG THÁNG',
      'III. KẾT QUẢ CỦA TỪNG THÔN',
    ]);
    expect(await page.locator('h3').count()).toBe(5);
    const heads = await page.locator('table:not(.head)').first().locator('th').allTextContents();
    expect(heads).toEqual([
      'TT',
      'Nội dung',
      'ĐVT',
      'Chỉ tiêu',
      'Lũy kế',
      'Trong tháng',
      'Tỷ lệ',
      'Kế hoạch đến 06/04/2023',
      'Nợ tồn',
      'Trạng thái',
    ]);
    const sign = await page.locator('table.sign td').nth(1).innerText();
    expect(sign.split('\n').filter(Boolean)).toEqual(['TRƯỞNG BAN', 'Nguyễn Văn An']);
    const figures = (await page.locator('td.num').allTextContents())
      .map((t) => t.trim())
      .filter((t) => /\d/.test(t));
    expect(figures.length).toBeGreaterThan(40);
    expect(figures.filter((t) => !VI_NUMBER.test(t) && !/ thôn/.test(t))).toEqual([]);
    expect(figures).toContain('3.200');
    await screenshot(page, 'report-month-screen');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints on A4: the toolbar hidden, no table wider than the printable width', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1123 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.evaluate<Overflow[]>(overflowing('table', A4_PRINT_WIDTH))).toEqual([]);
    expect(await page.evaluate<number>(PAGE_WIDTH)).toBeLessThanOrEqual(A4_PRINT_WIDTH);
    await screenshot(page, 'report-month-print');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is written beside the .html as a PDF by the runner', () => {
    const pdf = fs.readFileSync(path.join(dir, 'bao-cao-thang.pdf'));
    expect(isPdf(pdf)).toBe(true);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
  });
});
