// Kế hoạch đến nay (docs/rollup.md): the share of the target that should be done by T's date.
import type { Day, IndicatorKind } from '../types';
import { daysBetweenInclusive } from '../zone';

/**
 * Fraction of the span `start`..`due` reached on `today`: min(1, max(0, e / n)) with
 * e = days from start to today, both counted (0 before the start), n = days start..due, both counted.
 * Exactly 1 from `due` on. A span ending before it starts is reached in full on `due`.
 */
export function plannedFraction(start: Day, due: Day, today: Day): number {
  const n = daysBetweenInclusive(start, due);
  if (n < 1) return today >= due ? 1 : 0;
  const e = Math.max(0, daysBetweenInclusive(start, today));
  return Math.min(1, Math.max(0, e / n));
}

/**
 * Kế hoạch đến nay = target × min(1, max(0, e / n)); for `Đạt/Chưa` the whole target from `due` on, 0 before.
 * Example: 3.200 m from 15/03 to 15/05 (n = 62), on 23/03 (e = 9): 3200 × 9/62 = 464,516… m.
 */
export function plannedToDate(
  target: number,
  start: Day,
  due: Day,
  today: Day,
  kind?: IndicatorKind,
): number {
  if (kind === 'Đạt/Chưa') return today >= due ? target : 0;
  const fraction = plannedFraction(start, due, today);
  return target * fraction;
}
