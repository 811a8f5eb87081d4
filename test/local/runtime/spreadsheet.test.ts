// Spreadsheet and sheets: tabs, names, active tab, frozen rows, widths, protection, rules, charts, toasts.
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
    expect(() => rt.spreadsheet.deleteSheet(rt.spreadsheet.getSheets()[0])).toThrow("can't remove all the sheets");
  });

  it('setActiveSheet and activate choose the active tab', () => {
    const { rt, sheet } = runtime();
    const b = rt.spreadsheet.insertSheet('B');
    rt.spreadsheet.setActiveSheet(sheet);
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe(sheet.getName());
    b.activate();
    expect((rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSheet().getName()).toBe('B');
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
    sheet.getRange('A1:B2').setValues([['x', 'Một tiêu đề khá dài'], ['y', 'z']]);
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

describe('data validation', () => {
  function app(rt: ReturnType<typeof runtime>['rt']) {
    return rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }

  it('a list rule built and applied is read back per cell', () => {
    const { rt, sheet } = runtime();
    const rule = app(rt).newDataValidation().requireValueInList(['Đồng ý', 'Không']).setAllowInvalid(true).setHelpText('Chọn Đồng ý').build();
    sheet.getRange('H2:H4').setDataValidation(rule);
    const got = sheet.getRange('H3').getDataValidation();
    expect(got?.getCriteriaType()).toBe(app(rt).DataValidationCriteria.VALUE_IN_LIST);
    expect(got?.getCriteriaValues()[0]).toEqual(['Đồng ý', 'Không']);
    expect(got?.getHelpText()).toBe('Chọn Đồng ý');
    expect(sheet.getRange('H1').getDataValidation()).toBeNull();
    expect(rt.dump().sheets[0].dataValidations).toEqual([
      { range: 'H2:H4', kind: 'list', values: ['Đồng ý', 'Không'], helpText: 'Chọn Đồng ý', allowInvalid: true },
    ]);
  });

  it('a rule that rejects invalid data makes setValue throw and write nothing; blanks pass', () => {
    const { rt, sheet } = runtime();
    const rule = app(rt).newDataValidation().requireValueInList(['Đồng ý']).setAllowInvalid(false).build();
    const r = sheet.getRange('A1:A2');
    r.setDataValidation(rule);
    r.setValues([['Đồng ý'], ['']]);
    expect(() => r.setValues([['Đồng ý'], ['Có']])).toThrow('The data you entered in cell A2 violates the data validation rules set on this cell.');
    expect(r.getValues()).toEqual([['Đồng ý'], ['']]);
  });

  it('number and date rules check the value type and bounds', () => {
    const { rt, sheet } = runtime();
    const n = app(rt).newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build();
    const d = app(rt).newDataValidation().requireDate().setAllowInvalid(false).build();
    sheet.getRange('A1').setDataValidation(n);
    sheet.getRange('B1').setDataValidation(d);
    sheet.getRange('A1').setValue('50');
    expect(() => sheet.getRange('A1').setValue(101)).toThrow('violates');
    sheet.getRange('B1').setValue('16/3/2023');
    expect(() => sheet.getRange('B1').setValue('ba')).toThrow('violates');
  });

  it('clearDataValidations removes the rules', () => {
    const { rt, sheet } = runtime();
    sheet.getRange('A1:B1').setDataValidation(app(rt).newDataValidation().requireDate().build());
    sheet.getRange('A1:B1').clearDataValidations();
    expect(sheet.getRange('A1:B1').getDataValidations()).toEqual([[null, null]]);
  });

  it('build without a criterion is refused', () => {
    const { rt } = runtime();
    expect(() => app(rt).newDataValidation().build()).toThrow('criteria');
  });
});

describe('conditional formats', () => {
  it('rules are kept in order, with their ranges, and dumped one per range', () => {
    const { rt, sheet } = runtime();
    const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const empty = app.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges([sheet.getRange('B2:B20')]).build();
    const late = app.newConditionalFormatRule().whenTextEqualTo('Trễ hạn').setBackground('#f4cccc').setRanges([sheet.getRange('C2:C20'), sheet.getRange('E2:E20')]).build();
    const formula = app.newConditionalFormatRule().whenFormulaSatisfied('=$D2<0,8').setBackground('#fce5cd').setRanges([sheet.getRange('A2:L20')]).build();
    sheet.setConditionalFormatRules([empty, late, formula]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(3);
    expect(sheet.getConditionalFormatRules()[1].getRanges().map((r) => r.getA1Notation())).toEqual(['C2:C20', 'E2:E20']);
    expect(rt.dump().sheets[0].conditionalFormats).toEqual([
      { range: 'B2:B20', kind: 'blank', background: '#fff2cc' },
      { range: 'C2:C20', kind: 'textEqual', text: 'Trễ hạn', background: '#f4cccc' },
      { range: 'E2:E20', kind: 'textEqual', text: 'Trễ hạn', background: '#f4cccc' },
      { range: 'A2:L20', kind: 'formula', formula: '=$D2<0,8', background: '#fce5cd' },
    ]);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});

describe('charts', () => {
  it('newChart records type, ranges and position; insert, get and remove', () => {
    const { rt, sheet } = runtime();
    const Charts = rt.globals.Charts as { ChartType: typeof GoogleAppsScript.Charts.ChartType };
    const chart = sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:B6')).setPosition(10, 2, 0, 0).setOption('title', 'Tiến độ').build();
    sheet.insertChart(chart);
    const [got] = sheet.getCharts();
    expect(got.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B6']);
    expect(got.getOptions().get('title')).toBe('Tiến độ');
    expect(rt.dump().sheets[0].charts).toBe(1);
    sheet.removeChart(got);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(rt.dump().sheets[0].charts).toBeUndefined();
  });
});
