// The grid keeps a cell holding only a value as the value: what every read sees is the same as with a cell object.
import { WallDate } from '../../../local/runtime/cell';
import { Grid } from '../../../local/runtime/grid';
import { createRuntime } from '../../../local/runtime';

describe('cells holding only a value', () => {
  it('read back as cells, zero and false included, and grow into cells again when written', () => {
    const g = new Grid();
    const date = new WallDate(45_000);
    const values = [0, false, 'chữ', date, 3.5];
    values.forEach((v, i) => {
      g.at(2, i + 1).value = v;
      g.tidy(2, i + 1);
    });
    expect(values.map((_, i) => g.get(2, i + 1))).toEqual(values.map((value) => ({ value })));
    expect(g.get(2, 4)?.value).toBe(date);
    expect([g.lastRow(), g.lastColumn()]).toEqual([2, 5]);
    expect([...g.cells()].map(([r, c]) => [r, c])).toEqual(values.map((_, i) => [2, i + 1]));
    // A cell handed out by `get` is a copy: only `at` writes.
    g.get(2, 1)!.value = 9;
    expect(g.get(2, 1)).toEqual({ value: 0 });
    g.at(2, 1).note = 'ghi chú';
    g.tidy(2, 1);
    expect(g.get(2, 1)).toEqual({ value: 0, note: 'ghi chú' });
    g.at(2, 1).note = undefined;
    g.tidy(2, 1);
    expect(g.get(2, 1)).toEqual({ value: 0 });
    g.at(2, 5).value = '';
    g.tidy(2, 5);
    expect([g.get(2, 5), g.lastColumn()]).toEqual([undefined, 4]);
  });

  it('through the services: values, formats and notes of a loaded tab as loaded, and changes told', () => {
    const rt = createRuntime({
      workbook: {
        sheets: [
          {
            name: 'Báo cáo',
            rows: [
              [{ value: 'Thôn' }, { value: 'Số' }],
              [{ value: 'A' }, { value: 0 }],
              [{ value: 'B' }, { value: 1500, numberFormat: '#,##0', note: 'n' }],
            ],
          },
        ],
        timeZone: 'Asia/Ho_Chi_Minh',
        locale: 'vi_VN',
      },
    });
    const sheet = rt.spreadsheet.getSheetByName('Báo cáo')!;
    const range = sheet.getRange('A1:B3');
    expect(range.getValues()).toEqual([
      ['Thôn', 'Số'],
      ['A', 0],
      ['B', 1500],
    ]);
    expect(range.getDisplayValues()[2]).toEqual(['B', '1.500']);
    expect(range.getNotes()[2]).toEqual(['', 'n']);
    sheet.getRange('B2').setNote('mới');
    sheet.getRange('B2').setNote(null);
    expect(rt.dumpWithChanges().changes[0]!.cells).toEqual([]);
    sheet.getRange('A2').setBackground('#ffff00');
    expect(rt.dumpWithChanges().changes[0]!.cells).toEqual([{ row: 2, col: 1, parts: ['background'] }]);
  });
});
