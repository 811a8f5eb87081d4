// One cell of the in-memory grid: its stored value (dates as wall-clock serials, like Sheets), formula and formats.
import type { FakeDataValidation } from './data-validation';

/** A date/time stored as its wall clock in the spreadsheet's zone (what a Sheets serial number is). */
export class WallDate {
  constructor(readonly wall: number) {}
}

export type Stored = string | number | boolean | WallDate;

export interface Cell {
  /** '' or undefined = blank. For a formula: its cached result. */
  value?: Stored;
  /** Without the leading '='. */
  formula?: string;
  format?: string;
  note?: string;
  background?: string;
  bold?: boolean;
  link?: string;
  /** `WRAP` or `CLIP`; undefined = `OVERFLOW`, Sheets' default. */
  wrap?: 'WRAP' | 'CLIP';
  validation?: FakeDataValidation;
}

/** True when a cell has content (a value or a formula): what getLastRow looks at. */
export function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.formula !== undefined || (c.value !== undefined && c.value !== ''));
}

/** True when a cell holds nothing worth keeping. */
export function isEmptyCell(c: Cell): boolean {
  return (
    !hasContent(c) &&
    !c.format &&
    c.note === undefined &&
    c.background === undefined &&
    !c.bold &&
    c.link === undefined &&
    c.wrap === undefined &&
    c.validation === undefined
  );
}

/** True for a Date from any realm (vm contexts have their own Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
