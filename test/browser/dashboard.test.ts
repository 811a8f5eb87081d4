// The sidebar Bảng điều khiển in headless Chromium, 300 px wide, with google.script.run answered by the bundle on the demo's workbook: texts, vi-VN figures, bars against the rollup, buttons, failures, escaping.
import type { Page } from 'playwright-core';
import type { OpenBrowser } from '../../local/browser/chromium';
import { buildDemoWorkbook, DEMO_AS_OF } from '../../local/demo/run-demo';
import { parseAsOf } from '../../local/runner/args';
import { openSession, type Session } from '../../local/runner/session';
import type { WorkbookData } from '../../local/workbook-data';
import { wallToInstant } from '../../local/xlsx';
import { formatDuration } from '../../src/core/reminders/countdown';
import { percentText } from '../../src/core/report';
import { allEntries } from '../../src/entry/entries';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, session as communeSession } from '../entry/remind-helpers';
import { launchChromium, screenshot, watchedPage } from './chromium';
import { overflowing, PAGE_WIDTH, type Overflow } from './measure';
import { installScriptRun } from './script-run';

const SIDEBAR = 300;
const ZONE = 'Asia/Ho_Chi_Minh';
const NAMES = allEntries().map((e) => e.name);
/** A percentage written the vi-VN way: 100%, 83,5%. */
const VI_PERCENT = /^\d{1,3}(,\d)?%$/;

let browser: OpenBrowser;
let demo: WorkbookData;
let demoState: { forms: unknown; documentProperties: Record<string, string> };
const demoNow = () => wallToInstant(parseAsOf(DEMO_AS_OF)!, ZONE).getTime();

/** A fresh session on the demo's workbook (set-up's plan, the seeded answers through the form) as of 06/04/2023 14:00. */
function demoSession(): Session {
  return openSession({
    workbook: structuredClone(demo),
    timeZone: ZONE,
    now: demoNow(),
    runtime: {
      forms: structuredClone(demoState.forms) as never,
      documentProperties: { ...demoState.documentProperties },
    },
  });
}

/** The sidebar as the menu opens it, loaded in a 300 px page whose google.script.run calls `s`. */
async function openSidebar(s: Session, at?: number) {
  s.bundle.call('ntmOpenDashboard');
  const html = s.runtime.ui.sidebars[s.runtime.ui.sidebars.length - 1].html;
  const w = await watchedPage(browser);
  await w.page.setViewportSize({ width: SIDEBAR, height: 900 });
  if (at !== undefined) await w.page.clock.install({ time: at });
  const run = await installScriptRun(w.page, NAMES, (name, ...args) => s.bundle.call(name, ...args));
  await w.page.setContent(run.serve(html), { waitUntil: 'load' });
  return { ...w, run };
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const loaded = (page: Page) => page.waitForSelector('#content:not([hidden])');

beforeAll(async () => {
  ensureBuilt();
  const built = buildDemoWorkbook();
  demo = built.workbook;
  demoState = JSON.parse(built.formFile!).state;
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

describe('Bảng điều khiển in Chromium, fed by the demo (Thứ 5 06/04/2023 14:00)', () => {
  it('shows the week, the countdown, who has reported and a bar per village in vi-VN, within 300 px, with no console error', async () => {
    const s = demoSession();
    const { page, errors, run } = await openSidebar(s);
    await loaded(page);
    expect(await page.textContent('h1')).toBe('Xã Sơn Bằng');
    expect(await page.textContent('#week')).toBe('Tuần đến 06/04/2023');
    expect(await page.textContent('#deadline')).toBe('Hạn nộp: 14:30 Thứ 5, 06/04/2023');
    expect(await page.textContent('#countdown')).toBe('còn 30 phút');
    expect(await page.textContent('#asof')).toBe('Số liệu đến 06/04/2023 14:00');
    expect(await page.textContent('#reported')).toBe('4/5 thôn đã nộp báo cáo tuần');
    const villages = await texts(page, '#reports .name');
    expect(villages).toHaveLength(5);
    const badges = await texts(page, '#reports .badge');
    expect(badges.filter((b) => b === 'Đúng hạn')).toHaveLength(4);
    expect(villages[badges.indexOf('Chưa nộp')]).toBe('Hạ Bằng');
    expect(await texts(page, '#bars .name')).toEqual(villages);
    const pcts = await texts(page, '#bars .pct');
    expect(pcts.filter((p) => !VI_PERCENT.test(p))).toEqual([]);
    expect(
      (await texts(page, '#bars .note')).every((n) =>
        /^(Chậm \d+\/\d+|Đúng kế hoạch \(\d+) chỉ tiêu\)?$/.test(n),
      ),
    ).toBe(true);
    // Each bar is as long as its percentage of the bar's track.
    const shares = await page.evaluate<number[]>(`[...document.querySelectorAll('#bars .bar')].map((b) =>
      b.firstElementChild.getBoundingClientRect().width / b.getBoundingClientRect().width)`);
    shares.forEach((share, i) =>
      expect(share).toBeCloseTo(Math.min(100, parseFloat(pcts[i].replace(',', '.'))) / 100, 2),
    );
    expect(await page.evaluate<Overflow[]>(overflowing('body *', SIDEBAR))).toEqual([]);
    expect(await page.evaluate<number>(PAGE_WIDTH)).toBeLessThanOrEqual(SIDEBAR);
    expect(await page.textContent('#message')).toBe('');
    expect(run.calls).toEqual(['ntmDashboardData']);
    await screenshot(page, 'dashboard');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Tổng hợp tuần runs the rollup, shows its summary and reloads; the bars read as the Điểm column it wrote', async () => {
    const s = demoSession();
    const { page, errors, run } = await openSidebar(s);
    await loaded(page);
    await page.click('#rollup');
    await page.waitForFunction(`document.getElementById('message').textContent.startsWith('Đã tổng hợp')`);
    await page.waitForFunction(`!document.getElementById('refresh').disabled`);
    expect(run.calls).toEqual(['ntmDashboardData', 'menuRollup', 'ntmDashboardData']);
    expect(await page.textContent('#message')).toMatch(
      /^Đã tổng hợp Tuần đến 06\/04\/2023 \(số liệu đến 06\/04\/2023 14:00\): 4 thôn nộp đúng hạn/,
    );
    const rows = s.runtime.spreadsheet.getSheetByName('Tổng hợp')!.getDataRange().getValues();
    const head = rows.findIndex((r) => r[0] === 'Thôn' && r[1] === 'Báo cáo tuần');
    const below = rows.slice(head + 1);
    const scores = below.slice(
      0,
      below.findIndex((r) => r[0] === ''),
    ); // the score table ends at a blank row
    const names = await texts(page, '#bars .name');
    expect(scores.map((r) => r[0])).toEqual(names);
    expect(await texts(page, '#bars .pct')).toEqual(scores.map((r) => percentText(r[2] as number)));
    expect(await texts(page, '#reports .badge')).toEqual(scores.map((r) => r[1]));
    await screenshot(page, 'dashboard-after-rollup');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Xem trước nhắc hạn and Báo cáo tuần open their dialogs through the server and say what they found', async () => {
    const s = demoSession();
    const { page, errors, run } = await openSidebar(s);
    await loaded(page);
    await page.click('#preview');
    await page.waitForFunction(
      `document.getElementById('message').textContent.startsWith('Nếu gửi bây giờ')`,
    );
    await page.waitForFunction(`!document.getElementById('report').disabled`);
    await page.click('#report');
    await page.waitForFunction(`document.getElementById('message').textContent.startsWith('Đã lập báo cáo')`);
    expect(run.calls).toEqual(['ntmDashboardData', 'ntmPreviewReminders', 'menuWeeklyReport']);
    expect(s.runtime.ui.dialogs.map((d) => d.title)).toEqual([
      'Xem trước nhắc hạn',
      'Báo cáo tuần đến 06/04/2023',
    ]);
    expect(s.runtime.mail.outbox).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the countdown ticks in the page, written as the server writes durations, and turns red past the deadline', async () => {
    const s = demoSession();
    const { page, errors } = await openSidebar(s, demoNow());
    await loaded(page);
    expect(await page.textContent('#countdown')).toBe('còn 30 phút');
    await page.clock.fastForward('05:00');
    expect(await page.textContent('#countdown')).toBe('còn 25 phút');
    await page.clock.fastForward('30:00');
    expect(await page.textContent('#countdown')).toBe('đã quá hạn 5 phút');
    expect(await page.getAttribute('#countdown', 'class')).toBe('countdown late');
    const samples = [0, 59_999, 60_000, 3_600_000, 5_400_000, 86_400_000, 90_061_000, 604_800_000 - 1];
    const page_ = await page.evaluate<string[]>(
      `${JSON.stringify(samples)}.map((ms) => window.ntmDashboard.durationText(ms))`,
    );
    expect(page_).toEqual(samples.map((ms) => formatDuration(ms)));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Bảng điều khiển in Chromium, other workbooks', () => {
  it('a workbook it cannot read: the page says so in Vietnamese, naming the tab, and keeps its buttons', async () => {
    const wb = commune();
    wb.sheets = wb.sheets.filter((t) => t.name !== 'Cấu hình');
    const { page, errors } = await openSidebar(communeSession(wb, at(2023, 3, 23, 12, 0)));
    await page.waitForFunction(`document.getElementById('message').className === 'error'`);
    const message = (await page.textContent('#message'))!;
    expect(message).toMatch(/^Không tải được số liệu: .*Cấu hình.* Sửa theo hướng dẫn rồi bấm Làm mới\.$/);
    expect(await page.locator('#content').isHidden()).toBe(true);
    expect(await page.locator('#refresh').isEnabled()).toBe(true);
    await screenshot(page, 'dashboard-failure');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a village named with markup and no space shows as typed, wrapped inside 300 px', async () => {
    const name = '<b>Trung</b><img src=x onerror=alert(1)>Sơn-Thượng-Hạ-Đông-Tây-Nam-Bắc-Tên-Rất-Dài';
    const { page, errors } = await openSidebar(
      communeSession(commune({ thirdVillage: name }), at(2023, 3, 23, 12, 0)),
    );
    await loaded(page);
    expect(await texts(page, '#reports .name')).toContain(name);
    expect(await texts(page, '#bars .name')).toContain(name);
    expect(await page.locator('#content b, #content img').count()).toBe(0);
    expect(await page.evaluate<Overflow[]>(overflowing('body *', SIDEBAR))).toEqual([]);
    await screenshot(page, 'dashboard-long-name');
    expect(errors).toEqual([]);
    await page.close();
  });
});
