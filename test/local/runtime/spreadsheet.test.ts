// Spreadsheet and sheets: tabs, names, active tab, ids, zone and locale, toasts, frozen rows, widths, protection.
import { runtime } from './helpers';

describe('tabs', () => {
  it('starts with one tab; insertSheet adds one at the end (or at an index) and makes it active', () => {
    const { rt } = runtime();
    const ss = rt.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Trang tính1']);
    const a = ss.insertSheet('Thôn');
    expect(ss.getActiveSheet().getName()).toBe('Thôn');
    ss.insertSheet('Cấu hình', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cấu hình', 'Trang tính1', 'Thôn']);
    expect(a.getIndex()).toBe(3);
    expect(ss.getNumSheets()).toBe(3);
  });

  it('getSheetByName matches the exact name and gives null when missing', () => {
    const { rt } = runtime();
    rt.spreadsheet.insertSheet('Chỉ tiêu');
    expect(rt.spreadsheet.getSheetByName('Chỉ tiêu')?.getName()).toBe('Chỉ tiêu');
    expect(rt.spreadsheet.getSheetByName('Không có')).toBeNull();
  });

  it('a tab name must be new (ignoring case) and not empty', () => {
    const { rt } = runtime();
    rt.spreadsheet.insertSheet('Thôn');
    expect(() => rt.spreadsheet.insertSheet('thôn')).toThrow('A sheet with the name "thôn" already exists');
    expect(() => rt.spreadsheet.insertSheet('')).toThrow('cannot be empty');
    const other = rt.spreadsheet.insertSheet('Khác');
    expect(() => other.setName('Thôn')).toThrow('already exists');
    other.setName('Kiểm tra');
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')).toBe(other);
  });

  it('insertSheet without a name picks a free default name', () => {
    const { rt } = runtime();
    expect(rt.spreadsheet.insertSheet().getName()).toBe('Trang tính2');
  });

  it('deleteSheet removes a tab, never the last one', () => {
    const { rt } = runtime();
    const t = rt.spreadsheet.insertSheet('Tạm');
    rt.spreadsheet.deleteSheet(t);
    expect(rt.spreadsheet.getSheetByName('Tạm')).toBeNull();
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe('Trang tính1');
    expect(() => rt.spreadsheet.deleteSheet(rt.spreadsheet.getSheets()[0])).toThrow(
      "can't remove all the sheets",
    );
  });

  it('setActiveSheet and activate choose the active tab', () => {
    const { rt, sheet } = runtime();
    const b = rt.spreadsheet.insertSheet('B');
    rt.spreadsheet.setActiveSheet(sheet);
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe(sheet.getName());
    b.activate();
    expect(
      (rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSheet().getName(),
    ).toBe('B');
  });

  it('hideSheet hides a tab but never the last visible one', () => {
    const { rt, sheet } = runtime();
    const b = rt.spreadsheet.insertSheet('B');
    b.hideSheet();
    expect(b.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow("can't hide all the sheets");
  });

  it('sheet ids are distinct and findable', () => {
    const { rt, sheet } = runtime();
    const b = rt.spreadsheet.insertSheet('B');
    expect(b.getSheetId()).not.toBe(sheet.getSheetId());
    expect(rt.spreadsheet.getSheetById(b.getSheetId())).toBe(b);
  });

  it('id, name, url, zone and locale of the spreadsheet', () => {
    const { rt } = runtime({ name: 'NTM Sơn Bằng', timeZone: 'Asia/Tokyo', locale: 'en_US' });
    const ss = rt.spreadsheet;
    expect(ss.getName()).toBe('NTM Sơn Bằng');
    expect(ss.getUrl()).toContain(ss.getId());
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
  });

  it('toast records the message', () => {
    const { rt } = runtime();
    rt.spreadsheet.toast('Đã tổng hợp', 'NTM', 5);
    expect(rt.ui.toasts).toEqual(['Đã tổng hợp']);
  });
});

describe('sheet settings', () => {
  it('frozen rows and column widths', () => {
    const { sheet } = runtime();
    sheet.setFrozenRows(2);
    expect(sheet.getFrozenRows()).toBe(2);
    sheet.setColumnWidth(3, 180);
    expect(sheet.getColumnWidth(3)).toBe(180);
    expect(sheet.getColumnWidth(4)).toBe(100);
  });

  it('autoResizeColumns sizes columns from their longest text', () => {
    const { sheet } = runtime();
    sheet.getRange('A1:B2').setValues([
      ['x', 'Một tiêu đề khá dài'],
      ['y', 'z'],
    ]);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(sheet.getColumnWidth(1));
  });
});

describe('protection', () => {
  it('protect() makes one sheet protection with a description and a warning-only flag; remove() drops it', () => {
    const { rt, sheet } = runtime();
    const type = (rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType;
    const p = sheet.protect().setDescription('Bảng tự động').setWarningOnly(true);
    expect(sheet.protect()).toBe(p);
    expect(sheet.getProtections(type.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(type.RANGE)).toHaveLength(0);
    expect([p.getDescription(), p.isWarningOnly()]).toEqual(['Bảng tự động', true]);
    expect(rt.spreadsheet.getProtections(type.SHEET)).toHaveLength(1);
    expect(rt.dump().sheets[0].protection).toEqual({ description: 'Bảng tự động', warningOnly: true });
    p.remove();
    expect(sheet.getProtections(type.SHEET)).toHaveLength(0);
  });
});
