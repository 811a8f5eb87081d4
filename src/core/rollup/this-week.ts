// Tuần này (docs/rollup.md): what week W added — the week's sum, the increase of a running total, or a yes reached in W.
import { addDays } from '../zone';
import type { Day, IndicatorKind } from '../types';
import { cumulative, sumOfWeeks } from './cumulative';
import { decimalDifference } from './decimal-sum';
import type { ReportedValue } from './reported-values';

/**
 * Tuần này of an indicator of kind `kind` in week `week`, from one village's values.
 * - `Cộng dồn`: the sum of the valid amounts of week W.
 * - `Lũy kế`: Lũy kế at W minus Lũy kế before W (0 when nothing was reported before W), never negative.
 * - `Đạt/Chưa`: 1 when it is yes at W and was not yes before W.
 */
export function thisWeek(kind: IndicatorKind, values: readonly ReportedValue[], week: Day): number {
  if (kind === 'Cộng dồn') return sumOfWeeks(values, week, true);
  const now = cumulative(kind, values, week);
  const before = cumulative(kind, values, addDays(week, -1)); // weeks are whole days: ≤ W − 1 is < W
  return Math.max(0, decimalDifference(now, before));
}
