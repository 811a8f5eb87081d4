// The valid values one village reported for one indicator, in the order "latest" is judged by.
import type { CountedRow, Day, Instant } from '../types';

/** One counted amount of a report row, with what places it in time. */
export interface ReportedValue {
  day: Day;
  timestamp: Instant;
  week: Day;
  value: number;
}

/** Counted amounts of `code` in `rows` (already one village's), sorted by report day, then timestamp, then row order. */
export function reportedValues(rows: readonly CountedRow[], code: string): ReportedValue[] {
  return reportedValuesByCode(rows).get(code) ?? [];
}

/** Rows in report-day, then timestamp order (a stable sort: equal ones keep their order); `rows` itself when already so. */
function inValueOrder(rows: readonly CountedRow[]): readonly CountedRow[] {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    if (a.day > b.day || (a.day === b.day && a.timestamp > b.timestamp))
      return rows.slice().sort((x, y) => x.day - y.day || x.timestamp - y.timestamp);
  }
  return rows;
}

/**
 * `reportedValues` of every code at once, in one pass over `rows` (one village's): code → its values.
 * The rows are sorted once, so each code's values come out in order (the same order a stable sort of them gives).
 */
export function reportedValuesByCode(rows: readonly CountedRow[]): Map<string, ReportedValue[]> {
  const byCode = new Map<string, ReportedValue[]>();
  for (const r of inValueOrder(rows)) {
    const amounts = r.amounts;
    for (const code in amounts) {
      const value = amounts[code];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      let found = byCode.get(code);
      if (!found) byCode.set(code, (found = []));
      found.push({ day: r.day, timestamp: r.timestamp, week: r.week, value });
    }
  }
  return byCode;
}
