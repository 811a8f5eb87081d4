// Điểm (docs/rollup.md): mean over the indicators with Kế hoạch đến nay > 0 of min(1, Lũy kế / Kế hoạch đến nay); 1 if none.

/** The largest number below 1: a mean of capped terms that is not all 1s never reaches 1 through rounding. */
const BELOW_ONE = 1 - Number.EPSILON / 2;

/**
 * Mean of terms each already capped at 1; 1 when there are none. The result is exactly 1
 * only when every term is exactly 1, so `≥ 1` tests stay exact despite floating sums.
 */
export function meanOfCapped(terms: readonly number[]): number {
  if (terms.length === 0) return 1;
  if (terms.every((t) => t === 1)) return 1;
  const mean = terms.reduce((s, t) => s + t, 0) / terms.length;
  return Math.min(mean, BELOW_ONE);
}

/** min(1, done / planned) for planned > 0: exactly 1 when done ≥ planned (division is monotone). */
export function scoreTerm(done: number, planned: number): number {
  return Math.min(1, done / planned);
}

/** Điểm of a village from its lines (Lũy kế and Kế hoạch đến nay of each indicator with a target). */
export function villageScore(lines: ReadonlyArray<{ cumulative: number; planned: number }>): number {
  return meanOfCapped(lines.filter((l) => l.planned > 0).map((l) => scoreTerm(l.cumulative, l.planned)));
}
