// Range: a rectangle of one sheet; values, display values, formulas, number formats, notes, backgrounds, bold, rules.
import { a1Of } from './a1';
import type { Cell } from './cell';
import { apiValue, displayValue, storedOf, writeCell, type ApiValue } from './cell-values';
import { countCells } from './cell-counts';
import { as, countCalls } from './context';
import { FakeDataValidation, meetsRule } from './data-validation';
import { checkShape, clearArea, fill, read2d, write2d, type ClearOptions } from './range-ops';
import { RangeBase } from './range-base';
import { readRichText, writeRichText } from './rich-text';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const METHODS = [
  'activate',
  'clear',
  'clearContent',
  'clearDataValidations',
  'clearFormat',
  'clearNote',
  'getA1Notation',
  'getBackground',
  'getBackgrounds',
  'getCell',
  'getColumn',
  'getDataValidation',
  'getDataValidations',
  'getDisplayValue',
  'getDisplayValues',
  'getFontWeight',
  'getFontWeights',
  'getFormula',
  'getFormulas',
  'getGridId',
  'getHeight',
  'getLastColumn',
  'getLastRow',
  'getNote',
  'getNotes',
  'getNumColumns',
  'getNumRows',
  'getNumberFormat',
  'getNumberFormats',
  'getRichTextValue',
  'getRichTextValues',
  'getRow',
  'getRowIndex',
  'getSheet',
  'getValue',
  'getValues',
  'getWidth',
  'getWrap',
  'getWrapStrategies',
  'getWrapStrategy',
  'getWraps',
  'isBlank',
  'offset',
  'setBackground',
  'setBackgrounds',
  'setBorder',
  'setDataValidation',
  'setDataValidations',
  'setFontColor',
  'setFontSize',
  'setFontWeight',
  'setFontWeights',
  'setFormula',
  'setFormulas',
  'setHorizontalAlignment',
  'setNote',
  'setNotes',
  'setNumberFormat',
  'setNumberFormats',
  'setRichTextValue',
  'setRichTextValues',
  'setValue',
  'setValues',
  'setVerticalAlignment',
  'setWrap',
  'setWrapStrategy',
] as const;

/** `#RGB`/`#RRGGBB` to lower-case `#rrggbb`; white and null mean "no background". */
export function normalizeColor(c: string | null | undefined): string | undefined {
  if (c === null || c === undefined || c === '') return undefined;
  let s = String(c).trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(s)) s = `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`;
  return s === '#ffffff' || s === 'white' ? undefined : s;
}

export class FakeRange extends RangeBase implements Pick<Range, (typeof METHODS)[number]> {
  clear(options?: ClearOptions): Range {
    clearArea(this, options);
    return this.self();
  }
  clearContent(): Range {
    return (clearArea(this, { contentsOnly: true }), this.self());
  }
  clearDataValidations(): Range {
    return (clearArea(this, { validationsOnly: true }), this.self());
  }
  clearFormat(): Range {
    return (clearArea(this, { formatOnly: true }), this.self());
  }
  clearNote(): Range {
    return (clearArea(this, { commentsOnly: true }), this.self());
  }
  getBackground(): string {
    return this.first()?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return read2d(this, (c) => c?.background ?? '#ffffff');
  }
  getDataValidation(): Rule | null {
    return as<Rule | null>(this.first()?.validation ?? null);
  }
  getDataValidations(): (Rule | null)[][] {
    return read2d(this, (c) => as<Rule | null>(c?.validation ?? null));
  }
  getDisplayValue(): string {
    return displayValue(this.first(), this.ctx);
  }
  getDisplayValues(): string[][] {
    return read2d(this, (c) => displayValue(c, this.ctx));
  }
  getFontWeight(): FontWeight {
    return this.first()?.bold ? 'bold' : 'normal';
  }
  getFontWeights(): FontWeight[][] {
    return read2d(this, (c) => (c?.bold ? 'bold' : 'normal'));
  }
  getFormula(): string {
    const f = this.first()?.formula;
    return f === undefined ? '' : `=${f}`;
  }
  getFormulas(): string[][] {
    return read2d(this, (c) => (c?.formula === undefined ? '' : `=${c.formula}`));
  }
  getNote(): string {
    return this.first()?.note ?? '';
  }
  getNotes(): string[][] {
    return read2d(this, (c) => c?.note ?? '');
  }
  getNumberFormat(): string {
    return this.first()?.format ?? '';
  }
  getNumberFormats(): string[][] {
    return read2d(this, (c) => c?.format ?? '');
  }
  getRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValue | null {
    return readRichText(
      { grid: this.grid, row: this.row, col: this.col, numRows: 1, numCols: 1 },
      this.ctx,
    )[0][0];
  }
  getRichTextValues(): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] {
    return readRichText(this, this.ctx);
  }
  getValue(): ApiValue {
    return apiValue(this.first(), this.ctx);
  }
  getValues(): ApiValue[][] {
    return read2d(this, (c) => apiValue(c, this.ctx));
  }
  isBlank(): boolean {
    return read2d(
      this,
      (c) => !c || (c.formula === undefined && (c.value === undefined || c.value === '')),
    ).every((r) => r.every(Boolean));
  }
  setBackground(color: string | null): Range {
    fill(this, (c) => (c.background = normalizeColor(color)));
    return this.self();
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    checkShape(colors, this, 'setBackgrounds');
    write2d(this, colors, (c, v) => (c.background = normalizeColor(v)));
    return this.self();
  }
  setDataValidation(rule: Rule | null): Range {
    fill(this, (c) => (c.validation = rule ? (rule as unknown as FakeDataValidation) : undefined));
    return this.self();
  }
  setDataValidations(rules: (Rule | null)[][]): Range {
    checkShape(rules, this, 'setDataValidations');
    write2d(this, rules, (c, v) => (c.validation = v ? (v as unknown as FakeDataValidation) : undefined));
    return this.self();
  }
  setFontWeight(weight: FontWeight | null): Range {
    fill(this, (c) => (c.bold = weight === 'bold' || undefined));
    return this.self();
  }
  setFontWeights(weights: (FontWeight | null)[][]): Range {
    checkShape(weights, this, 'setFontWeights');
    write2d(this, weights, (c, v) => (c.bold = v === 'bold' || undefined));
    return this.self();
  }
  setFormula(formula: string): Range {
    return this.store(
      read2d(this, () => formula),
      true,
    );
  }
  setFormulas(formulas: string[][]): Range {
    checkShape(formulas, this, 'setFormulas');
    return this.store(formulas, true);
  }
  setNote(note: string | null): Range {
    fill(this, (c) => (c.note = note ? String(note) : undefined));
    return this.self();
  }
  setNotes(notes: (string | null)[][]): Range {
    checkShape(notes, this, 'setNotes');
    write2d(this, notes, (c, v) => (c.note = v ? String(v) : undefined));
    return this.self();
  }
  setNumberFormat(format: string): Range {
    fill(this, (c) => (c.format = format || undefined));
    return this.self();
  }
  setNumberFormats(formats: string[][]): Range {
    checkShape(formats, this, 'setNumberFormats');
    write2d(this, formats, (c, v) => (c.format = v || undefined));
    return this.self();
  }
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue): Range {
    return (
      writeRichText(
        this,
        read2d(this, () => value),
        'setRichTextValue',
      ),
      this.self()
    );
  }
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): Range {
    return (writeRichText(this, values, 'setRichTextValues'), this.self());
  }
  setValue(value: unknown): Range {
    return this.store(read2d(this, () => value));
  }
  setValues(values: unknown[][]): Range {
    checkShape(values, this, 'setValues');
    return this.store(values);
  }
  /**
   * Stores each value as if typed (not counted as a call: setValue(s), setFormula(s) and appendRow use it).
   * Checks every cell's data validation first, so a rejected write changes nothing.
   * With `formulas`, a text starting with `=` is a formula even in a plain-text (`@`) cell.
   */
  store(values: unknown[][], formulas = false): Range {
    const stored = values.map((line, r) =>
      line.map((v, c) => {
        if (formulas && typeof v === 'string' && v.length > 1 && v.startsWith('='))
          return { formula: v.slice(1), value: '' };
        return storedOf(v, this.grid.get(this.row + r, this.col + c)?.format, this.ctx);
      }),
    );
    read2d(this, (cell, row, col) => {
      const rule = cell?.validation;
      if (!rule || rule.spec.allowInvalid) return;
      const next: Cell = { format: cell.format };
      writeCell(next, stored[row - this.row][col - this.col]);
      if (!meetsRule(rule.spec, apiValue(next, this.ctx), displayValue(next, this.ctx))) {
        throw new Error(
          `The data you entered in cell ${a1Of(row, col)} violates the data validation rules set on this cell.`,
        );
      }
    });
    write2d(this, stored, (cell, s) => writeCell(cell, s));
    return this.self();
  }
}
countCalls(FakeRange, 'Range', METHODS);
countCells(FakeRange);
