// Cần/ngày = max(0, Chỉ tiêu − Lũy kế) / r, r = max(1, days from T's date to Hạn, both counted) (docs/rollup.md).
import type { Day, IndicatorKind } from '../types';
import { daysBetweenInclusive } from '../zone';
import { decimalDifference } from './decimal-sum';

/** Amount still needed per day, from `today` to `due` both counted (all of it on the last day and after). */
export function perDay(target: number, done: number, today: Day, due: Day): number {
  const remaining = Math.max(0, decimalDifference(target, done));
  const days = Math.max(1, daysBetweenInclusive(today, due));
  return remaining / days;
}

/** Cần/ngày of a line: blank (null) for a `Đạt/Chưa` indicator. */
export function perDayFor(
  kind: IndicatorKind,
  target: number,
  done: number,
  today: Day,
  due: Day,
): number | null {
  return kind === 'Đạt/Chưa' ? null : perDay(target, done, today, due);
}
