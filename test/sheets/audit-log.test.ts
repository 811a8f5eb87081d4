// Nhật ký: one row per action, appended in one atomic step, text kept as text.
import { logAction, logActionSafely } from '../../src/sheets/audit-log';
import { install, sheetOf, uninstall } from './setup/helpers';

afterEach(() => uninstall());

describe('logAction', () => {
  it('creates Nhật ký with its header, then appends one row per call with appendRow', () => {
    const rt = install();
    logAction(new Date(Date.UTC(2023, 2, 20, 3)), 'Kiểm tra dữ liệu', 'Đã kiểm tra 3 dòng.');
    logAction(new Date(Date.UTC(2023, 2, 20, 4)), 'Tổng hợp tuần', 'Đã tổng hợp.');
    const log = sheetOf(rt, 'Nhật ký');
    expect(log.getRange(1, 1, 3, 4).getDisplayValues()).toEqual([
      ['Thời gian', 'Người dùng', 'Thao tác', 'Kết quả'],
      ['20/03/2023 10:00:00', 'can-bo@example.vn', 'Kiểm tra dữ liệu', 'Đã kiểm tra 3 dòng.'],
      ['20/03/2023 11:00:00', 'can-bo@example.vn', 'Tổng hợp tuần', 'Đã tổng hợp.'],
    ]);
    expect(rt.calls['Sheet.appendRow']).toBe(2);
  });

  it('keeps an outcome or action that looks like a formula or a number as the text it is', () => {
    const rt = install();
    logAction(new Date(Date.UTC(2023, 2, 20, 3)), '=HYPERLINK("x")', '3.200');
    const row = sheetOf(rt, 'Nhật ký').getRange(2, 3, 1, 2);
    expect(row.getValues()).toEqual([['=HYPERLINK("x")', '3.200']]);
    expect(row.getFormulas()).toEqual([['', '']]);
  });
});

describe('logActionSafely', () => {
  it('a row that cannot be written goes to console.error with the action and outcome it was logging, and does not throw', () => {
    const rt = install();
    rt.activeSpreadsheet = false;
    const errors: string[] = [];
    const spy = jest
      .spyOn(console, 'error')
      .mockImplementation((line: unknown) => void errors.push(String(line)));
    try {
      expect(() => logActionSafely('Nhắc hạn tự động', 'Lỗi: sổ không mở được')).not.toThrow();
    } finally {
      spy.mockRestore();
    }
    expect(errors).toEqual([
      expect.stringMatching(
        /^NTM Tracker: không ghi được tab Nhật ký \(.+\)\. Thao tác: Nhắc hạn tự động\. Kết quả: Lỗi: sổ không mở được$/,
      ),
    ]);
    rt.activeSpreadsheet = true;
    expect(rt.spreadsheet.getSheetByName('Nhật ký')).toBeNull();
  });
});
