// docs/export.md in headless Chromium: the dialog's button downloads exactly the CSV the page carries, named ntm-export.csv, with no request leaving the page.
import fs from 'node:fs';
import type { OpenBrowser } from '../../local/browser/chromium';
import { EXPORT_HEADER, toCsv } from '../../src/core/export';
import { exportPageHtml } from '../../src/pages';
import { launchChromium, watchedPage } from './chromium';

let browser: OpenBrowser;
beforeAll(async () => {
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

describe('Xuất dữ liệu cho tỉnh in Chromium', () => {
  it('the button downloads the CSV byte for byte, Vietnamese text and markup-like names included', async () => {
    const csv = toCsv(EXPORT_HEADER, [
      [
        1,
        'Sơn Bằng',
        '2023-03-16',
        '</script><b>Thôn</b>',
        'RAO',
        'Hàng rào, "xanh"',
        'm',
        700,
        200.5,
        200.5,
        129,
        0,
        'Đúng tiến độ',
        null,
        null,
      ],
      [
        1,
        'Sơn Bằng',
        '2023-03-16',
        '=cmd',
        'RAO',
        'dòng\nhai',
        'm',
        700,
        0,
        0,
        129,
        129,
        'Chậm tiến độ',
        null,
        null,
      ],
    ]);
    const { page, errors } = await watchedPage(browser);
    await page.setContent(exportPageHtml(csv, 'Đã xuất 2 dòng'), { waitUntil: 'load' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai')]);
    expect(download.suggestedFilename()).toBe('ntm-export.csv');
    const file = await download.path();
    expect(fs.readFileSync(file, 'utf8')).toBe(csv);
    expect(await page.locator('b').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
