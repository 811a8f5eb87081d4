// Menu "Bảng điều khiển" through the bundle: the sidebar page, its data through the function the page calls, nothing written, no sidebar in a trigger.
import type { DashboardData } from '../../src/core/dashboard';
import { DASHBOARD_BUTTONS, DASHBOARD_DATA, DASHBOARD_LABEL } from '../../src/entry/dashboard';
import { allEntries } from '../../src/entry/entries';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, session } from './remind-helpers';

beforeAll(() => ensureBuilt());

/** Thứ 5 23/03/2023 12:00: Xuân Sơn has reported (10:00), Trung Sơn will only at 16:00. */
const NOON = at(2023, 3, 23, 12, 0);

describe('Bảng điều khiển', () => {
  it('opens the sidebar titled Bảng điều khiển, a full page calling the data function, with no dialog and no external resource', () => {
    const s = session(commune(), NOON);
    const outcome = s.bundle.call('ntmOpenDashboard');
    expect(outcome).toEqual({ ok: true, summary: 'Đã mở bảng điều khiển.' });
    expect(s.runtime.ui.dialogs).toEqual([]);
    expect(s.runtime.ui.sidebars.map((p) => p.title)).toEqual([DASHBOARD_LABEL]);
    const page = s.runtime.ui.sidebars[0].html;
    expect(page).toMatch(/^<!DOCTYPE html>\s*<html lang="vi">/);
    expect(page).toContain(`"data":"${DASHBOARD_DATA}"`);
    expect(page).not.toMatch(/<link\b|<img\b|<iframe\b|\bsrc=|@import|url\(|https?:\/\//i);
    for (const label of ['Tổng hợp tuần', 'Xem trước nhắc hạn', 'Báo cáo tuần', 'Làm mới'])
      expect(page).toContain(`>${label}</button>`);
  });

  it('returns the week as of now, as plain data, and writes nothing into the workbook', () => {
    const s = session(commune(), NOON);
    const before = JSON.stringify(s.runtime.dump());
    const data = JSON.parse(JSON.stringify(s.bundle.call(DASHBOARD_DATA))) as DashboardData;
    expect(JSON.stringify(s.runtime.dump())).toBe(before);
    expect(data.weekLabel).toBe('Tuần đến 23/03/2023');
    expect(data.deadline).toEqual({
      text: '14:30 Thứ 5, 23/03/2023',
      msLeft: 150 * 60_000,
      countdown: 'còn 2 giờ 30 phút',
    });
    expect(data.reportedText).toBe('1/4 thôn đã nộp báo cáo tuần');
    expect(data.villages.map((v) => [v.village, v.reportText])).toEqual([
      ['Thịnh Bằng', 'Chưa nộp'],
      ['Xuân Sơn', 'Đúng hạn'],
      ['Trung Sơn', 'Chưa nộp'],
      ['Thôn Mới', 'Chưa nộp'],
    ]);
    expect(s.runtime.ui.alerts).toEqual([]);
  });

  it("a workbook it cannot read throws the officer's message, which the page shows in its failure handler", () => {
    const wb = commune();
    wb.sheets = wb.sheets.filter((t) => t.name !== 'Cấu hình');
    const s = session(wb, NOON);
    let thrown: unknown;
    try {
      s.bundle.call(DASHBOARD_DATA);
    } catch (e) {
      thrown = e;
    }
    expect(String((thrown as Error).message)).toMatch(/Cấu hình/);
    expect(String((thrown as Error).message)).not.toMatch(/^Lỗi không mong đợi/);
  });

  it('opens no sidebar where there is no UI (a trigger run) and says so', () => {
    const s = session(commune(), NOON);
    s.runtime.ui.available = false;
    const outcome = s.bundle.call('ntmOpenDashboard') as { ok: boolean; summary: string };
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toMatch(/không có giao diện bảng tính/);
    expect(s.runtime.ui.sidebars).toEqual([]);
  });

  it('the buttons call menu entries of the one list; the data function is an entry too', () => {
    const entries = new Map(allEntries().map((e) => [e.name, e]));
    expect(Object.values(DASHBOARD_BUTTONS).map((n) => entries.get(n)?.menu?.label)).toEqual([
      'Tổng hợp tuần',
      'Xem trước nhắc hạn',
      'Xuất báo cáo tuần',
    ]);
    expect(entries.get(DASHBOARD_DATA)?.menu).toBeUndefined();
    expect(entries.get('ntmOpenDashboard')?.menu?.label).toBe(DASHBOARD_LABEL);
  });
});
