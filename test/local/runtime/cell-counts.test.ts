// Every Range call that reads or writes cells counts its whole area in runtime.cells; geometry calls count none.
import { runtime as setUp } from './helpers';
import { CELL_READS, CELL_WRITES } from '../../../local/runtime/cell-counts';

function tab() {
  const made = setUp();
  const app = made.rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().insertSheet('Thôn');
  made.rt.cells.read = 0;
  made.rt.cells.written = 0;
  return { rt: made.rt, sheet };
}

describe('cell counting', () => {
  it('counts the range of each batch read and write, and one cell for a single-cell getter', () => {
    const { rt, sheet } = tab();
    const r = sheet.getRange(1, 1, 3, 2);
    r.setValues([
      ['Thôn', 'Số hộ'],
      ['A', 1],
      ['B', 2],
    ]);
    expect(rt.cells).toEqual({ read: 0, written: 6 });
    r.getValues();
    r.getDisplayValues();
    r.getBackgrounds();
    r.getNotes();
    expect(rt.cells).toEqual({ read: 24, written: 6 });
    r.getValue();
    sheet.getRange(2, 2, 2, 1).getFormulas();
    sheet.getRange(1, 1, 1, 2).setBackground('#ff0000');
    expect(rt.cells).toEqual({ read: 27, written: 8 });
  });

  it('counts nothing for geometry and sheet-level calls', () => {
    const { rt, sheet } = tab();
    const r = sheet.getRange(1, 1, 50, 4);
    r.getNumRows();
    r.getA1Notation();
    r.getLastRow();
    sheet.getLastRow();
    sheet.getMaxColumns();
    expect(rt.cells).toEqual({ read: 0, written: 0 });
  });

  it('sorts every cell method of the Range fake as a read or a write, never both', () => {
    expect(CELL_READS.filter((m) => CELL_WRITES.includes(m))).toEqual([]);
    expect(CELL_READS.every((m) => /^(get|is)[A-Z]/.test(m))).toBe(true);
    expect(CELL_WRITES.every((m) => /^(set|clear)/.test(m))).toBe(true);
  });
});
