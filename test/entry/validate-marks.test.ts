// Marks on the offending cells (added, kept beside people's own, taken away) and the batching of a validation run.
import { validateWorkbook } from '../../src/entry/validate-workbook';
import { ensureMarkRecord } from '../../src/sheets/cell-marks';
import { MARKS_TAB } from '../../src/sheets/check/mark-record';
import { ERROR_COLOR, WARNING_COLOR } from '../../src/sheets/check/marks';
import { AS_OF, FORM, checkRecords, install, uninstall } from '../sheets/check/harness';

afterEach(() => {
  uninstall();
  jest.restoreAllMocks();
});

const form = (rt: ReturnType<typeof install>) => rt.spreadsheet.getSheetByName(FORM)!;

describe('marks on the offending cells', () => {
  it('red for Lỗi, yellow for Cảnh báo, a note with the message; other cells untouched', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    const range = form(rt).getDataRange();
    const bg = range.getBackgrounds();
    const notes = range.getNotes();
    const marked: string[] = [];
    bg.forEach((line, r) =>
      line.forEach((b, c) => b !== '#ffffff' && marked.push(`${String.fromCharCode(65 + c)}${r + 1}:${b}`)),
    );
    expect(marked).toEqual([
      `E3:${ERROR_COLOR}`,
      `E4:${ERROR_COLOR}`,
      `C5:${ERROR_COLOR}`,
      `F6:${ERROR_COLOR}`,
      `H7:${WARNING_COLOR}`,
      `B8:${WARNING_COLOR}`,
    ]);
    expect(notes[3][4]).toMatch(/^NTM: Lỗi: Vượt 150%/);
    expect(notes.flat().filter((n) => n !== '')).toHaveLength(6);
  });

  it('are taken away when the problem is gone; a person’s own note and colour stay', () => {
    const rt = install();
    const sheet = form(rt);
    sheet.getRange('E4').setNote('Hỏi lại trưởng thôn');
    sheet.getRange('B8').setBackground('#00ff00');
    validateWorkbook(AS_OF);
    expect(sheet.getRange('E4').getNote()).toMatch(/^NTM: Lỗi: .*\n\nHỏi lại trưởng thôn$/s);
    expect(sheet.getRange('B8').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('B8').getNote()).toMatch(/^NTM: Cảnh báo: /);

    sheet.getRange('E4').setValue('320'); // the leader fixed the value
    sheet.getRange('E3').setValue("'20");
    validateWorkbook(AS_OF);
    expect(sheet.getRange('E4').getNote()).toBe('Hỏi lại trưởng thôn');
    expect(sheet.getRange('E4').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('E3').getNote()).toBe('');
    expect(sheet.getRange('E3').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('B8').getBackground()).toBe('#00ff00');
    expect(checkRecords(rt).map((r) => r['Dòng'])).toEqual([5, 6, 7, 8]);
  });

  it('an officer’s colour on a cell never marked stays when nothing is wrong there', () => {
    const rt = install();
    form(rt).getRange('A2').setBackground(ERROR_COLOR);
    validateWorkbook(AS_OF);
    validateWorkbook(AS_OF);
    expect(form(rt).getRange('A2').getBackground()).toBe(ERROR_COLOR);
  });
});

describe('one read per tab, marks read and written only where they change', () => {
  const since = (rt: ReturnType<typeof install>, before: Record<string, number>) => (k: string) =>
    (rt.calls[k] ?? 0) - (before[k] ?? 0);

  it('counts the Sheets calls of a run in a workbook that has its record of marks', () => {
    const rt = install();
    ensureMarkRecord(rt.spreadsheet);
    const tabs = rt.spreadsheet.getSheets().length;
    const before = { ...rt.calls };
    validateWorkbook(AS_OF);
    const calls = since(rt, before);
    expect(calls('Range.getValues')).toBe(tabs);
    expect(calls('Range.setValues')).toBe(2); // Kiểm tra, and the record of marks
    expect(calls('Range.setNumberFormat')).toBe(1);
    expect(calls('Range.setRichTextValues')).toBe(1);
    // The marked cells (rows 3 to 8 of the form tab) are near one another: one block read and written.
    expect(calls('Range.getBackgrounds')).toBe(1);
    expect(calls('Range.getNotes')).toBe(1);
    expect(calls('Range.setBackgrounds')).toBe(1);
    expect(calls('Range.setNotes')).toBe(2); // the marks, and the header notes of Kiểm tra
    expect(calls('Range.setBackground') + calls('Range.setNote') + calls('Range.setValue')).toBe(0);
  });

  it('a second run with nothing changed reads and writes no mark and keeps the record', () => {
    const rt = install();
    ensureMarkRecord(rt.spreadsheet);
    validateWorkbook(AS_OF);
    const marks = () => {
      const all = form(rt).getDataRange();
      return { backgrounds: all.getBackgrounds(), notes: all.getNotes() };
    };
    const marked = marks();
    expect(marked.notes.flat().filter((n) => n.startsWith('NTM:')).length).toBeGreaterThan(0);
    const before = { ...rt.calls };
    validateWorkbook(AS_OF);
    const calls = since(rt, before);
    expect(marks()).toEqual(marked);
    expect(calls('Range.getBackgrounds') + calls('Range.getNotes')).toBe(2); // marks() above, not the run
    expect(calls('Range.setBackgrounds')).toBe(0);
    expect(calls('Range.setNotes')).toBe(1); // the header notes of Kiểm tra, rebuilt
    expect(calls('Range.setValues')).toBe(1); // Kiểm tra only: the record did not change
  });

  it('marks an earlier version left (no record yet) are found once, then repainted from the record', () => {
    const rt = install();
    const sheet = form(rt);
    sheet.getRange('A2').setBackground(ERROR_COLOR).setNote('NTM: Lỗi: cũ\n\ncủa tôi'); // its problem is gone
    const tabs = rt.spreadsheet.getSheets().length;
    let before = { ...rt.calls };
    validateWorkbook(AS_OF);
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A2').getNote()).toBe('của tôi');
    expect(since(rt, before)('Range.getNotes')).toBeGreaterThanOrEqual(tabs); // every input tab, this once
    expect(rt.spreadsheet.getSheetByName(MARKS_TAB)!.isSheetHidden()).toBe(true);
    before = { ...rt.calls };
    validateWorkbook(AS_OF);
    expect(since(rt, before)('Range.getNotes')).toBe(0);
  });
});
