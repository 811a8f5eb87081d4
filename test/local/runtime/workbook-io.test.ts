// Loading a WorkbookData snapshot (raw: nothing read as typed) and dumping it back unchanged.
import type { WorkbookData } from '../../../local/workbook-data';
import { createRuntime } from '../../../local/runtime';
import { at } from './helpers';

const input: WorkbookData = {
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi_VN',
  sheets: [
    {
      name: 'Form 1',
      frozenRows: 1,
      columnWidths: { 1: 160 },
      rows: [
        [
          { value: 'Dấu thời gian', bold: true },
          { value: 'Thôn', bold: true },
          { value: '[HANG_RAO] Hàng rào (m)', bold: true },
          { value: 'Ảnh' },
        ],
        [
          { value: new Date(at(7, 2023, 3, 16, 8, 30)), numberFormat: 'dd/MM/yyyy HH:mm:ss' },
          { value: 'Thịnh Bằng' },
          { value: '3.200', note: 'gõ tay' },
          { value: 'https://drive.example/a', link: 'https://drive.example/a' },
        ],
        null as unknown as [],
        [{ value: '=1+1' }, { value: 2, formula: 'SUM(1,1)' }, null, { value: 0.38, background: '#ff0000' }],
      ],
      dataValidations: [
        { range: 'B2:B10', kind: 'list', values: ['Thịnh Bằng', 'Trung Thịnh'], allowInvalid: false },
      ],
      conditionalFormats: [{ range: 'C2:C10', kind: 'blank', background: '#fff2cc' }],
      protection: { description: 'Đầu vào', warningOnly: true },
    },
    { name: 'Trống', rows: [] },
  ],
};

describe('load', () => {
  it('keeps values as given: text that looks like a number or a formula stays text', () => {
    const rt = createRuntime({ workbook: input });
    const tab = rt.spreadsheet.getSheetByName('Form 1')!;
    expect(tab.getRange('C2').getValue()).toBe('3.200');
    expect(tab.getRange('A4').getValue()).toBe('=1+1');
    expect(tab.getRange('A4').getFormula()).toBe('');
  });

  it('formula cells keep their formula and cached result', () => {
    const rt = createRuntime({ workbook: input });
    const c = rt.spreadsheet.getSheetByName('Form 1')!.getRange('B4');
    expect(c.getFormula()).toBe('=SUM(1,1)');
    expect(c.getValue()).toBe(2);
  });

  it('dates are instants, shown in the workbook zone', () => {
    const rt = createRuntime({ workbook: input });
    const c = rt.spreadsheet.getSheetByName('Form 1')!.getRange('A2');
    expect((c.getValue() as Date).getTime()).toBe(at(7, 2023, 3, 16, 8, 30));
    expect(c.getDisplayValue()).toBe('16/03/2023 08:30:00');
  });

  it('takes zone and locale from the workbook unless options say otherwise', () => {
    expect(createRuntime({ workbook: input }).spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    const rt = createRuntime({ workbook: { ...input, timeZone: 'Asia/Tokyo', locale: 'en_US' } });
    expect([rt.spreadsheet.getSpreadsheetTimeZone(), rt.spreadsheet.getSpreadsheetLocale()]).toEqual([
      'Asia/Tokyo',
      'en_US',
    ]);
    expect(createRuntime({ workbook: input, timeZone: 'UTC' }).spreadsheet.getSpreadsheetTimeZone()).toBe(
      'UTC',
    );
    expect(createRuntime().spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');
  });

  it('rules loaded from the snapshot apply', () => {
    const rt = createRuntime({ workbook: input });
    const tab = rt.spreadsheet.getSheetByName('Form 1')!;
    expect(() => tab.getRange('B5').setValue('Không có')).toThrow('violates');
    expect(tab.getFrozenRows()).toBe(1);
    expect(tab.getColumnWidth(1)).toBe(160);
  });

  it('a tab longer or wider than the default grid is sized to hold it', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [{ value: i }]);
    const wide = [Array.from({ length: 40 }, (_, i) => ({ value: i }))];
    const rt = createRuntime({
      workbook: {
        sheets: [
          { name: 'Dài', rows },
          { name: 'Rộng', rows: wide },
        ],
      },
    });
    expect(rt.spreadsheet.getSheetByName('Dài')!.getMaxRows()).toBe(1500);
    expect(rt.spreadsheet.getSheetByName('Rộng')!.getMaxColumns()).toBe(40);
  });
});

describe('dump', () => {
  it('gives back what was loaded', () => {
    const out = createRuntime({ workbook: input }).dump();
    expect(out.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(out.locale).toBe('vi_VN');
    expect(out.sheets.map((s) => s.name)).toEqual(['Form 1', 'Trống']);
    const [form, empty] = out.sheets;
    expect(empty.rows).toEqual([]);
    expect(form.frozenRows).toBe(1);
    expect(form.columnWidths).toEqual({ 1: 160 });
    expect(form.rows[0]).toEqual(input.sheets[0].rows[0]);
    expect(form.rows[1]).toEqual(input.sheets[0].rows[1]);
    expect(form.rows[2]).toEqual([]);
    expect(form.rows[3]).toEqual([
      { value: '=1+1' },
      { value: 2, formula: 'SUM(1,1)' },
      null,
      { value: 0.38, background: '#ff0000' },
    ]);
    expect(form.dataValidations).toEqual(input.sheets[0].dataValidations);
    expect(form.conditionalFormats).toEqual(input.sheets[0].conditionalFormats);
    expect(form.protection).toEqual({ description: 'Đầu vào', warningOnly: true });
  });

  it('dump, load, dump is stable', () => {
    const once = createRuntime({ workbook: input }).dump();
    const twice = createRuntime({ workbook: once }).dump();
    expect(twice).toEqual(once);
  });

  it('shows what the script wrote: values typed, formats, notes', () => {
    const rt = createRuntime({ now: () => at(7, 2023, 3, 20, 10) });
    const tab = rt.spreadsheet.insertSheet('Tổng hợp');
    tab.getRange('A1:C1').setValues([['Thôn', 'Tỷ lệ', 'Ngày']]);
    tab.getRange('A2:C2').setValues([['Thịnh Bằng', 0.5, new Date(at(7, 2023, 3, 16))]]);
    tab.getRange('B2').setNumberFormat('0%').setNote('Lũy kế / Chỉ tiêu');
    const [, dumped] = rt.dump().sheets;
    expect(dumped.rows[1]).toEqual([
      { value: 'Thịnh Bằng' },
      { value: 0.5, numberFormat: '0%', note: 'Lũy kế / Chỉ tiêu' },
      { value: new Date(at(7, 2023, 3, 16)) },
    ]);
  });

  it('a validation over cells that do not form a rectangle is dumped as column runs', () => {
    const rt = createRuntime();
    const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const tab = rt.spreadsheet.getSheets()[0];
    const rule = app.newDataValidation().requireDate().build();
    tab.getRange('A1:A3').setDataValidation(rule);
    tab.getRange('C2').setDataValidation(rule);
    expect(rt.dump().sheets[0].dataValidations).toEqual([
      { range: 'A1:A3', kind: 'date', allowInvalid: true },
      { range: 'C2', kind: 'date', allowInvalid: true },
    ]);
  });
});
