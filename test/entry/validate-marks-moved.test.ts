// Marks follow their rows when a person deletes a row above them or sorts a report tab: no stray mark, no mark twice, their own notes kept.
import { validateWorkbook } from '../../src/entry/validate-workbook';
import { MARKS_TAB } from '../../src/sheets/check/mark-record';
import type { Runtime } from '../../local/runtime';
import type { WorkbookData } from '../../local/workbook-data';
import { AS_OF, FORM, install, uninstall } from '../sheets/check/harness';

afterEach(uninstall);

/** Every cell of the form tab with a background or a note, as `A1: background | note`. */
function looks(rt: Runtime): string[] {
  const range = rt.spreadsheet.getSheetByName(FORM)!.getDataRange();
  const bg = range.getBackgrounds();
  const notes = range.getNotes();
  const out: string[] = [];
  bg.forEach((line, r) =>
    line.forEach((b, c) => {
      if (b === '#ffffff' && notes[r][c] === '') return;
      out.push(`${String.fromCharCode(65 + c)}${r + 1}: ${b} | ${notes[r][c]}`);
    }),
  );
  return out.sort();
}

/** The record's cells, as `Tab!A1`. */
function recorded(rt: Runtime): string[] {
  const sheet = rt.spreadsheet.getSheetByName(MARKS_TAB)!;
  const [, ...lines] = sheet.getDataRange().getValues();
  return lines.map((l) => `${String(l[0])}!${String(l[1])}`).sort();
}

/** The workbook after a person sorted the form's answers (rows 2…) by `order`: whole cells move, notes and colours with them. */
function sortedForm(data: WorkbookData, order: (rows: number) => number[]): WorkbookData {
  return {
    ...data,
    sheets: data.sheets.map((s) => {
      if (s.name !== FORM) return s;
      const [header, ...answers] = s.rows;
      return { ...s, rows: [header, ...order(answers.length).map((i) => answers[i])] };
    }),
  };
}

describe('marks follow their rows', () => {
  it('after a row above is deleted, each mark is where its row went and nothing is marked twice', () => {
    const rt = install();
    const form = rt.spreadsheet.getSheetByName(FORM)!;
    validateWorkbook(AS_OF);
    form.getRange('E4').setNote(`${form.getRange('E4').getNote()}\n\nHỏi lại trưởng thôn`);
    const before = looks(rt);
    form.deleteRow(2); // a clean row (the leader's test submission)
    const shiftedUp = before.map((l) =>
      l.replace(/^([A-Z])(\d+)/, (_m, c: string, r: string) => `${c}${Number(r) - 1}`),
    );
    expect(looks(rt)).toEqual(shiftedUp.sort());

    validateWorkbook(AS_OF);
    expect(looks(rt)).toEqual(shiftedUp.sort());
    expect(looks(rt).filter((l) => /NTM: .*NTM: /s.test(l))).toEqual([]);
    expect(form.getRange('E3').getNote()).toMatch(/^NTM: Lỗi: .*\n\nHỏi lại trưởng thôn$/s);
    expect(recorded(rt)).toEqual(
      shiftedUp
        .filter((l) => l.includes('NTM: '))
        .map((l) => `${FORM}!${l.split(':')[0]}`)
        .sort(),
    );
  });

  it('after the answers are sorted, a second validation changes nothing and marks what a fresh workbook would', () => {
    const first = install();
    validateWorkbook(AS_OF);
    const reversed = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i);
    const sorted = sortedForm(first.dump(), reversed);
    uninstall();

    const rt = install({ workbook: sorted });
    const moved = looks(rt);
    validateWorkbook(AS_OF);
    expect(looks(rt)).toEqual(moved);
    expect(looks(rt).filter((l) => /NTM: .*NTM: /s.test(l))).toEqual([]);
    uninstall();

    // The same answers in the same order, never marked before: the same cells get the same marks.
    const fresh = install();
    const plain = fresh.dump();
    uninstall();
    const unmarked = install({ workbook: sortedForm(plain, reversed) });
    validateWorkbook(AS_OF);
    expect(looks(unmarked)).toEqual(moved);
  });
});
