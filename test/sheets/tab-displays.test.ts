// Display texts read only for columns holding numbers, dates or booleans: the same grid as reading them all, for fewer cells.
import { columnsShown, runsOf } from '../../src/sheets/tab-displays';
import { readTab } from '../../src/sheets/tab-io';
import { installGlobals, removeGlobals } from '../local/runtime/install-globals';

afterEach(() => removeGlobals());

describe('which columns are read as shown', () => {
  it('a column with any number, date or boolean; never one of text and blanks only', () => {
    const values = [
      ['Dấu thời gian', 'Thôn', 'Số', 'Ghi chú', 'Có'],
      [new Date(0), 'A', 3200, '', true],
      [new Date(0), 'B', '1,5', 'x', ''],
    ];
    expect(columnsShown(values, 5)).toEqual([true, false, true, false, true]);
    expect(runsOf([true, false, true, true, false, true])).toEqual([
      [0, 1],
      [2, 2],
      [5, 1],
    ]);
  });
});

describe('readTab', () => {
  it('gives the display texts getDisplayValues gives, reading only the columns that can differ', () => {
    const rt = installGlobals({
      workbook: {
        sheets: [
          {
            name: 'Báo cáo',
            rows: [
              [{ value: 'Thôn' }, { value: 'Số' }, { value: 'Ngày' }, { value: 'Ghi chú' }],
              [
                { value: 'A' },
                { value: 3200, numberFormat: '#,##0' },
                { value: new Date(Date.UTC(2023, 2, 1)) },
                { value: '=1+1 ' },
              ],
              [{ value: 'B' }, { value: 1.5 }, null, { value: '3.200' }],
            ],
          },
        ],
        timeZone: 'Asia/Ho_Chi_Minh',
        locale: 'vi_VN',
      },
    });
    const sheet = rt.spreadsheet.getSheetByName('Báo cáo')!;
    const all = sheet.getDataRange().getDisplayValues();
    const before = rt.cells.read;
    const tab = readTab(sheet);
    expect(tab.displays).toEqual(all);
    expect(tab.displays[1][1]).toBe('3.200');
    expect(rt.cells.read - before).toBe(3 * 4 + 3 * 2); // values of all, texts of Số and Ngày
  });
});
