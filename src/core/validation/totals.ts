// Running state of a validation run, per village and indicator: the sum of counted amounts and the counted `Lũy kế` values.
import type { Day, Instant } from '../types';

interface Level {
  day: Day;
  instant: Instant;
  value: number;
}

function keyOf(village: string, code: string): string {
  return JSON.stringify([village, code]);
}

export class Totals {
  private readonly sums = new Map<string, number>();
  private readonly levels = new Map<string, Level[]>();

  /** Sum of the counted amounts so far. */
  sum(village: string, code: string): number {
    return this.sums.get(keyOf(village, code)) ?? 0;
  }

  add(village: string, code: string, amount: number): void {
    this.sums.set(keyOf(village, code), this.sum(village, code) + amount);
  }

  /** The counted `Lũy kế` value that comes last before (day, instant), by report day then timestamp; `null` if none. */
  previousLevel(village: string, code: string, day: Day, instant: Instant): number | null {
    let best: Level | null = null;
    for (const l of this.levels.get(keyOf(village, code)) ?? []) {
      const before = l.day < day || (l.day === day && l.instant <= instant);
      if (!before) continue;
      if (!best || l.day > best.day || (l.day === best.day && l.instant >= best.instant)) best = l;
    }
    return best ? best.value : null;
  }

  recordLevel(village: string, code: string, day: Day, instant: Instant, value: number): void {
    const k = keyOf(village, code);
    const list = this.levels.get(k) ?? [];
    list.push({ day, instant, value });
    this.levels.set(k, list);
  }
}
