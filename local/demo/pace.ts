// How far along each village is expected to be on each indicator on a given day: its pace × the plan to date, mildly noisy, some indicators started late.
import type { DemoPlan, PlanIndicator } from './plan-from-workbook';
import type { Rand } from './prng';
import { DAY } from './schedule';

/** A village's working habit. */
export interface Habit {
  /** Share of the plan to date the village keeps up with (1 = exactly on plan). */
  pace: number;
  /** Chance that the village starts an indicator late (1 to 5 weeks after its `Bắt đầu`). */
  late: number;
  /** Chance that a report leaves out an indicator that moved; the work is reported next time. */
  skip: number;
}

/**
 * By village order, repeating. The third village (Thịnh Bằng in the seed, the commune's model residential
 * area) keeps well ahead of plan everywhere and reports every change; the fourth is slow, the fifth behind.
 */
export const HABITS: readonly Habit[] = [
  { pace: 1.08, late: 0.1, skip: 0.1 },
  { pace: 0.98, late: 0.1, skip: 0.15 },
  { pace: 1.3, late: 0, skip: 0 },
  { pace: 0.55, late: 0.45, skip: 0.3 },
  { pace: 0.7, late: 0.45, skip: 0.25 },
];

/** Whether a village keeps ahead of plan: it starts nothing late and leaves nothing out. */
const ahead = (h: Habit) => h.late === 0 && h.skip === 0;

interface Course {
  /** The village's pace on this indicator (its habit's, varied ±5 %). */
  pace: number;
  /** Days after `Bắt đầu` before any work is done. */
  delay: number;
}

/** Calendar days from `from` to `to`, both counted (0 when `to` is before `from`). */
const daysCounted = (from: Date, to: number) => Math.max(0, Math.round((to - from.getTime()) / DAY) + 1);

export class Pace {
  private readonly habits = new Map<string, Habit>();
  private readonly courses = new Map<string, Course>();

  constructor(
    plan: DemoPlan,
    private readonly rand: Rand,
  ) {
    plan.villages.forEach((v, i) => {
      const h = HABITS[i % HABITS.length];
      this.habits.set(v.name, { ...h, pace: h.pace * rand.between(0.98, 1.02) });
    });
  }

  habit(village: string): Habit {
    return this.habits.get(village)!;
  }

  private course(village: string, ind: PlanIndicator): Course {
    const key = `${village}\u0000${ind.code}`;
    let c = this.courses.get(key);
    if (!c) {
      const h = this.habit(village);
      const delay = this.rand.chance(h.late) ? this.rand.int(7, 35) : ahead(h) ? 0 : this.rand.int(0, 3);
      c = { pace: h.pace * this.rand.between(0.95, 1.05), delay };
      this.courses.set(key, c);
    }
    return c;
  }

  /**
   * Share of the indicator's target the village is expected to have done by the end of `day` (wall midnight, ms):
   * pace × (days worked / days planned), each report ±3 %, at most 1.
   */
  share(village: string, ind: PlanIndicator, day: number): number {
    const c = this.course(village, ind);
    const planned = daysCounted(ind.start, ind.due.getTime());
    const worked = Math.max(0, daysCounted(ind.start, day) - c.delay);
    return Math.min(1, (c.pace * this.rand.between(0.97, 1.03) * worked) / Math.max(1, planned));
  }
}
