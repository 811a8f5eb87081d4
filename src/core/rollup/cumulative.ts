// Lũy kế at week W (docs/rollup.md) for the three kinds: Cộng dồn sums, Lũy kế takes the latest, Đạt/Chưa is 1 when the latest is yes.
import type { Day, IndicatorKind } from '../types';
import { decimalPlaces, roundedSum } from './decimal-sum';
import type { ReportedValue } from './reported-values';

/** `decimalSum` of the values of weeks ≤ `week` (or of `week` alone when `only`), in order, with no list made. */
export function sumOfWeeks(values: readonly ReportedValue[], week: Day, only = false): number {
  let plain = 0;
  let places = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (only ? v.week !== week : v.week > week) continue;
    plain += v.value;
    places = Math.max(places, decimalPlaces(v.value));
  }
  return roundedSum(plain, places);
}

/** The value of the last of `values` (sorted by report day, then timestamp) whose week is ≤ `week`, or null. */
function latestUpTo(values: readonly ReportedValue[], week: Day): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (values[i].week <= week) return values[i].value;
  return null;
}

/** `Cộng dồn`: the sum of the valid amounts of weeks ≤ W. */
export function summedCumulative(values: readonly ReportedValue[], week: Day): number {
  return sumOfWeeks(values, week);
}

/** `Lũy kế`: the latest valid value of weeks ≤ W (0 when there is none). */
export function latestCumulative(values: readonly ReportedValue[], week: Day): number {
  return latestUpTo(values, week) ?? 0;
}

/** `Đạt/Chưa`: 1 when the latest valid value of weeks ≤ W is yes (1), else 0. */
export function yesNoCumulative(values: readonly ReportedValue[], week: Day): number {
  const latest = latestUpTo(values, week);
  return latest !== null && latest >= 1 ? 1 : 0;
}

/** Lũy kế of an indicator of kind `kind` at week `week`, from one village's values (sorted by `reportedValues`). */
export function cumulative(kind: IndicatorKind, values: readonly ReportedValue[], week: Day): number {
  switch (kind) {
    case 'Lũy kế':
      return latestCumulative(values, week);
    case 'Đạt/Chưa':
      return yesNoCumulative(values, week);
    default:
      return summedCumulative(values, week);
  }
}
