// The set-up group through dist/Code.js, as Apps Script calls it: the menu, each run logged, the guide, the removal.
import { createRuntime } from '../../local/runtime';
import { loadBundle } from '../../local/runner/bundle';
import { ALL_TABS, LOG_COLUMNS, TAB, TAB_PURPOSE, titles } from '../../src/core/contract';
import { guideSections } from '../../src/help/guide';
import { CODE_JS, ensureBuilt } from '../bundle/ensure-built';

const NOW = Date.UTC(2023, 2, 20, 3); // 20/03/2023 10:00 in Hà Nội

beforeAll(() => ensureBuilt());

function open() {
  const rt = createRuntime({ now: () => NOW });
  const bundle = loadBundle(rt.globals, () => NOW, CODE_JS);
  return { rt, bundle };
}

const logRows = (rt: ReturnType<typeof createRuntime>) => {
  const log = rt.spreadsheet.getSheetByName(TAB.log)!;
  return log.getRange(1, 1, log.getLastRow(), log.getLastColumn()).getDisplayValues();
};

describe('the set-up group in the bundle', () => {
  it('set-up opens the NTM menu, removing the example and help close it; set-up is the runner action `setup`', () => {
    const { rt, bundle } = open();
    bundle.call('onOpen', { authMode: 'NONE' });
    const layout = rt.ui.menus.find((m) => m.title === 'NTM')!.layout;
    expect(layout[0]).toEqual({ label: 'Thiết lập / sửa sổ theo dõi', functionName: 'setupWorkbook' });
    expect(layout.slice(-3)).toEqual([
      { separator: true },
      { label: 'Xóa dữ liệu mẫu', functionName: 'removeExampleData' },
      {
        label: 'Hướng dẫn',
        submenu: [
          { label: 'Đọc hướng dẫn', functionName: 'showGuide' },
          { label: 'Tự kiểm tra', functionName: 'ntmSelfTest' },
        ],
      },
    ]);
    expect((bundle.context.NTM as { actions: Record<string, string> }).actions.setup).toBe('setupWorkbook');
  });

  it('set-up returns its outcome, shows it, and writes one Nhật ký row per run', () => {
    const { rt, bundle } = open();
    const first = bundle.call('setupWorkbook') as { ok: boolean; summary: string };
    expect(first.ok).toBe(true);
    expect(first.summary).toContain('Đọc thử sổ: đầy đủ, không có vấn đề nào.');
    expect(rt.ui.alerts.map((a) => a.title)).toEqual(['Thiết lập / sửa sổ theo dõi']);
    const second = bundle.call('setupWorkbook') as { ok: boolean; summary: string };
    expect(second.summary).toContain('không thêm gì');
    const rows = logRows(rt);
    expect(rows[0]).toEqual(titles(LOG_COLUMNS));
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3].split('\n')[0]])).toEqual([
      ['20/03/2023 10:00:00', 'Thiết lập / sửa sổ theo dõi', `Đã tạo tab: ${ALL_TABS.join(', ')}.`],
      [
        '20/03/2023 10:00:00',
        'Thiết lập / sửa sổ theo dõi',
        'Sổ đã đủ tab, cột và tham số: không thêm gì, không đổi dữ liệu nào.',
      ],
    ]);
    expect(rows[1][3]).toContain('Đã đặt múi giờ Asia/Ho_Chi_Minh và định dạng Việt Nam (vi_VN)');
  });

  it('set-up does not run while another action holds the document: it says so, and only the log records it', () => {
    const { rt, bundle } = open();
    rt.lock.holdByOther();
    const outcome = bundle.call('setupWorkbook') as { ok: boolean; summary: string };
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toContain('Một thao tác khác');
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Trang tính1', TAB.log]);
    expect(logRows(rt)[1][3]).toMatch(/^Lỗi: Một thao tác khác/);
  });

  it('the guide opens in a dialog: every tab and the weekly routine, text escaped', () => {
    const { rt, bundle } = open();
    bundle.call('showGuide');
    expect(rt.ui.dialogs).toHaveLength(1);
    const { title, html } = rt.ui.dialogs[0];
    expect(title).toBe('Hướng dẫn sổ theo dõi NTM');
    for (const tab of ALL_TABS)
      expect(html).toContain(`${tab} — ${TAB_PURPOSE[tab].replace(/"/g, '&quot;')}`);
    expect(html).toContain('Trước 14:30 thứ Năm, chọn NTM › Tổng hợp tuần');
    expect(html).toContain('[HANG_RAO] Trồng hàng rào xanh (m)');
    expect(html).not.toMatch(/<(?!\/?(?:!DOCTYPE|html|head|meta|style|body|h2|ul|li)\b)/);
    expect(guideSections().map((s) => s.title)).toEqual([
      'Năm phút đầu',
      'Biểu mẫu cho các thôn',
      'Các tab',
      'Việc hằng tuần',
      'Nhắc hạn',
      'Yêu cầu sửa số liệu',
      'Gửi số liệu cho tỉnh',
      'Trợ giúp khi nhập',
      'Cách ghi số và ngày',
    ]);
    expect(rt.spreadsheet.getSheetByName(TAB.log)).toBeNull(); // opening help is not logged
  });

  it('removing the example is confirmed, logged, and leaves the workbook readable by set-up again', () => {
    const { rt, bundle } = open();
    bundle.call('setupWorkbook');
    rt.ui.respond('YES');
    const outcome = bundle.call('removeExampleData') as { ok: boolean; summary: string };
    expect(outcome.ok).toBe(true);
    expect(outcome.summary).toMatch(/^Đã xóa 5 dòng mẫu ở tab Thôn/);
    expect(rt.spreadsheet.getSheetByName(TAB.villages)!.getLastRow()).toBe(1);
    expect(logRows(rt).map((r) => r[2])).toEqual([
      'Thao tác',
      'Thiết lập / sửa sổ theo dõi',
      'Xóa dữ liệu mẫu',
    ]);
    const again = bundle.call('setupWorkbook') as { ok: boolean; summary: string };
    expect(again.summary).toContain('không thêm gì');
    expect(rt.spreadsheet.getSheetByName(TAB.villages)!.getLastRow()).toBe(1);
  });
});
