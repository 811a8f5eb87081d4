// Building `Kiểm tra` problems from what a rule found: the acceptance key and whether the officer accepted it.
import type { Level, Problem, ReportRow } from '../types';
import { acceptanceKey } from './acceptance-key';

/** What a rule reports about one cell (or the whole row), before the key is attached. */
export interface Draft {
  column: string;
  col: number;
  level: Level;
  message: string;
  /** Original text of the cell. */
  value: string;
  /** The whole row is left out (never acceptable). */
  wholeRow?: boolean;
  /** False when even an officer's `Đồng ý` cannot make the value count (e.g. words instead of digits). */
  acceptable?: boolean;
}

export function acceptable(d: Draft): boolean {
  return !d.wholeRow && d.acceptable !== false;
}

/** The acceptance key of a draft on `row`. */
export function keyOf(row: ReportRow, d: Draft): string {
  return acceptanceKey(row.tab, row.timestampDisplay, row.village, d.column, d.value);
}

/** True when the officer accepted this draft and it can be accepted. */
export function isAccepted(row: ReportRow, d: Draft, accepted: ReadonlySet<string>): boolean {
  return accepted.size > 0 && acceptable(d) && accepted.has(keyOf(row, d));
}

export function toProblem(row: ReportRow, d: Draft, accepted: ReadonlySet<string>): Problem {
  return {
    tab: row.tab,
    row: row.row,
    village: row.village,
    column: d.column,
    col: d.col,
    level: d.level,
    message: d.message,
    value: d.value,
    wholeRow: d.wholeRow === true,
    key: keyOf(row, d),
    accepted: isAccepted(row, d, accepted),
    acceptable: acceptable(d),
  };
}
