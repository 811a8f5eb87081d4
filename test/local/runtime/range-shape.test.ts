// Ranges: A1 and positional addressing, Sheets' dimension checks, last row/column, rows inserted, appended, deleted.
import { runtime } from './helpers';

describe('addressing', () => {
  it('getRange by position and by A1 name the same cells', () => {
    const { sheet } = runtime();
    const r = sheet.getRange(2, 3, 4, 2);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 2]);
    expect(r.getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange('C2:D5').getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange('$Z$10').getColumn()).toBe(26);
    expect(() => sheet.getRange('AA1')).toThrow('outside the dimensions of the sheet');
  });

  it('whole columns and rows reach the edge of the sheet', () => {
    const { sheet } = runtime();
    expect(sheet.getRange('B:B').getA1Notation()).toBe('B1:B1000');
    expect(sheet.getRange('A2:C').getNumRows()).toBe(999);
    expect(sheet.getRange('3:3').getNumColumns()).toBe(26);
  });

  it('Spreadsheet.getRange reads a tab name, quoted or not', () => {
    const { rt } = runtime();
    const tab = rt.spreadsheet.insertSheet('Cấu hình');
    tab.getRange('B2').setValue('Sơn Bằng');
    expect(rt.spreadsheet.getRange("'Cấu hình'!B2").getValue()).toBe('Sơn Bằng');
    expect(rt.spreadsheet.getRange('Cấu hình!B2:B2').getValue()).toBe('Sơn Bằng');
    expect(() => rt.spreadsheet.getRange('Không có!A1')).toThrow('Range not found');
  });

  it('a range outside the sheet, empty, or with non-integer coordinates is refused', () => {
    const { sheet } = runtime();
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(0, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('number of rows in the range must be at least 1');
    expect(() => sheet.getRange(1.5, 1)).toThrow("don't match the method signature");
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('getCell and offset move relative to the range', () => {
    const { sheet } = runtime();
    const r = sheet.getRange('B2:D4');
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E5');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getSheet().getName()).toBe(sheet.getName());
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([4, 4]);
  });
});

describe('dimension checks of 2-D writes', () => {
  const setters = [
    'setValues',
    'setFormulas',
    'setNotes',
    'setBackgrounds',
    'setNumberFormats',
    'setFontWeights',
  ] as const;

  it.each(setters)('%s refuses a wrong number of rows, naming both counts', (method) => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:B3') as unknown as Record<string, (d: unknown[][]) => unknown>;
    expect(() =>
      r[method]([
        ['', ''],
        ['', ''],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it.each(setters)('%s refuses a wrong number of columns', (method) => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:B1') as unknown as Record<string, (d: unknown[][]) => unknown>;
    expect(() => r[method]([['', '', '']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('a ragged row is refused and nothing is written', () => {
    const { sheet } = runtime();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow('number of columns');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('a flat array is refused', () => {
    const { sheet } = runtime();
    expect(() => sheet.getRange('A1:B1').setValues([1, 2] as unknown as unknown[][])).toThrow(
      "don't match the method signature",
    );
  });

  it('setValue fills every cell of the range', () => {
    const { sheet } = runtime();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
});

describe('used area and rows', () => {
  it('getLastRow/getLastColumn follow content, not formatting or notes', () => {
    const { sheet } = runtime();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setValue(1);
    sheet.getRange('A9').setBackground('#ff0000').setNote('ghi chú');
    sheet.getRange('E2').setFormula('=1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E5');
  });

  it('getDataRange of an empty sheet is A1', () => {
    const { sheet } = runtime();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('appendRow writes after the last row with content, reading text as typed', () => {
    const { sheet } = runtime();
    sheet.getRange('A1:B1').setValues([['Thôn', 'Số hộ']]);
    sheet.appendRow(['Thịnh Bằng', '1.200']);
    sheet.appendRow(['Trung Thịnh', 95]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Thôn', 'Số hộ'],
      ['Thịnh Bằng', 1200],
      ['Trung Thịnh', 95],
    ]);
  });

  it('appendRow grows the sheet when it is full', () => {
    const { sheet } = runtime();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['more', 1, 2]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 3).getValues()).toEqual([['more', 1, 2]]);
  });

  it('insertRowsAfter shifts the rows below and grows the sheet', () => {
    const { sheet } = runtime();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], [1]]);
  });

  it('deleteRows shifts the rows below up and shrinks the sheet', () => {
    const { sheet } = runtime();
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.getRange('A4').setNote('n4');
    sheet.deleteRows(2, 2);
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [4]]);
    expect(sheet.getRange('A2').getNote()).toBe('n4');
    expect(() => sheet.deleteRows(998, 5)).toThrow('out of bounds');
    expect(() => sheet.deleteRows(1, 998)).toThrow("can't delete all the rows");
  });

  it('insertColumnsAfter and deleteColumns move cells sideways', () => {
    const { sheet } = runtime();
    sheet.getRange('A1:C1').setValues([[1, 2, 3]]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[1, '', 2, 3]]);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1, 3]]);
  });
});
