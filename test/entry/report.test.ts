// "Xuất báo cáo tuần" through dist/Code.js and the in-memory runtime: the dialog, the summary, nothing in the workbook rewritten.
import { createRuntime } from '../../local/runtime';
import { loadBundle } from '../../local/runner/bundle';
import type { WorkbookData } from '../../local/workbook-data';
import { ensureBuilt } from '../bundle/ensure-built';
import { reportWorkbook, TS } from './report-workbook';
import { BP, DS, TB, ZONE, at } from './rollup-workbook';

beforeAll(() => ensureBuilt());

function office(asOf: number) {
  const runtime = createRuntime({ workbook: reportWorkbook(), timeZone: ZONE, now: () => asOf });
  const bundle = loadBundle(runtime.globals, () => asOf);
  return { runtime, bundle, actions: bundle.api.actions };
}

/** Every tab but the audit log, as the runtime holds it. */
const tabsBut = (wb: WorkbookData, skip: string) => wb.sheets.filter((s) => s.name !== skip);

const NOON = at(30, 3, 12, 0);

describe('NTM → Xuất báo cáo tuần (action report), as of 30/03/2023 12:00', () => {
  const o = office(NOON);
  const before = o.runtime.dump();
  const outcome = o.bundle.call(o.actions.report) as { ok: boolean; summary: string };
  const dialogs = o.runtime.ui.dialogs;
  const page = dialogs[0]?.html ?? '';

  it('is the runner action `report` and a menu item right after the rollup items', () => {
    expect(o.actions.report).toBe('menuWeeklyReport');
    o.bundle.call('onOpen', { authMode: 'NONE' });
    const labels = o.runtime.ui.menus.find((m) => m.title === 'NTM')!.items.map((i) => i.label);
    const at = labels.indexOf('Tổng hợp tuần trước');
    expect(labels.slice(at, at + 3)).toEqual([
      'Tổng hợp tuần trước',
      'Xuất báo cáo tuần',
      'Báo cáo tuần trước',
    ]);
  });

  it('returns the summary: villages reported, the one missing, praise and reminders, open errors', () => {
    // Week 30/03: TB (29/3), BP (30/3 10:00), ĐS (30/3 11:00) on time; Tân Sơn sent nothing.
    // Errors left out of the totals: "ba" vườn, the unknown village Xóm Mới, 3.200 m over 150 % of TB's 1.000.
    expect(outcome).toEqual({
      ok: true,
      summary:
        `Đã lập báo cáo Tuần đến 30/03/2023 (số liệu đến 30/03/2023 12:00): 3/4 thôn đã nộp; chưa nộp: ${TS}; biểu dương 3, nhắc nhở 1 thôn. ` +
        'Còn 3 lỗi dữ liệu (giá trị lỗi không được tính vào báo cáo): chạy Kiểm tra dữ liệu để xem trong tab Kiểm tra.',
    });
    expect(o.runtime.ui.toasts).toContain(outcome.summary);
  });

  it('shows one printable dialog with the report of the week', () => {
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].title).toBe('Báo cáo tuần đến 30/03/2023');
    expect(page).toContain('<button type="button" onclick="window.print()">In / lưu PDF</button>');
    expect(page).toContain('<html lang="vi" data-ntm-save-as="bao-cao-tuan.html">');
    expect(page).toContain(
      '<b>Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày 24/03/2023 đến ngày 30/03/2023 và kế hoạch tuần tới</b>',
    );
    expect(page).toContain(
      '<i>Số liệu tính đến 30/03/2023 12:00; hạn nộp báo cáo của các thôn: 30/03/2023 14:30 (chưa đến hạn: thôn chưa nộp vẫn còn thời gian).</i>',
    );
  });

  it('gives the commune figures the vi-VN way (hand count of the messy workbook)', () => {
    // HANG_RAO: 1.000 + 620 m; done 350,5 (TB) + 470 (BP); this week 20; plan 1.000 × 16/62 + 620 × 16/62 = 418,06.
    expect(page).toContain(
      '<td>Trồng hàng rào xanh</td><td>m</td><td class="num">1.620</td><td class="num">820,5</td><td class="num">20</td><td class="num">50,6%</td><td class="num">418,1</td><td class="num">0</td><td>Đúng tiến độ</td>',
    );
    // VUON_CT with Tân Sơn's 4: 27 vườn; done 4 + 1 + 4 = 9 (33,3%); plan 27 × 16/292 = 1,48, written as the 2 whole gardens due.
    expect(page).toContain(
      '<td>Cải tạo vườn</td><td>vườn</td><td class="num">27</td><td class="num">9</td><td class="num">1</td><td class="num">33,3%</td><td class="num">2</td><td class="num">0</td><td>Đúng tiến độ</td>',
    );
    // NQ 44: 3 + 3 households × 1.000.000 đồng.
    expect(page).toContain(
      '6/8 hộ chính sách đủ điều kiện đã xây hệ thống xử lý nước thải mẫu 3 bi; kinh phí hỗ trợ theo NQ 44/2021/NQ-HĐND: 6.000.000 đồng',
    );
  });

  it('lists the village that did not report, escaped, and reminds it', () => {
    expect(page).not.toContain('<b>Sơn');
    expect(page).toContain('<p><b>Chưa nộp báo cáo:</b> Tân &lt;b&gt;Sơn&lt;/b&gt;.</p>');
    expect(page).toContain(
      '<li><b>Tân &lt;b&gt;Sơn&lt;/b&gt;</b>: chưa nộp báo cáo tuần; điểm 0%, dưới 80% kế hoạch đến nay.</li>',
    );
    expect(page).toContain('<p><b>Nộp trễ hạn:</b> không có.</p>');
  });

  it("takes next week's plans from this week's rows sent by 12:00, escaped", () => {
    const plans = page.slice(page.indexOf('<h2>IV. KẾT QUẢ VÀ KẾ HOẠCH TUẦN TỚI CỦA TỪNG THÔN</h2>'));
    expect(plans.split(`<h3>${TB}</h3>`)[1].split('<h3>')[0]).toContain(
      `<p>Kế hoạch tuần tới của thôn:</p><ul class="plans"><li>Trồng tiếp 200 m hàng rào &lt;i&gt;xóm Trên&lt;/i&gt;</li></ul>`,
    );
    expect(plans).toContain(`<h3>${BP}</h3><table class="village">`);
    expect(plans.split(`<h3>${BP}</h3>`)[1].split('<h3>')[0]).toContain(
      '<ul class="plans"><li>Cải tạo 2 vườn &amp; &quot;chỉnh trang&quot; 1 vườn</li></ul>',
    );
    expect(plans).toContain(`<h3>${DS}</h3><table class="village">`);
    expect(plans.split(`<h3>${DS}</h3>`)[1].split('<h3>')[0]).toContain(
      '<ul class="plans"><li>Cải tạo 2 vườn &amp; &quot;chỉnh trang&quot; 1 vườn</li></ul>',
    );
    expect(plans).toContain('</table><p class="none">Thôn chưa gửi kế hoạch tuần tới.</p>');
    expect(page).not.toContain('Kế hoạch của tuần 23/03');
    expect(page).not.toContain('sau giờ lập báo cáo');
    // Tân Sơn is behind on VUON_CT: 4 vườn over the 277 days left to 31/12, one every 9,9 weeks: never a fraction of a garden.
    expect(plans).toContain(
      '<tr class="behind"><td class="num">1</td><td>Cải tạo vườn (vườn)</td><td class="num">4</td><td class="num">0 (0%)</td><td>Chậm tiến độ: cần 1 vườn trong 9 tuần (hạn 31/12/2023)</td></tr>',
    );
  });

  it('holds the same text version, to copy, in the dialog', () => {
    const area = page.slice(page.indexOf('<textarea'), page.indexOf('</textarea>'));
    expect(area).toContain(
      '1. Trồng hàng rào xanh (m): chỉ tiêu 1.620; lũy kế 820,5 (50,6%); tuần này 20; kế hoạch đến nay 418,1; nợ tồn 0. Đúng tiến độ.',
    );
    expect(area).toContain('Chưa nộp báo cáo: Tân &lt;b&gt;Sơn&lt;/b&gt;.');
  });

  it('rewrites nothing: only one Nhật ký row is added', () => {
    const after = o.runtime.dump();
    expect(tabsBut(after, 'Nhật ký')).toEqual(tabsBut(before, 'Nhật ký'));
    const log = after.sheets.find((s) => s.name === 'Nhật ký')!;
    const logBefore = before.sheets.find((s) => s.name === 'Nhật ký');
    expect(log.rows.length - (logBefore ? logBefore.rows.length : 1)).toBe(1);
    const last = log.rows[log.rows.length - 1].map((c) => c?.value);
    expect(last).toEqual(expect.arrayContaining(['Xuất báo cáo tuần', outcome.summary]));
  });
});

describe('NTM → Báo cáo tuần trước, as of 30/03/2023 12:00', () => {
  const o = office(NOON);
  const outcome = o.bundle.call('menuWeeklyReportPreviousWeek') as { ok: boolean; summary: string };
  const page = o.runtime.ui.dialogs[0]?.html ?? '';

  it('reports week 23/03 with every row received by now: Bằng Phúc late', () => {
    expect(outcome.ok).toBe(true);
    expect(
      outcome.summary.startsWith(
        `Đã lập báo cáo Tuần đến 23/03/2023 (số liệu đến 30/03/2023 12:00): 3/4 thôn đã nộp (1 trễ hạn); chưa nộp: ${TS};`,
      ),
    ).toBe(true);
    expect(o.runtime.ui.dialogs[0].title).toBe('Báo cáo tuần đến 23/03/2023');
    expect(page).toContain(`<p><b>Nộp trễ hạn:</b> ${BP}.</p>`);
    expect(page).toContain('<li>Kế hoạch của tuần 23/03</li>');
    expect(page).toContain('<html lang="vi" data-ntm-save-as="bao-cao-tuan-truoc.html">');
  });
});

describe('while another action holds the document', () => {
  it('says so, shows no report and leaves the workbook as it was', () => {
    const o = office(NOON);
    const before = o.runtime.dump();
    o.runtime.lock.holdByOther();
    const outcome = o.bundle.call(o.actions.report) as { ok: boolean; summary: string };
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toMatch(
      /^Một thao tác khác .* đang chạy trên sổ này\. Hãy đợi khoảng 30 giây rồi chạy lại\.$/,
    );
    expect(o.runtime.ui.dialogs).toEqual([]);
    expect(tabsBut(o.runtime.dump(), 'Nhật ký')).toEqual(tabsBut(before, 'Nhật ký'));
  });
});
