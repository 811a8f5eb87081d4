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
  /** A hash of codes and keys: equal cells have equal hashes, so a hash narrows the rows worth comparing. */
  hash: number;
}

/** One cell as `comparedReadings` takes it: a cell read for its indicator, its value beside it (a `Reading` of row-reading.ts). */
export interface CellToCompare {
  indicator: { code: string };
  value: number | null;
  cell: ReportCell;
}

function keyOf(value: number | null, cell: ReportCell): number | string {
  return value === null ? '!' + fold(shown(cell)) : Math.round(value * 1e9) / 1e9;
}

/** Mixes 32 bits into a running hash (FNV-1a style multiply). */
function mix(h: number, n: number): number {
  return Math.imul(h ^ n, 0x01000193);
}

function hashText(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return mix(h, 0x7f);
}

/** Equal numbers (keys are rounded to 9 decimals) give equal parts: the whole part, then the billionths. */
function hashNumber(h: number, x: number): number {
  const whole = Math.floor(x);
  return mix(mix(h, whole | 0), Math.round((x - whole) * 1e9) | 0);
}

/** True when cell (code a, key x) goes after cell (code b, key y): by code, then numbers before texts, each in order. */
function after(a: string, x: number | string, b: string, y: number | string): boolean {
  if (a !== b) return a > b;
  if (typeof x !== typeof y) return typeof x === 'string';
  return x > y;
}

/** What `sameCells` compares of a row: its cells ordered by code then key, and their hash; null for a row with none. */
export function comparedReadings(cells: readonly CellToCompare[]): ComparedCells | null {
  const n = cells.length;
  if (n === 0) return null;
  const out: ComparedCells = { codes: new Array<string>(n), keys: new Array<number | string>(n), hash: 0 };
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    place(out, i, c.indicator.code, keyOf(c.value, c.cell));
  }
  return hashed(out);
}

/** Puts the i-th cell (code, key) in place among the first i, already in order. Insertion sort: a row has a few cells, usually in order. */
function place(out: ComparedCells, i: number, code: string, key: number | string): void {
  const { codes, keys } = out;
  let j = i;
  while (j > 0 && after(codes[j - 1], keys[j - 1], code, key)) {
    codes[j] = codes[j - 1];
    keys[j] = keys[j - 1];
    j--;
  }
  codes[j] = code;
  keys[j] = key;
}

/** Sets the hash of the ordered cells (kept in 30 bits, a small integer for maps). */
function hashed(out: ComparedCells): ComparedCells {
  let hash = 0x811c9dc5;
  for (let i = 0; i < out.codes.length; i++) {
    hash = hashText(hash, out.codes[i]);
    const key = out.keys[i];
    hash = typeof key === 'string' ? hashText(hash, key) : hashNumber(mix(hash, 1), key);
  }
  out.hash = hash & 0x3fffffff;
  return out;
}

/** True when two rows report the same cells (the same codes with the same numbers or texts, in any column order). */
export function sameCells(a: ComparedCells, b: ComparedCells): boolean {
  const n = a.codes.length;
  if (n !== b.codes.length || a.hash !== b.hash) return false;
  for (let i = 0; i < n; i++) if (a.codes[i] !== b.codes[i] || a.keys[i] !== b.keys[i]) return false;
  return true;
}
