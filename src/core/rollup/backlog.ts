// Nợ tồn = max(0, Kế hoạch đến nay − Lũy kế) (docs/rollup.md): the undone work carried over ("cộng dồn").
import { decimalDifference } from './decimal-sum';

/** Nợ tồn of a line whose plan to date is `planned` and whose Lũy kế is `done`. */
export function backlog(planned: number, done: number): number {
  return Math.max(0, decimalDifference(planned, done));
}
