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

/** True when `last` goes after (day, timestamp). */
function isAfter(last: ReportedValue, day: Day, timestamp: Instant): boolean {
  return last.day > day || (last.day === day && last.timestamp > timestamp);
}

/** `reportedValues` of every code at once, in one pass over `rows` (one village's): code → its values. */
export function reportedValuesByCode(rows: readonly CountedRow[]): Map<string, ReportedValue[]> {
  const byCode = new Map<string, ReportedValue[]>();
  const unsorted = new Set<ReportedValue[]>();
  for (const r of rows) {
    const amounts = r.amounts;
    for (const code in amounts) {
      const value = amounts[code];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      let found = byCode.get(code);
      if (!found) byCode.set(code, (found = []));
      else if (isAfter(found[found.length - 1], r.day, r.timestamp)) unsorted.add(found);
      found.push({ day: r.day, timestamp: r.timestamp, week: r.week, value });
    }
  }
  // The sort is stable, so equal day and timestamp keep the row order.
  for (const found of unsorted) found.sort((a, b) => a.day - b.day || a.timestamp - b.timestamp);
  return byCode;
}
