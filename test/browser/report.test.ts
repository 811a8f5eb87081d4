// The weekly report the demo writes, in headless Chromium: its texts, vi-VN numbers, no console error, A4 print with no table cut, and the PDF beside it.
import fs from 'node:fs';
import path from 'node:path';
import { screenshot, watchedPage } from './chromium';
import { demoPage, expectA4Print, VI_NUMBER } from './demo-pages';
import { isPdf, pdfPageCount } from './pdf-pages';

const demo = demoPage('bao-cao-tuan.html');

describe('the weekly report in Chromium', () => {
  it('shows the heading, the sections and vi-VN figures, with no console error', async () => {
    const { page, errors } = await watchedPage(demo.browser);
    await page.setContent(demo.html, { waitUntil: 'load' });
    expect(await page.textContent('h1')).toBe('BÁO CÁO TUẦN');
    expect(await page.textContent('p.subject')).toMatch(
      /^Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày \d\d\/\d\d\/\d{4} đến ngày \d\d\/\d\d\/\d{4} và kế hoạch tuần tới$/,
    );
    const heads = await page.locator('table.head b.up').allTextContents();
    expect(heads).toContain('BCĐ xây dựng NTM xã Sơn Bằng');
    expect(await page.locator('table.head td').first().innerText()).toMatch(/\nSố:\s+\/BC-BCĐ$/);
    const sign = await page.locator('table.sign td').nth(1).innerText();
    expect(sign.split('\n').filter(Boolean)).toEqual(['TRƯỞNG BAN', 'Nguyễn Văn An']);
    expect(await page.locator('table.sign td').first().innerText()).toMatch(/^Nơi nhận:\n- Như trên;/);
    const h2 = await page.locator('h2').allTextContents();
    expect(h2[0]).toBe('I. KẾT QUẢ THỰC HIỆN');
    expect(h2[h2.length - 1]).toBe('IV. KẾT QUẢ VÀ KẾ HOẠCH TUẦN TỚI CỦA TỪNG THÔN');
    const villages = await page.locator('h3').allTextContents();
    expect(villages).toHaveLength(5);
    expect(await page.locator('table.village').count()).toBe(5);
    const heads2 = await page.locator('table.village').first().locator('th').allTextContents();
    expect(heads2).toEqual(['TT', 'Nội dung', 'Chỉ tiêu giao', 'Kết quả', 'Kế hoạch tuần tới']);
    const paces = await page.locator('table.village td:last-child').allTextContents();
    expect(paces.some((t) => / m\/ngày| mỗi tuần| trong \d+ tuần/.test(t))).toBe(true);
    expect(paces.filter((t) => /\d,\d+ (hộ|vườn)/.test(t))).toEqual([]);
    expect(paces.filter((t) => /trong 1 tuần/.test(t))).toEqual([]);
    // Section I: plan to date and backlog of a unit that counts things are whole (ĐVT is the third cell).
    const results = await page
      .locator('h2 + table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      );
    const counted = results.filter((r) => ['hộ', 'vườn', 'cái', 'công trình'].includes(r[2]));
    expect(counted.length).toBeGreaterThan(3);
    expect(counted.filter((r) => /,/.test(r[7]) || /,/.test(r[8]))).toEqual([]);
    expect(await page.textContent('p.center')).toBe('Kính gửi: Ủy ban nhân dân xã Sơn Bằng');
    const figures = (await page.locator('td.num').allTextContents())
      .flatMap((t) => t.trim().split(/ \(|\)$/)) // `3 (42,9%)`: a result and its rate
      .filter((t) => t !== '');
    const numeric = figures.filter((t) => /\d/.test(t));
    expect(numeric.length).toBeGreaterThan(20);
    expect(numeric.filter((t) => !VI_NUMBER.test(t) && !/ thôn/.test(t))).toEqual([]);
    expect(numeric).toContain('3.200');
    expect(numeric).toContain('1.000.000');
    expect(numeric.some((t) => /^\d+,\d+%$/.test(t))).toBe(true);
    await screenshot(page, 'report-screen');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints on A4: the toolbar hidden, no table wider than the printable width', async () => {
    await expectA4Print(demo, 'report-print', 1);
  });

  it('is written beside the .html as a PDF by the runner', () => {
    const pdf = fs.readFileSync(path.join(demo.dir, 'bao-cao-tuan.pdf'));
    expect(isPdf(pdf)).toBe(true);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(fs.readdirSync(demo.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
