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
  const found: ReportedValue[] = [];
  let sorted = true;
  for (const r of rows) {
    const value = r.amounts[code];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const last = found.length > 0 ? found[found.length - 1] : undefined;
    if (last && (last.day > r.day || (last.day === r.day && last.timestamp > r.timestamp))) sorted = false;
    found.push({ day: r.day, timestamp: r.timestamp, week: r.week, value });
  }
  // The sort is stable, so equal day and timestamp keep the row order.
  if (!sorted) found.sort((a, b) => a.day - b.day || a.timestamp - b.timestamp);
  return found;
}

/** The latest value (latest report day, then latest timestamp) among `values` (sorted as above), or null. */
export function latestValue(values: readonly ReportedValue[]): number | null {
  return values.length === 0 ? null : values[values.length - 1].value;
}

/** Values of weeks up to and including `week`. */
export function upToWeek(values: readonly ReportedValue[], week: Day): ReportedValue[] {
  return values.filter((v) => v.week <= week);
}

/** Values of weeks strictly before `week`. */
export function beforeWeek(values: readonly ReportedValue[], week: Day): ReportedValue[] {
  return values.filter((v) => v.week < week);
}

/** Values of exactly `week`. */
export function inWeek(values: readonly ReportedValue[], week: Day): ReportedValue[] {
  return values.filter((v) => v.week === week);
}
