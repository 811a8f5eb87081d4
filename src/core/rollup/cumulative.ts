// Lũy kế at week W (docs/rollup.md) for the three kinds: Cộng dồn sums, Lũy kế takes the latest, Đạt/Chưa is 1 when the latest is yes.
import type { Day, IndicatorKind } from '../types';
import { decimalSum } from './decimal-sum';
import { latestValue, upToWeek, type ReportedValue } from './reported-values';

/** `Cộng dồn`: the sum of the valid amounts of weeks ≤ W. */
export function summedCumulative(values: readonly ReportedValue[], week: Day): number {
  return decimalSum(upToWeek(values, week).map((v) => v.value));
}

/** `Lũy kế`: the latest valid value of weeks ≤ W (0 when there is none). */
export function latestCumulative(values: readonly ReportedValue[], week: Day): number {
  return latestValue(upToWeek(values, week)) ?? 0;
}

/** `Đạt/Chưa`: 1 when the latest valid value of weeks ≤ W is yes (1), else 0. */
export function yesNoCumulative(values: readonly ReportedValue[], week: Day): number {
  const latest = latestValue(upToWeek(values, week));
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
