// Running state of a validation run, per village and indicator: the sum of counted amounts and the counted `Lũy kế` values.
import type { Day, Instant } from '../types';

interface Level {
  day: Day;
  instant: Instant;
  value: number;
}

function keyOf(village: string, code: string): string {
  return `${village}\u0000${code}`;
}

/** True when level `l` comes at or before (day, instant): by report day, then timestamp. */
function atOrBefore(l: Level, day: Day, instant: Instant): boolean {
  return l.day < day || (l.day === day && l.instant <= instant);
}

/** Index of the first level after (day, instant) in a list kept in that order (binary search). */
function firstAfter(list: readonly Level[], day: Day, instant: Instant): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atOrBefore(list[mid], day, instant)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Totals {
  private readonly sums = new Map<string, number>();
  /** Per village and indicator, the counted levels by (report day, timestamp); equal ones in the order recorded. */
  private readonly levels = new Map<string, Level[]>();

  /** Sum of the counted amounts so far. */
  sum(village: string, code: string): number {
    return this.sums.get(keyOf(village, code)) ?? 0;
  }

  add(village: string, code: string, amount: number): void {
    const k = keyOf(village, code);
    this.sums.set(k, (this.sums.get(k) ?? 0) + amount);
  }

  /** The counted `Lũy kế` value that comes last before (day, instant), by report day then timestamp (of equals, the last recorded); `null` if none. */
  previousLevel(village: string, code: string, day: Day, instant: Instant): number | null {
    const list = this.levels.get(keyOf(village, code));
    if (!list) return null;
    const i = firstAfter(list, day, instant);
    return i > 0 ? list[i - 1].value : null;
  }

  recordLevel(village: string, code: string, day: Day, instant: Instant, value: number): void {
    const k = keyOf(village, code);
    let list = this.levels.get(k);
    if (!list) this.levels.set(k, (list = []));
    const i = firstAfter(list, day, instant);
    if (i === list.length) list.push({ day, instant, value });
    else list.splice(i, 0, { day, instant, value });
  }
}
