// Set-up on a blank spreadsheet: the tabs, the example, headers with notes, protections, settings, and a clean model.
import { ALL_TABS, EXAMPLE_NOTE, OUTPUT_TABS, TAB, seedPlan, seedTables } from '../../../src/core/contract';
import { runSetup } from '../../../src/sheets/setup/run-setup';
import { install, modelOf, sheetOf, tabOf, uninstall } from './helpers';

afterEach(uninstall);

describe('set-up on a blank spreadsheet', () => {
  it('creates the eight tabs in contract order in front of the blank tab, and the model reads them with no problem at all', () => {
    const rt = install();
    const result = runSetup();
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      ...ALL_TABS,
      'Trang tính1',
      'NTM dấu ô',
    ]);
    expect(rt.spreadsheet.getSheetByName('NTM dấu ô')!.isSheetHidden()).toBe(true); // the record of marks
    expect(result.created).toEqual([...ALL_TABS]);
    const { model, problems } = modelOf(rt);
    expect(problems).toEqual([]);
    expect(model!.villages.map((v) => v.name)).toEqual(seedPlan().villages.map((v) => v.name));
    expect(model!.indicators.map((i) => i.code)).toEqual(seedPlan().indicators.map((i) => i.code));
    expect(result.summary).toContain('Đọc thử sổ: đầy đủ, không có vấn đề nào.');
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe(TAB.settings);
  });

  it('writes the example as people would see it typed: numbers, real dates shown dd/MM/yyyy, text kept as text', () => {
    const rt = install();
    runSetup();
    for (const table of seedTables()) {
      const tab = tabOf(sheetOf(rt, table.tab));
      expect(tab.displays[0]).toEqual(table.header);
      expect(tab.values.length).toBe(table.rows.length + 1);
    }
    const settings = tabOf(sheetOf(rt, TAB.settings));
    const value = (name: string) => settings.values[settings.values.findIndex((r) => r[0] === name)][1];
    const shown = (name: string) => settings.displays[settings.values.findIndex((r) => r[0] === name)][1];
    expect(value('Hạn báo cáo')).toBe('Thứ 5 14:30');
    expect(value('Ngày bắt đầu')).toBeInstanceOf(Date);
    expect(shown('Ngày bắt đầu')).toBe('15/03/2023');
    expect(shown('Ngày kết thúc')).toBe('31/12/2023');
    expect(value('Nhắc trước (giờ)')).toBe(24);
    expect(shown('Mức hỗ trợ (đồng/hộ)')).toBe('1.000.000');
    expect(value('Đợt cao điểm')).toBe('15/03/2023-15/05/2023; 01/07/2023-01/08/2023');
    const formatOf = (name: string) =>
      sheetOf(rt, TAB.settings)
        .getRange(settings.values.findIndex((r) => r[0] === name) + 1, 2)
        .getNumberFormat();
    expect(
      ['Ngày bắt đầu', 'Ngày kết thúc', 'Mức hỗ trợ (đồng/hộ)', 'Hạn báo cáo', 'Múi giờ'].map(formatOf),
    ).toEqual(['dd/MM/yyyy', 'dd/MM/yyyy', '#,##0', '', '']);
    const targets = tabOf(sheetOf(rt, TAB.targets));
    const hangRao = targets.displays.find((r) => r[0] === 'HANG_RAO')!;
    expect(hangRao.slice(0, 6)).toEqual([
      'HANG_RAO',
      'Trồng hàng rào xanh',
      'm',
      'Cộng dồn',
      '',
      '15/05/2023',
    ]);
    expect(hangRao.slice(6, 11)).toEqual(['700', '650', '600', '650', '600']);
    expect(targets.displays.find((r) => r[0] === 'DUONG_MR')!.slice(6, 11)).toEqual([
      '0,15',
      '0,12',
      '0,16',
      '0,13',
      '0,14',
    ]);
    const villages = tabOf(sheetOf(rt, TAB.villages));
    expect(villages.values.slice(1).every((r) => r[r.length - 1] === EXAMPLE_NOTE)).toBe(true);
    expect(villages.values.find((r) => r[0] === 'Tân Bằng')![2]).toBe(
      'tanbang@example.vn; hoa.tanbang@example.vn',
    );
  });

  it('every header is bold and frozen, with a note on each cell', () => {
    const rt = install();
    runSetup();
    for (const name of ALL_TABS) {
      const sheet = sheetOf(rt, name);
      const width = sheet.getLastColumn();
      expect([name, sheet.getFrozenRows()]).toEqual([name, 1]);
      expect(
        sheet
          .getRange(1, 1, 1, width)
          .getFontWeights()[0]
          .every((w) => w === 'bold'),
      ).toBe(true);
      expect([
        name,
        sheet
          .getRange(1, 1, 1, width)
          .getNotes()[0]
          .filter((n) => n.trim() === ''),
      ]).toEqual([name, []]);
    }
  });

  it('protects the output tabs warning-only, leaving the officer’s Xác nhận column of Kiểm tra free', () => {
    const rt = install();
    const result = runSetup();
    expect(result.protectedTabs).toEqual([...OUTPUT_TABS]);
    const SHEET = (rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType
      .SHEET;
    for (const name of OUTPUT_TABS) {
      const [p] = sheetOf(rt, name).getProtections(SHEET);
      expect([name, p.isWarningOnly(), p.getDescription() !== '']).toEqual([name, true, true]);
    }
    for (const name of [TAB.settings, TAB.villages, TAB.targets])
      expect(sheetOf(rt, name).getProtections(SHEET)).toEqual([]);
    const [check] = sheetOf(rt, TAB.check).getProtections(SHEET);
    expect(check.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['H2:H1000']);
  });

  it('sets the spreadsheet to Asia/Ho_Chi_Minh and vi_VN, and says so', () => {
    const rt = install({ timeZone: 'America/New_York', locale: 'en_US' });
    const result = runSetup();
    expect(rt.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(rt.spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');
    expect(result.summary).toContain(
      'Đã đặt múi giờ Asia/Ho_Chi_Minh và định dạng Việt Nam (vi_VN): số 3.200, ngày dd/MM/yyyy.',
    );
    const settings = tabOf(sheetOf(rt, TAB.settings));
    expect(settings.displays.find((r) => r[0] === 'Ngày bắt đầu')![1]).toBe('15/03/2023');
    expect(modelOf(rt).problems).toEqual([]);
  });

  it('writes in batches: a fixed number of Sheets calls, none per row', () => {
    const rt = install();
    runSetup();
    expect(rt.calls['Range.setValues']).toBeLessThanOrEqual(ALL_TABS.length + 1); // and the record of marks
    expect(rt.calls['Range.setNotes']).toBeLessThanOrEqual(ALL_TABS.length);
    expect(rt.calls['Range.setValue'] ?? 0).toBe(0);
    expect(rt.calls['Range.setNote'] ?? 0).toBe(0);
    expect(rt.calls['Range.getValues']).toBeLessThanOrEqual(3 * ALL_TABS.length);
  });
});
