// What two rows compare for duplicates and resubmissions: their non-blank indicator cells as a set, held without building a key string.
import { fold } from '../text';
import type { ReportCell } from '../types';
import { shown } from './context';

/**
 * A row's compared cells in a fixed order (by code, then value): per cell its indicator code and its
 * number rounded to 9 decimals, or `!` and its folded text when it holds no number.
 */
export interface ComparedCells {
  codes: string[];
  keys: (number | string)[];
}

/** One cell as `comparedCells` takes it: a cell read for its indicator (a `Reading` of row-reading.ts). */
export interface CellToCompare {
  indicator: { code: string };
  reading: { value: number | null };
  cell: ReportCell;
}

function keyOf(value: number | null, cell: ReportCell): number | string {
  return value === null ? '!' + fold(shown(cell)) : Math.round(value * 1e9) / 1e9;
}

/** True when cell (code a, key x) goes after cell (code b, key y): by code, then numbers before texts, each in order. */
function after(a: string, x: number | string, b: string, y: number | string): boolean {
  if (a !== b) return a > b;
  if (typeof x !== typeof y) return typeof x === 'string';
  return x > y;
}

/** The compared cells of a row; null when it has none (a row that reports no amount is nobody's duplicate). */
export function comparedCells(cells: readonly CellToCompare[]): ComparedCells | null {
  const n = cells.length;
  if (n === 0) return null;
  const codes = new Array<string>(n);
  const keys = new Array<number | string>(n);
  // Insertion sort: a row has a few cells, usually already in order.
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    const code = c.indicator.code;
    const key = keyOf(c.reading.value, c.cell);
    let j = i;
    while (j > 0 && after(codes[j - 1], keys[j - 1], code, key)) {
      codes[j] = codes[j - 1];
      keys[j] = keys[j - 1];
      j--;
    }
    codes[j] = code;
    keys[j] = key;
  }
  return { codes, keys };
}

/** True when two rows report the same cells (the same codes with the same numbers or texts, in any column order). */
export function sameCells(a: ComparedCells, b: ComparedCells): boolean {
  const n = a.codes.length;
  if (n !== b.codes.length) return false;
  for (let i = 0; i < n; i++) if (a.codes[i] !== b.codes[i] || a.keys[i] !== b.keys[i]) return false;
  return true;
}
