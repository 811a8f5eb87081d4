// Data of the `Tổng hợp` chart: per village, Tỷ lệ against Kế hoạch đến nay, both as a share of the targets.
import type { CellValue } from '../types';
import type { Rollup } from './rollup-types';

/** Mean of min(1, Kế hoạch đến nay / Chỉ tiêu) over `lines` (targets > 0); 0 when there are none. */
export function plannedShare(lines: ReadonlyArray<{ planned: number; target: number }>): number {
  if (lines.length === 0) return 0;
  return lines.reduce((s, l) => s + Math.min(1, l.planned / l.target), 0) / lines.length;
}

export const CHART_HEADERS = ['Thôn', 'Tỷ lệ', 'Kế hoạch đến nay'] as const;

/**
 * One row per village with at least one target, in `Thôn` order: the village, its mean of
 * min(1, Tỷ lệ) over its indicators (the ranking's tie-break figure), and its mean of
 * Kế hoạch đến nay / Chỉ tiêu over the same indicators. Both are fractions of the targets, so
 * a bar below its plan bar shows a village behind plan.
 */
export function chartRows(rollup: Rollup): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const s of rollup.scores) {
    const own = rollup.lines.filter((l) => l.village === s.village);
    if (own.length === 0) continue;
    rows.push([s.village, s.tieScore, plannedShare(own)]);
  }
  return rows;
}
