// Hidden columns: hideColumns/showColumns/isColumnHiddenByUser as Sheets checks them, kept by dump/load and by the .xlsx file.
import { createRuntime } from '../../../local/runtime';
import { readWorkbook, writeWorkbook } from '../../../local/xlsx';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const workbook = () => ({
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi_VN',
  sheets: [{ name: 'Kiểm tra', rows: [[{ value: 'Tab' }, { value: 'Khóa' }, { value: 'x' }]] }],
});

describe('hidden columns', () => {
  it('hides and shows columns, one or several, and refuses columns off the sheet', () => {
    const rt = createRuntime({ workbook: workbook() });
    const sheet = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    sheet.hideColumns(2);
    expect([1, 2, 3].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, false]);
    sheet.hideColumns(3, 2);
    sheet.showColumns(2);
    expect([1, 2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, false, true, true]);
    expect(() => sheet.hideColumns(0)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.hideColumns(sheet.getMaxColumns() + 1)).toThrow('Those columns are out of bounds.');
    expect(rt.calls['Sheet.hideColumns']).toBe(4);
  });

  it('keeps them through dump, load and an .xlsx file', async () => {
    const rt = createRuntime({ workbook: workbook() });
    rt.spreadsheet.getSheetByName('Kiểm tra')!.hideColumns(2);
    const dumped = rt.dump();
    expect(dumped.sheets[0].hiddenColumns).toEqual([2]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-hidden-'));
    try {
      const file = path.join(dir, 'a.xlsx');
      await writeWorkbook(dumped, file);
      const back = (await readWorkbook(file)).workbook;
      expect(back.sheets[0].hiddenColumns).toEqual([2]);
      const again = createRuntime({ workbook: back }).spreadsheet.getSheetByName('Kiểm tra')!;
      expect([1, 2, 3].map((c) => again.isColumnHiddenByUser(c))).toEqual([false, true, false]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
