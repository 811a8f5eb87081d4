// Hướng dẫn › Tự kiểm tra through dist/Code.js in the local runtime: every line OK, the scratch tab gone, a differing line named.
import { createRuntime } from '../../local/runtime';
import { loadBundle } from '../../local/runner/bundle';
import { TAB } from '../../src/core/contract';
import { CODE_JS, ensureBuilt } from '../bundle/ensure-built';

const NOW = Date.UTC(2026, 2, 20, 3);

beforeAll(() => ensureBuilt());

function open(options: Parameters<typeof createRuntime>[0] = {}) {
  const rt = createRuntime({ now: () => NOW, ...options });
  const bundle = loadBundle(rt.globals, () => NOW, CODE_JS);
  const run = () => bundle.call('ntmSelfTest') as { ok: boolean; summary: string };
  return { rt, bundle, run };
}

const LABELS = [
  'Chữ gõ giữ nguyên (1/2, 001, 3,5, =1+1)',
  'Ngày giờ theo múi giờ của sổ',
  'Ghi chú trên ô',
  'Liên kết trong ô (rich text)',
  'Bảo vệ tab chỉ cảnh báo',
  'Định dạng có điều kiện',
  'Tìm biểu đồ theo tiêu đề',
  'Tab nháp đã xóa',
  'Trình kích hoạt: Nhắc hạn tự động',
  'Trình kích hoạt: Kiểm tra khi có báo cáo mới',
  'Hạn mức gửi thư hôm nay',
];

/** The report's lines after its first: `OK — label: detail` or `KHÁC — label: detail`. */
const reportLines = (summary: string) => summary.split('\n').slice(1);

describe('Tự kiểm tra in the local runtime', () => {
  it.each(['Asia/Ho_Chi_Minh', 'America/New_York'])(
    'every line is OK in a sheet in %s, and the scratch tab is gone',
    (timeZone) => {
      const { rt, run } = open({ timeZone });
      const outcome = run();
      expect(outcome.ok).toBe(true);
      const lines = reportLines(outcome.summary);
      expect(outcome.summary.split('\n')[0]).toBe(`Tất cả ${LABELS.length} mục đều OK.`);
      expect(lines.map((l) => l.slice(0, 5))).toEqual(LABELS.map(() => 'OK — '));
      LABELS.forEach((label, i) => expect(lines[i].startsWith(`OK — ${label}`)).toBe(true));
      expect(lines[0]).toBe(
        'OK — Chữ gõ giữ nguyên (1/2, 001, 3,5, =1+1): chữ "1/2"; chữ "001"; chữ "3,5"; chữ "=1+1"',
      );
      expect(lines[1]).toBe(
        `OK — Ngày giờ theo múi giờ của sổ (${timeZone}): ngày 16/03/2026 00:00; hiển thị 16/03/2026; ngày 16/03/2026 14:30; hiển thị 16/03/2026 14:30`,
      );
      expect(lines[10]).toBe('OK — Hạn mức gửi thư hôm nay: còn 100 người nhận.');
      expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Trang tính1', TAB.log]);
      expect(rt.ui.alerts).toEqual([{ title: 'Tự kiểm tra', message: outcome.summary }]);
      expect(rt.console.map((c) => c.text)).toEqual(lines.map((l) => `Tự kiểm tra: ${l}`));
    },
  );

  it('the scratch tab never takes the name of a tab that exists, and never deletes it', () => {
    const { rt, run } = open();
    rt.spreadsheet.insertSheet(`NTM tự kiểm tra ${NOW}`);
    expect(run().ok).toBe(true);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Trang tính1',
      `NTM tự kiểm tra ${NOW}`,
      TAB.log,
    ]);
    expect(rt.console.map((c) => c.text)).toContain(
      `Tự kiểm tra: OK — Tab nháp đã xóa: đã xóa tab "NTM tự kiểm tra ${NOW}-2".`,
    );
  });

  it('a trigger made outside the add-on and an empty mail quota are named, with what to do', () => {
    const { rt, run } = open({ mailQuota: 0 });
    const script = rt.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    script.newTrigger('onHourlyNtm').timeBased().everyHours(1).create();
    const outcome = run();
    expect(outcome.summary.split('\n')[0]).toBe(
      `2/${LABELS.length} mục KHÁC: xem docs/deploy.md (Tự kiểm tra) để biết cách xử lý từng mục.`,
    );
    const bad = reportLines(outcome.summary).filter((l) => l.startsWith('KHÁC'));
    expect(bad).toEqual([
      'KHÁC — Trình kích hoạt: Nhắc hạn tự động: tài khoản này có trình kích hoạt nhưng sổ không ghi là đang bật (có lẽ tạo trong trình sửa mã): bấm NTM › Tự động › Tắt rồi Bật lại (hoặc chỉ Tắt) nhắc hạn tự động.',
      'KHÁC — Hạn mức gửi thư hôm nay: còn 0: hôm nay tài khoản này không gửi được thư nhắc; hạn mức tính lại sau 24 giờ.',
    ]);
  });

  it('a check Sheets refuses fails alone, saying what Sheets said; the others run and the scratch tab is still deleted', () => {
    const { rt, run } = open();
    const app = rt.globals.SpreadsheetApp as { newConditionalFormatRule: () => unknown };
    app.newConditionalFormatRule = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    const lines = reportLines(run().summary);
    expect(lines.filter((l) => l.startsWith('KHÁC'))).toEqual([
      'KHÁC — Định dạng có điều kiện: lỗi: Service Spreadsheets failed while accessing document',
    ]);
    expect(lines).toHaveLength(LABELS.length);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Trang tính1', TAB.log]);
  });

  it('a value read back differently names the item, what was written and what was read', () => {
    const { rt, run } = open();
    const app = rt.globals.SpreadsheetApp as {
      newRichTextValue: () => GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
    };
    const original = app.newRichTextValue.bind(app);
    // A Sheets that drops links set on rich text: the builder ignores setLinkUrl.
    app.newRichTextValue = () => {
      const b = original();
      b.setLinkUrl = () => b;
      return b;
    };
    const bad = reportLines(run().summary).filter((l) => l.startsWith('KHÁC'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(
      /^KHÁC — Liên kết trong ô \(rich text\): mong đợi liên kết #gid=\d+&range=A1, đọc lại liên kết \(không có\)$/,
    );
    expect(rt.spreadsheet.getSheets()).toHaveLength(2);
  });
});
