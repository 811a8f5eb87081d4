// Calendar days from one day to another, both counted (SPEC §3 `Kế hoạch đến nay`, `Cần/ngày`).
import type { Day } from '../types';

/** Days from `from` to `to`, both counted: 1 when equal, 0 or less when `to` is before `from`. */
export function daysCounted(from: Day, to: Day): number {
  return to - from + 1;
}
