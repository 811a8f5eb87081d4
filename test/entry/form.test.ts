// The report form through the bundle: built from the seed workbook, linked, its links written; run again it changes nothing.
import { TAB } from '../../src/core/contract';
import { numberPattern } from '../../src/core/forms';
import { ensureBuilt } from '../bundle/ensure-built';
import { seedWorld, shownColumn, shownTab, theForm } from './form-world';

beforeAll(() => ensureBuilt());

const SEED_VILLAGES = ['Thượng Bằng', 'Trung Bằng', 'Thịnh Bằng', 'Hạ Bằng', 'Tân Bằng'];

describe('the form built from the seed workbook', () => {
  const w = seedWorld();
  const outcome = w.call('ntmBuildReportForm');
  const form = theForm(w.rt);

  it('is created, linked to this spreadsheet, allows edits, and says so', () => {
    expect(outcome.ok).toBe(true);
    expect(outcome.summary).toMatch(/^Đã tạo biểu mẫu mới với 16 câu hỏi\./);
    expect(outcome.summary).toContain('Đã bật kiểm tra tự động mỗi khi thôn gửi báo cáo.');
    expect(form.title).toBe('Báo cáo tiến độ NTM – xã Sơn Bằng');
    expect(form.description).toContain('trước Thứ 5 14:30');
    expect(form.allowEdits).toBe(true);
    expect(form.collectEmail).toBe(false);
    expect(form.destination?.spreadsheetId).toBe(w.rt.spreadsheet.getId());
  });

  it('has the questions of docs/forms.md in order, with their types, choices, help texts and validation', () => {
    const items = form.items;
    expect(items.map((i) => i.title)).toEqual([
      'Thôn',
      'Ngày báo cáo',
      '[DUONG_MR] Giải tỏa, mở rộng nền đường (1 tuyến mỗi thôn) (km)',
      '[VUON_CT] Cải tạo vườn (vườn)',
      '[VUON_CTR] Chỉnh trang vườn hộ (vườn)',
      '[HANG_RAO] Trồng hàng rào xanh (m)',
      '[RAC_THAI] Hộ thu gom, xử lý rác thải (hộ)',
      '[NUOC_THAI] Hệ thống xử lý nước thải hộ gia đình (hộ)',
      '[CUNG_HOA] Cứng hóa giao thông (km)',
      '[NHA_VS] Nhà vệ sinh tự hoại (phá bỏ loại 1–2 ngăn) (cái)',
      '[HO_U_PHAN] Hố ủ phân công trình chăn nuôi (công trình)',
      '[KDC_KM] Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu (đạt/chưa)',
      '[NUOC_THAI_HT] Hộ chính sách xây hệ thống xử lý nước thải mẫu 3 bi (hỗ trợ NQ 44) (hộ)',
      'Ảnh',
      'Ghi chú',
      'Kế hoạch tuần tới',
    ]);
    expect(items.map((i) => i.type).join(' ')).toBe(
      'LIST DATE TEXT TEXT TEXT TEXT TEXT TEXT TEXT TEXT TEXT MULTIPLE_CHOICE TEXT TEXT PARAGRAPH_TEXT PARAGRAPH_TEXT',
    );
    expect(items.filter((i) => i.required).map((i) => i.title)).toEqual(['Thôn']);
    expect(items[0].choices).toEqual(SEED_VILLAGES);
    expect(items[11].choices).toEqual(['Đạt', 'Chưa đạt']);
    expect(items[5].helpText).toContain('làm được từ lần báo cáo trước (m)');
    expect(items[6].helpText).toContain('tổng số đến nay (hộ)');
    expect(items[13].helpText).toContain('Google Drive');
    expect(items[5].validation).toEqual({
      type: 'MATCHES_PATTERN',
      args: [numberPattern('m')],
      helpText: expect.stringContaining('1,500 sẽ bị hỏi lại'),
    });
    expect(items[3].validation).toEqual({
      type: 'MATCHES_PATTERN',
      args: [numberPattern('vườn')],
      helpText: expect.stringContaining('số nguyên'),
    });
    expect(items.filter((i) => i.validation).length).toBe(10);
  });

  it('writes both links in Cấu hình › Biểu mẫu and a prefilled link per village in Thôn › Link báo cáo', () => {
    const settings = shownTab(w.rt, TAB.settings);
    const row = settings.find((r) => r[0] === 'Biểu mẫu')!;
    expect(row[1]).toBe(
      `Điền báo cáo: https://docs.google.com/forms/d/e/${form.publishedKey}/viewform\nSửa biểu mẫu (cán bộ): https://docs.google.com/forms/d/${form.id}/edit`,
    );
    const links = shownColumn(w.rt, TAB.villages, 'Link báo cáo');
    expect(links).toHaveLength(SEED_VILLAGES.length);
    links.forEach((link, i) => {
      expect(link).toMatch(
        new RegExp(
          `^https://docs.google.com/forms/d/e/${form.publishedKey}/viewform\\?usp=pp_url&entry\\.\\d+=`,
        ),
      );
      expect(decodeURIComponent(link.split('=').pop()!.replace(/\+/g, ' '))).toBe(SEED_VILLAGES[i]);
    });
  });

  it('installs the form-submit trigger once', () => {
    const triggers = w.rt.triggers.list().filter((t) => t.handler === 'onFormSubmitNtm');
    expect(triggers.map((t) => t.type)).toEqual(['ON_FORM_SUBMIT']);
  });

  it('run again: nothing changes in the workbook, the form or the triggers, no write call is made, and it says so', () => {
    const before = { book: w.rt.dump(), forms: w.rt.forms.state(), triggers: w.rt.triggers.list().length };
    const calls = { ...w.rt.calls };
    const again = w.call('ntmBuildReportForm');
    const made = Object.fromEntries(
      Object.keys(w.rt.calls)
        .filter((k) => (w.rt.calls[k] ?? 0) > (calls[k] ?? 0))
        .map((k) => [k, w.rt.calls[k] - (calls[k] ?? 0)]),
    );
    expect(again.summary).toMatch(
      /^Biểu mẫu đã khớp với tab Chỉ tiêu và Thôn, không có gì thay đổi\.\nLink để thôn điền: /,
    );
    const log = w.rt.spreadsheet.getSheetByName(TAB.log)!;
    expect(log.getRange(log.getLastRow(), 3).getValue()).toBe('Tạo / cập nhật biểu mẫu báo cáo');
    log.deleteRow(log.getLastRow()); // the run's own Nhật ký row
    expect(w.rt.dump()).toEqual(before.book);
    expect(w.rt.forms.state()).toEqual(before.forms);
    expect(w.rt.triggers.list().length).toBe(before.triggers);
    // The one write: the Nhật ký row.
    const writes = Object.keys(made).filter(
      (k) => /\.(set|add|delete|move|insert|clear|append|create\b)/.test(k) && !k.startsWith('Lock.'),
    );
    expect(Object.fromEntries(writes.map((k) => [k, made[k]]))).toEqual({ 'Sheet.appendRow': 1 });
  });
});
