// Cells a Range call reads or writes (its whole area), counted beside the calls: what batching cannot hide, since Sheets bills every cell.
import type { RuntimeContext } from './context';

/** Cells read and written so far, by every Range call of one runtime. */
export interface CellCounts {
  read: number;
  written: number;
}

/** Range methods that read every cell of the range (a getter of one cell reads one). */
export const CELL_READS: readonly string[] = [
  'getBackground',
  'getBackgrounds',
  'getDataValidation',
  'getDataValidations',
  'getDisplayValue',
  'getDisplayValues',
  'getFontWeight',
  'getFontWeights',
  'getFormula',
  'getFormulas',
  'getNote',
  'getNotes',
  'getNumberFormat',
  'getNumberFormats',
  'getRichTextValue',
  'getRichTextValues',
  'getValue',
  'getValues',
  'isBlank',
];

/** Range methods that write every cell of the range (a setter of one value for a whole range writes them all). */
export const CELL_WRITES: readonly string[] = [
  'clear',
  'clearContent',
  'clearDataValidations',
  'clearFormat',
  'clearNote',
  'setBackground',
  'setBackgrounds',
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
];

/** Single-cell getters read the range's top-left cell only. */
const ONE_CELL = new Set([
  'getBackground',
  'getDataValidation',
  'getDisplayValue',
  'getFontWeight',
  'getFormula',
  'getNote',
  'getNumberFormat',
  'getRichTextValue',
  'getValue',
]);

interface Sized {
  readonly ctx: RuntimeContext;
  readonly numRows: number;
  readonly numCols: number;
}

/**
 * Wraps the listed methods of the Range fake so that each adds its cells to ctx.cells: the range's
 * area (one for a single-cell getter). Applied after countCalls, so calls and cells are both counted.
 */
export function countCells(cls: abstract new (...args: never[]) => Sized): void {
  const proto = cls.prototype as Record<string, unknown>;
  const wrap = (name: string, kind: keyof CellCounts) => {
    const original = proto[name];
    if (typeof original !== 'function') throw new Error(`Range.${name} is not implemented`);
    proto[name] = function (this: Sized, ...args: unknown[]) {
      this.ctx.cells[kind] += ONE_CELL.has(name) ? 1 : this.numRows * this.numCols;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  for (const name of CELL_READS) wrap(name, 'read');
  for (const name of CELL_WRITES) wrap(name, 'written');
}
