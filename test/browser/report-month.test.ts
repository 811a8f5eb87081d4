// The monthly report the demo writes (docs/report.md "Monthly report"), in headless Chromium: its sections, vi-VN figures, no console error, A4 print with no table cut, the PDF beside it.
import fs from 'node:fs';
import path from 'node:path';
import { screenshot, watchedPage } from './chromium';
import { demoPage, expectA4Print, VI_NUMBER } from './demo-pages';
import { isPdf, pdfPageCount } from './pdf-pages';

const demo = demoPage('bao-cao-thang.html');

describe('the monthly report in Chromium', () => {
  it('shows the heading, the four sections, a table per village and its tasks and vi-VN figures, with no console error', async () => {
    const { page, errors } = await watchedPage(demo.browser);
    await page.setContent(demo.html, { waitUntil: 'load' });
    expect(await page.textContent('h1')).toBe('BÁO CÁO THÁNG');
    expect(await page.textContent('p.subject')).toBe(
      'Kết quả thực hiện phong trào xây dựng nông thôn mới tháng 04/2023 (từ ngày 01/04/2023 đến ngày 30/04/2023) và nhiệm vụ tháng tới',
    );
    expect(await page.locator('h2').allTextContents()).toEqual([
      'I. KẾT QUẢ THỰC HIỆN TRONG THÁNG',
      'II. THI ĐUA GIỮA CÁC THÔN TRONG THÁNG',
      'III. HỖ TRỢ THEO NGHỊ QUYẾT 44/2021/NQ-HĐND',
      'IV. KẾT QUẢ VÀ NHIỆM VỤ THÁNG TỚI CỦA TỪNG THÔN',
    ]);
    expect(await page.locator('h3').count()).toBe(5);
    // Each village's tasks for next month follow its table: a pace and a due day per indicator not finished.
    const tasks = await page.locator('h3 ~ ul.plans li').allTextContents();
    expect(tasks.length).toBeGreaterThanOrEqual(5);
    for (const t of tasks)
      expect(t).toMatch(
        /^.+: ((Cần|Chậm tiến độ: cần) .+ \(hạn \d\d\/\d\d\/\d{4}\)|Chậm: phải đạt ngay.*|Phấn đấu đạt.*)$|^Đã hoàn thành mọi chỉ tiêu được giao\.$/,
      );
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
    await expectA4Print(demo, 'report-month-print', 2);
  });

  it('is written beside the .html as a PDF by the runner', () => {
    const pdf = fs.readFileSync(path.join(demo.dir, 'bao-cao-thang.pdf'));
    expect(isPdf(pdf)).toBe(true);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
  });
});
