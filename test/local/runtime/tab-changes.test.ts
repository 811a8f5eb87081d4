// What a run changed in a loaded tab, told from the originals the grid keeps of the cells written (no copy of the tab is kept).
import { createRuntime } from '../../../local/runtime';
import type { CellData } from '../../../local/workbook-data';

function loaded() {
  const rows: (CellData | null)[][] = [
    [{ value: 'Thôn' }, { value: 'Số' }, { value: 'Ghi chú' }],
    [{ value: 'A' }, { value: 5 }, { value: 'x', note: 'ghi' }],
    [{ value: 'B' }, { value: 7, background: '#ff0000' }, null],
    [{ value: 'C' }, { value: 9 }, { value: 'y' }],
  ];
  const rt = createRuntime({
    workbook: { sheets: [{ name: 'Báo cáo', rows }], timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' },
  });
  return { rt, sheet: rt.spreadsheet.getSheetByName('Báo cáo')! };
}

const cellsChanged = (rt: ReturnType<typeof loaded>['rt']) => rt.dumpWithChanges().changes[0]!.cells;

describe('the changes of a loaded tab', () => {
  it('none when nothing was written, nor when a cell was written back to what it held', () => {
    const { rt, sheet } = loaded();
    expect(cellsChanged(rt)).toEqual([]);
    sheet.getRange('B2').setValue(6);
    sheet.getRange('B2').setValue(5);
    sheet.getRange('B3').setBackground('#00ff00');
    sheet.getRange('B3').setBackground('#ff0000');
    expect(cellsChanged(rt)).toEqual([]);
  });

  it('a value, a note, a background, a cleared cell and a cell where nothing was, each with its parts', () => {
    const { rt, sheet } = loaded();
    sheet.getRange('B2').setValue(6);
    sheet.getRange('C2').setNote(null);
    sheet.getRange('B3').clear();
    sheet.getRange('C3').setValue('mới');
    sheet.getRange('A4:C4').clearContent();
    expect(cellsChanged(rt)).toEqual([
      { row: 2, col: 2, parts: ['value'] },
      { row: 2, col: 3, parts: ['note'] },
      { row: 3, col: 2, parts: ['value', 'background'] },
      { row: 3, col: 3, parts: ['value'] },
      { row: 4, col: 1, parts: ['value'] },
      { row: 4, col: 2, parts: ['value'] },
      { row: 4, col: 3, parts: ['value'] },
    ]);
  });

  it('after rows move: a written cell where it is now, an inserted row against nothing, a deleted row not at all', () => {
    const { rt, sheet } = loaded();
    sheet.getRange('B3').setValue(8);
    sheet.insertRowsBefore(2, 1);
    sheet.getRange('A2').setValue('mới');
    sheet.getRange('C5').setValue('z');
    sheet.deleteRow(5);
    const { cells, rows } = rt.dumpWithChanges().changes[0]!;
    expect(rows?.slice(0, 4)).toEqual([1, undefined, 2, 3]);
    expect(cells).toEqual([
      { row: 2, col: 1, parts: ['value'] },
      { row: 4, col: 2, parts: ['value'] },
    ]);
  });
});
