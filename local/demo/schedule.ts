// When each village reports: a weekly habit (mostly on time, one late village, one missed week) or, for the benchmark, many random rows.
import type { DemoPlan } from './plan-from-workbook';
import type { Rand } from './prng';

export const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The demo villages' habit: they report for the week that closes on Thursday (ISO weekday 4) at 14:30. */
const DEADLINE_WEEKDAY = 4;
const DEADLINE_MINUTE = 14 * 60 + 30;

/** One form submission to generate. Dates are wall clock (UTC fields = the time shown). */
export interface Slot {
  village: string;
  email: string;
  stamp: Date;
  /** The day the work was done; null = left blank (the timestamp's day counts). */
  reportDay: Date | null;
}

const isoWeekday = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;
const midnight = (t: number) => new Date(Math.floor(t / DAY) * DAY);

function slot(plan: DemoPlan, rand: Rand, v: number, stamp: number): Slot {
  const day = midnight(stamp);
  const r = rand.next();
  const reportDay =
    r < 0.15 ? null : r < 0.4 ? new Date(Math.max(plan.start.getTime(), day.getTime() - DAY)) : day;
  return { village: plan.villages[v].name, email: plan.villages[v].email, stamp: new Date(stamp), reportDay };
}

/**
 * Weekly reports from the campaign start until `until`: each village reports once before the deadline
 * (Wednesday evening or Thursday morning), sometimes also early in the week. The fourth village is late
 * in the second week and silent in the week holding `asOf`; the second village misses the third week.
 */
export function weeklySchedule(plan: DemoPlan, rand: Rand, asOf: Date, until: Date): Slot[] {
  const slots: Slot[] = [];
  let deadlineDay = plan.start.getTime();
  while (isoWeekday(new Date(deadlineDay)) !== DEADLINE_WEEKDAY) deadlineDay += DAY;
  for (let week = 1; deadlineDay - 7 * DAY < until.getTime(); week++, deadlineDay += 7 * DAY) {
    const deadline = deadlineDay + DEADLINE_MINUTE * 60_000;
    const holdsAsOf = asOf.getTime() > deadline - 7 * DAY && asOf.getTime() <= deadline;
    plan.villages.forEach((_v, v) => {
      if (v === 1 && week === 3) return;
      if (v === 3 && holdsAsOf) return;
      if (rand.chance(0.5))
        slots.push(slot(plan, rand, v, deadlineDay - rand.int(2, 3) * DAY + rand.between(17, 21) * HOUR));
      const main =
        v === 3 && week === 2
          ? deadlineDay + rand.between(15, 18) * HOUR
          : rand.chance(0.5)
            ? deadlineDay - DAY + rand.between(16, 21.5) * HOUR
            : deadlineDay + rand.between(7, 14.25) * HOUR;
      slots.push(slot(plan, rand, v, Math.round(main / 1000) * 1000));
    });
  }
  return slots
    .filter((s) => s.stamp >= plan.start && s.stamp <= until)
    .sort((a, b) => a.stamp.getTime() - b.stamp.getTime());
}

/** `rows` submissions spread at random over [from, to] (the benchmark's large workbook). */
export function randomSchedule(plan: DemoPlan, rand: Rand, rows: number, from: Date, to: Date): Slot[] {
  const slots: Slot[] = [];
  for (let i = 0; i < rows; i++) {
    const stamp = Math.round(rand.between(from.getTime(), to.getTime()) / 1000) * 1000;
    slots.push(slot(plan, rand, i % plan.villages.length, stamp));
  }
  return slots.sort((a, b) => a.stamp.getTime() - b.stamp.getTime());
}
