// Xếp hạng (docs/rollup.md): 1 = highest Điểm; ties go to the higher mean of min(1, Tỷ lệ) over all indicators with a target, then `Thôn` order.
import { progress } from './progress';
import { meanOfCapped } from './score';

/** Tie-break of a village: mean of min(1, Tỷ lệ) over its lines (yes/no ones included); 1 when it has none. */
export function tieScore(lines: ReadonlyArray<{ cumulative: number; target: number }>): number {
  return meanOfCapped(lines.map((l) => Math.min(1, progress(l.cumulative, l.target))));
}

/** Ranks (1 = best) of villages given in `Thôn` order; every village gets a distinct rank. */
export function ranking(villages: ReadonlyArray<{ score: number; tieScore: number }>): number[] {
  const order = villages
    .map((v, index) => ({ ...v, index }))
    .sort((a, b) => b.score - a.score || b.tieScore - a.tieScore || a.index - b.index);
  const ranks = new Array<number>(villages.length);
  order.forEach((v, position) => {
    ranks[v.index] = position + 1;
  });
  return ranks;
}
