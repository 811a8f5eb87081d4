// Cell contents <-> Apps Script values: what getValues/getDisplayValues return and what setValue(s) store.
import { WallDate, isDate, type Cell, type Stored } from './cell';
import type { RuntimeContext } from './context';
import { displayOf, isNumberFormat } from './display';
import { conventions } from './locale';
import { isDateFormat } from './number-format';
import { readTyped } from './typed-input';
import { fromWall, serialOfWall, toWall, wallFields, wallOfSerial } from './zone';

export type ApiValue = string | number | boolean | Date;

/** Sheets refuses longer text in one cell. */
export const CELL_TEXT_LIMIT = 50000;

/** The value getValues returns for a cell: Date, number, boolean or string, '' for blank. */
export function apiValue(cell: Cell | undefined, ctx: RuntimeContext): ApiValue {
  const v = cell?.value;
  if (v === undefined) return '';
  if (v instanceof WallDate) {
    if (isNumberFormat(cell?.format)) return serialOfWall(v.wall);
    return ctx.makeDate(fromWall(v.wall, ctx.timeZone));
  }
  if (typeof v === 'number' && cell?.format && isDateFormat(cell.format))
    return ctx.makeDate(fromWall(wallOfSerial(v), ctx.timeZone));
  return v;
}

export function displayValue(cell: Cell | undefined, ctx: RuntimeContext): string {
  return displayOf(cell?.value, cell?.format, ctx.locale);
}

/** How an Apps Script value is stored, given the cell's current number format. */
export function storedOf(
  value: unknown,
  format: string | undefined,
  ctx: RuntimeContext,
): { value?: Stored; formula?: string; format?: string } {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { value: String(value) };
  if (typeof value === 'boolean') return { value };
  if (isDate(value)) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw new Error('Invalid Date: a Date written to a cell must hold a valid time.');
    return { value: new WallDate(toWall(t, ctx.timeZone)) };
  }
  const text = String(value);
  if (text.length > CELL_TEXT_LIMIT) {
    throw new Error(
      `Your input contains more than the maximum of ${CELL_TEXT_LIMIT} characters in a single cell.`,
    );
  }
  if (format === '@') return { value: text };
  const thisYear = () => wallFields(toWall(ctx.now(), ctx.timeZone)).y;
  const typed = readTyped(text, conventions(ctx.locale), thisYear);
  if ('formula' in typed) return { formula: typed.formula, value: '' };
  return { value: typed.value, format: format ? undefined : typed.format };
}

/** Writes a stored value into a cell, replacing any formula. */
export function writeCell(cell: Cell, stored: { value?: Stored; formula?: string; format?: string }): void {
  cell.value = stored.value;
  cell.formula = stored.formula;
  if (cell.value === undefined) delete cell.value;
  if (cell.formula === undefined) delete cell.formula;
  if (stored.format) cell.format = stored.format;
}
