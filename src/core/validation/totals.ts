// Running state of a validation run, per village and indicator: the sum of counted amounts and the counted `Lũy kế` values.
import type { Day, Instant } from '../types';

interface Level {
  day: Day;
  instant: Instant;
  value: number;
}

/** The running state of one village and indicator. */
interface Slot {
  sum: number;
  /** The counted levels by (report day, timestamp); equal ones in the order recorded. */
  levels: Level[];
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
  /** Per village, per indicator code: looked up by the two names, never by a key built per row. */
  private readonly slots = new Map<string, Map<string, Slot>>();

  private slot(village: string, code: string): Slot | undefined {
    return this.slots.get(village)?.get(code);
  }

  private made(village: string, code: string): Slot {
    let codes = this.slots.get(village);
    if (!codes) this.slots.set(village, (codes = new Map()));
    let slot = codes.get(code);
    if (!slot) codes.set(code, (slot = { sum: 0, levels: [] }));
    return slot;
  }

  /** Sum of the counted amounts so far. */
  sum(village: string, code: string): number {
    return this.slot(village, code)?.sum ?? 0;
  }

  add(village: string, code: string, amount: number): void {
    this.made(village, code).sum += amount;
  }

  /** The counted `Lũy kế` value that comes last before (day, instant), by report day then timestamp (of equals, the last recorded); `null` if none. */
  previousLevel(village: string, code: string, day: Day, instant: Instant): number | null {
    const list = this.slot(village, code)?.levels;
    if (!list) return null;
    const i = firstAfter(list, day, instant);
    return i > 0 ? list[i - 1].value : null;
  }

  recordLevel(village: string, code: string, day: Day, instant: Instant, value: number): void {
    const list = this.made(village, code).levels;
    const i = firstAfter(list, day, instant);
    if (i === list.length) list.push({ day, instant, value });
    else list.splice(i, 0, { day, instant, value });
  }
}
