// Marks on the offending cells (added, kept beside people's own, taken away) and the batching of a validation run.
import { validateWorkbook } from '../../src/entry/validate-workbook';
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

describe('one read per tab, one write per block', () => {
  it('counts the Sheets calls of a run', () => {
    const rt = install();
    const tabs = rt.spreadsheet.getSheets().length;
    const before = { ...rt.calls };
    validateWorkbook(AS_OF);
    const calls = (k: string) => (rt.calls[k] ?? 0) - (before[k] ?? 0);
    expect(calls('Range.getValues')).toBe(tabs);
    expect(calls('Range.setValues')).toBe(1);
    expect(calls('Range.setNumberFormat')).toBe(1);
    expect(calls('Range.setRichTextValues')).toBe(1);
    const reportAndInputTabs = tabs; // Kiểm tra did not exist yet
    expect(calls('Range.getBackgrounds')).toBe(reportAndInputTabs);
    expect(calls('Range.getNotes')).toBe(reportAndInputTabs);
    expect(calls('Range.setBackgrounds')).toBe(1);
    expect(calls('Range.setNotes')).toBe(2); // the marks, and the header notes of Kiểm tra
    expect(calls('Range.setBackground') + calls('Range.setNote') + calls('Range.setValue')).toBe(0);
  });

  it('a second run with nothing changed writes no mark', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    const marks = () => {
      const all = form(rt).getDataRange();
      return { backgrounds: all.getBackgrounds(), notes: all.getNotes() };
    };
    const marked = marks();
    expect(marked.notes.flat().filter((n) => n.startsWith('NTM:')).length).toBeGreaterThan(0);
    const before = { ...rt.calls };
    validateWorkbook(AS_OF);
    expect(marks()).toEqual(marked);
    expect((rt.calls['Range.setBackgrounds'] ?? 0) - (before['Range.setBackgrounds'] ?? 0)).toBe(0);
    expect((rt.calls['Range.setNotes'] ?? 0) - (before['Range.setNotes'] ?? 0)).toBe(1); // the header notes of Kiểm tra, rebuilt
  });
});
