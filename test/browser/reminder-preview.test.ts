// The reminders preview (menu Xem trước nhắc hạn) in headless Chromium at its dialog's width: the demo's due message, vi-VN figures, the Zalo text, nothing wider than the dialog, escaped names, no console error.
import type { OpenBrowser } from '../../local/browser/chromium';
import { buildDemoWorkbook, DEMO_AS_OF } from '../../local/demo/run-demo';
import { parseAsOf } from '../../local/runner/args';
import { openSession } from '../../local/runner/session';
import { wallToInstant } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, session } from '../entry/remind-helpers';
import { launchChromium, screenshot, watchedPage } from './chromium';
import { overflowing, PAGE_WIDTH, type Overflow } from './measure';

/** The dialog's width (src/entry/remind-preview.ts opens it 760 px wide). */
const DIALOG = 760;
const ZONE = 'Asia/Ho_Chi_Minh';
/** A figure written the vi-VN way: 3.200 ; 0,38 ; 181,5. */
const VI_NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/;
/** A pace: a vi-VN amount and its unit per day, per week, or one in so many weeks. */
const PACE = /^\d{1,3}(\.\d{3})*(,\d+)? [^\d]+?( mỗi tuần|\/ngày| trong \d+ tuần)$/;

let browser: OpenBrowser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

/** The page the menu shows, loaded at the dialog's width. */
async function render(html: string) {
  const w = await watchedPage(browser);
  await w.page.setViewportSize({ width: DIALOG, height: 900 });
  await w.page.setContent(html, { waitUntil: 'load' });
  return w;
}

describe('Xem trước nhắc hạn in Chromium', () => {
  it('the demo at 14:00 on Thứ 5 06/04/2023: the last call to Hạ Bằng, its table in vi-VN, its Zalo text, within the dialog', async () => {
    const { workbook, formFile } = buildDemoWorkbook();
    const { forms, documentProperties } = JSON.parse(formFile!).state;
    const s = openSession({
      workbook,
      timeZone: ZONE,
      now: wallToInstant(parseAsOf(DEMO_AS_OF)!, ZONE).getTime(),
      runtime: { forms, documentProperties },
    });
    s.bundle.call('ntmPreviewReminders');
    expect(s.runtime.ui.dialogs.map((d) => d.title)).toEqual(['Xem trước nhắc hạn']);
    const { page, errors } = await render(s.runtime.ui.dialogs[0].html);
    expect(await page.textContent('h3')).toBe('Thư sẽ gửi khi bấm Gửi nhắc hạn (1)');
    expect(await page.textContent('b')).toBe('Nhắc lần cuối – Hạ Bằng (Tuần đến 06/04/2023)');
    expect(await page.locator('body').innerText()).toMatch(/Xem lúc 06\/04\/2023 14:00\./);
    await page.click('summary');
    const headers = await page.locator('details table th').allTextContents();
    expect(headers).toEqual(['Nội dung', 'ĐVT', 'Chỉ tiêu', 'Đã làm', 'Nợ tồn', 'Cần làm']);
    const rows = await page
      .locator('details table tr')
      .evaluateAll((trs) =>
        trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    const figures = rows.flatMap((r) => r.slice(2, 5)).filter((t) => /\d/.test(t));
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.filter((t) => !VI_NUMBER.test(t))).toEqual([]);
    const paces = rows.map((r) => r[5] ?? '').filter((t) => t !== '');
    expect(paces.length).toBeGreaterThan(3);
    expect(paces.filter((t) => !PACE.test(t))).toEqual([]);
    // Never a fraction of a counted thing (hộ, vườn, cái, công trình).
    expect(paces.filter((t) => /,\d+ (hộ|vườn|cái|công trình)/.test(t))).toEqual([]);
    const zalo = await page.inputValue('textarea');
    expect(zalo).toMatch(/^\[NTM xã Sơn Bằng\] .*Hạ Bằng/s);
    expect(zalo).toContain('14:30 Thứ 5, 06/04/2023');
    expect(await page.evaluate<Overflow[]>(overflowing('body *', DIALOG))).toEqual([]);
    expect(await page.evaluate<number>(PAGE_WIDTH)).toBeLessThanOrEqual(DIALOG);
    await screenshot(page, 'reminder-preview');
    expect(s.runtime.mail.outbox).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a village named with markup shows as typed, in the label and the message, and runs nothing', async () => {
    const name = '<b>Trung</b><img src=x onerror=alert(1)> Sơn';
    const s = session(commune({ thirdVillage: name }), at(2023, 3, 22, 14, 30));
    s.bundle.call('ntmPreviewReminders');
    const { page, errors } = await render(s.runtime.ui.dialogs[0].html);
    const labels = await page.locator('body > div > div > b').allTextContents();
    expect(labels).toContain(`Nhắc hạn – ${name} (Tuần đến 23/03/2023)`);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body > div > div > b b').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain(
      'Thôn Mới (Tuần đến 23/03/2023): thôn chưa có địa chỉ email hợp lệ',
    );
    expect(await page.evaluate<Overflow[]>(overflowing('body *', DIALOG))).toEqual([]);
    await screenshot(page, 'reminder-preview-markup');
    expect(errors).toEqual([]);
    await page.close();
  });
});
