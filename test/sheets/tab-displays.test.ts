// Display texts read only for columns holding numbers, dates or booleans: the same grid as reading them all, for fewer cells.
import { columnsShown, numberColumns, runsOf } from '../../src/sheets/tab-displays';
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
    // Values of all, the number formats of the first data row, texts of Số (formatted #,##0) and Ngày.
    expect(rt.cells.read - before).toBe(3 * 4 + 4 + 3 * 2);
  });
});

/** A one-tab workbook: a header, then `rows` (Thôn, Số, Ngày); `locale` of the spreadsheet. */
function numbersTab(rows: [string, number | string | null, Date | null, string?][], locale = 'vi_VN') {
  const rt = installGlobals({
    workbook: {
      sheets: [
        {
          name: 'Báo cáo',
          rows: [
            [{ value: 'Thôn' }, { value: 'Số' }, { value: 'Ngày' }],
            ...rows.map(([v, n, d, format]) => [
              { value: v },
              n === null ? null : format ? { value: n, numberFormat: format } : { value: n },
              d === null ? null : { value: d },
            ]),
          ],
        },
      ],
      timeZone: 'Asia/Ho_Chi_Minh',
      locale,
    },
  });
  return { rt, sheet: rt.spreadsheet.getSheetByName('Báo cáo')! };
}

const DAY = new Date(Date.UTC(2023, 2, 1));

describe('numbers under the automatic format', () => {
  it('a column of numbers is told from one of dates, yes/no or mixed values', () => {
    const values = [
      ['Số', 'Ngày', 'Có', 'Lẫn', 'Chữ'],
      [3200, DAY, true, 5, 'a'],
      ['', DAY, false, DAY, ''],
      [0.5, '', '', '', 'b'],
    ];
    expect(numberColumns(values, 5)).toEqual([true, false, false, false, false]);
  });

  it('are shown as Sheets shows them without reading their texts: only the date column is read', () => {
    const numbers = [1500, 0.38, -2, -0.5, 1e-7, 123456789012, 2 / 3, 0, '3.200', null];
    const { rt, sheet } = numbersTab(numbers.map((n, i) => [`T${i}`, n, i % 2 ? DAY : null]));
    const all = sheet.getDataRange().getDisplayValues();
    const before = rt.cells.read;
    const tab = readTab(sheet);
    expect(tab.displays).toEqual(all);
    expect(tab.displays.slice(1, 4).map((r) => r[1])).toEqual(['1500', '0,38', '-2']);
    const rows = numbers.length + 1;
    // Values of all, the number formats of the first data row, texts of Ngày only.
    expect(rt.cells.read - before).toBe(rows * 3 + 3 + rows);
  });

  it('in en_US with the decimal point', () => {
    const { sheet } = numbersTab(
      [
        ['A', 0.38, DAY],
        ['B', 1500, null],
      ],
      'en_US',
    );
    expect(readTab(sheet).displays.map((r) => r[1])).toEqual(['Số', '0.38', '1500']);
  });

  it('in a locale whose decimal mark is not known here, the texts are read', () => {
    const { rt, sheet } = numbersTab(
      [
        ['A', 0.38, null],
        ['B', 1500, null],
      ],
      'ja_JP',
    );
    const all = sheet.getDataRange().getDisplayValues();
    const before = rt.cells.read;
    expect(readTab(sheet).displays).toEqual(all);
    expect(rt.cells.read - before).toBe(3 * 3 + 3); // values, then the texts of Số
  });

  it("the limit: a cell formatted unlike its column's first data row is shown as the automatic format shows it", () => {
    const { sheet } = numbersTab([
      ['A', 1500, null],
      ['B', 3200, null, '#,##0'],
    ]);
    expect(sheet.getRange(3, 2).getDisplayValue()).toBe('3.200');
    expect(readTab(sheet).displays[2][1]).toBe('3200');
  });
});
