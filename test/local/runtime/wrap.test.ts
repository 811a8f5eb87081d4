// Text wrapping: setWrap/setWrapStrategy stored per cell and read back as Sheets does, cleared with the formats, kept by dump/load and the .xlsx file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../../../local/runtime';
import { readWorkbook, writeWorkbook } from '../../../local/xlsx';

const workbook = () => ({
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi_VN',
  sheets: [{ name: 'Kiểm tra', rows: [[{ value: 'Vấn đề' }, { value: 'Giá trị' }]] }],
});

function open() {
  const rt = createRuntime({ workbook: workbook() });
  const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { rt, app, sheet: rt.spreadsheet.getSheetByName('Kiểm tra')! };
}

describe('wrap strategy', () => {
  it('stores WRAP, CLIP and OVERFLOW (the default) per cell; setWrap(false) overflows', () => {
    const { rt, app, sheet } = open();
    expect(sheet.getRange('A1').getWrapStrategy()).toBe(app.WrapStrategy.OVERFLOW);
    sheet.getRange('A1:A3').setWrapStrategy(app.WrapStrategy.WRAP);
    sheet.getRange('B2').setWrapStrategy(app.WrapStrategy.CLIP);
    expect(sheet.getRange('A1:B3').getWrapStrategies()).toEqual([
      ['WRAP', 'OVERFLOW'],
      ['WRAP', 'CLIP'],
      ['WRAP', 'OVERFLOW'],
    ]);
    sheet.getRange('A3').setWrap(false);
    expect(sheet.getRange('A1:A3').getWraps()).toEqual([[true], [true], [false]]);
    expect(sheet.getRange('A3').getWrapStrategy()).toBe('OVERFLOW');
    sheet.getRange('B2').setWrap(true);
    expect(sheet.getRange('B2').getWrap()).toBe(true);
    expect(rt.calls['Range.setWrapStrategy']).toBe(2);
  });

  it('refuses what is not a strategy or a boolean, as Apps Script does', () => {
    const { sheet } = open();
    const range = sheet.getRange('A1');
    expect(() =>
      range.setWrapStrategy('wrap' as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy),
    ).toThrow(
      "The parameters (string) don't match the method signature for SpreadsheetApp.Range.setWrapStrategy.",
    );
    expect(() => range.setWrap('true' as unknown as boolean)).toThrow(
      "The parameters (string) don't match the method signature for SpreadsheetApp.Range.setWrap.",
    );
    expect(range.getWrapStrategy()).toBe('OVERFLOW');
  });

  it('goes with the formats (clearFormat, clear) and stays with the contents (clearContent)', () => {
    const { app, sheet } = open();
    sheet.getRange('A1:B1').setWrapStrategy(app.WrapStrategy.WRAP);
    sheet.getRange('A1').clearContent();
    sheet.getRange('B1').clearFormat();
    expect(sheet.getRange('A1:B1').getWraps()).toEqual([[true, false]]);
    sheet.getRange('A1').clear();
    expect(sheet.getRange('A1').getWrap()).toBe(false);
  });

  it('keeps wrapping through dump, load and an .xlsx file', async () => {
    const { rt, app, sheet } = open();
    sheet.getRange('A1').setWrapStrategy(app.WrapStrategy.WRAP);
    const dumped = rt.dump();
    expect(dumped.sheets[0].rows[0]).toEqual([{ value: 'Vấn đề', wrap: true }, { value: 'Giá trị' }]);
    expect(createRuntime({ workbook: dumped }).spreadsheet.getRange('A1:B1').getWraps()).toEqual([
      [true, false],
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-wrap-'));
    try {
      await writeWorkbook(dumped, path.join(dir, 'w.xlsx'));
      const again = await readWorkbook(path.join(dir, 'w.xlsx'));
      expect(again.workbook.sheets[0].rows[0]).toEqual(dumped.sheets[0].rows[0]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
