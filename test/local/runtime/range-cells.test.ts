// Range cells beyond values: clearing contents, formats and notes; notes, backgrounds and weights per cell; isBlank.
import { runtime } from './helpers';

describe('clearing', () => {
  function filled() {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:B1');
    r.setValues([[1, '=A1']]);
    r.setNumberFormat('0.00').setBackground('#ff0000').setNote('n').setFontWeight('bold');
    return { sheet, r };
  }
  const state = (r: GoogleAppsScript.Spreadsheet.Range) => ({
    values: r.getValues(),
    formulas: r.getFormulas(),
    formats: r.getNumberFormats(),
    backgrounds: r.getBackgrounds(),
    notes: r.getNotes(),
    weights: r.getFontWeights(),
  });

  it('clearContent keeps formats and notes', () => {
    const { r } = filled();
    r.clearContent();
    expect(state(r)).toEqual({
      values: [['', '']],
      formulas: [['', '']],
      formats: [['0.00', '0.00']],
      backgrounds: [['#ff0000', '#ff0000']],
      notes: [['n', 'n']],
      weights: [['bold', 'bold']],
    });
  });

  it('clearFormat keeps values and notes', () => {
    const { r } = filled();
    r.clearFormat();
    expect(state(r)).toMatchObject({
      values: [[1, '']],
      formats: [['', '']],
      backgrounds: [['#ffffff', '#ffffff']],
      notes: [['n', 'n']],
      weights: [['normal', 'normal']],
    });
  });

  it('clear() removes everything; clearNote only notes', () => {
    const { r } = filled();
    r.clearNote();
    expect(r.getNotes()).toEqual([['', '']]);
    expect(r.getValues()).toEqual([[1, '']]);
    r.clear();
    expect(state(r)).toEqual({
      values: [['', '']],
      formulas: [['', '']],
      formats: [['', '']],
      backgrounds: [['#ffffff', '#ffffff']],
      notes: [['', '']],
      weights: [['normal', 'normal']],
    });
  });

  it('Sheet.clear, clearContents and clearFormats act on the whole tab', () => {
    const { sheet, r } = filled();
    sheet.clearContents();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '0.00']]);
    sheet.clearFormats();
    expect(r.getNumberFormats()).toEqual([['', '']]);
    r.setValue(5);
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('notes, backgrounds, weights', () => {
  it('round-trip per cell, with defaults for untouched cells', () => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:B2');
    r.setNotes([
      ['a', null],
      ['', 'd'],
    ]);
    r.setBackgrounds([
      ['#F00', null],
      ['#00ff00', '#FFFFFF'],
    ]);
    r.setFontWeights([
      ['bold', null],
      ['normal', 'bold'],
    ]);
    expect(r.getNotes()).toEqual([
      ['a', ''],
      ['', 'd'],
    ]);
    expect(r.getBackgrounds()).toEqual([
      ['#ff0000', '#ffffff'],
      ['#00ff00', '#ffffff'],
    ]);
    expect(r.getFontWeights()).toEqual([
      ['bold', 'normal'],
      ['normal', 'bold'],
    ]);
    expect(r.getNote()).toBe('a');
    expect(r.getBackground()).toBe('#ff0000');
    expect(r.getFontWeight()).toBe('bold');
    r.setBackground(null);
    expect(r.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
  });

  it('isBlank is true only when no cell has content', () => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:B2');
    r.setNote('only a note');
    expect(r.isBlank()).toBe(true);
    sheet.getRange('B2').setValue(0);
    expect(r.isBlank()).toBe(false);
  });
});
