// What each generated submission reports: amounts paced on each village's target, some typed as text the Vietnamese way.
import { formatViNumber } from '../../src/core/vi-format';
import type { DemoPlan, PlanIndicator } from './plan-from-workbook';
import type { Rand } from './prng';
import { DAY, type Slot } from './schedule';

export type Answer = string | number;

/** Units counted in whole items (SPEC §3): their amounts are whole numbers. */
const COUNTED = new Set(['vườn', 'hộ', 'cái', 'công trình', 'tuyến']);

function rounded(unit: string, x: number): number {
  if (COUNTED.has(unit.trim().toLowerCase())) return Math.round(x);
  if (unit === 'm') return Math.round(x / 5) * 5;
  return Math.round(x * 100) / 100;
}

/** As a person types it: mostly a number, a quarter of the time vi-VN text (`1.250`, `0,12`). */
function typed(rand: Rand, n: number): Answer {
  return rand.chance(0.25) ? formatViNumber(n) : n;
}

interface Progress {
  done: number;
  last: number;
}

/**
 * Answers (indicator code → value, absent = blank) for each slot, in slot order. Each village gets its own
 * pace (some ahead of plan, some behind); a row reports about two indicators in three.
 */
export function answersFor(plan: DemoPlan, slots: Slot[], rand: Rand): Record<string, Answer>[] {
  const pace = new Map(plan.villages.map((v, i) => [v.name, [1.2, 1.0, 1.05, 0.55, 0.85][i % 5] * rand.between(0.95, 1.05)]));
  const progress = new Map<string, Progress>();
  return slots.map((s) => {
    const day = (s.reportDay ?? new Date(Math.floor(s.stamp.getTime() / DAY) * DAY)).getTime();
    const out: Record<string, Answer> = {};
    for (const ind of plan.indicators) {
      const target = ind.targets[s.village];
      if (!target || day < ind.start.getTime() || !rand.chance(0.66)) continue;
      const key = `${s.village}\u0000${ind.code}`;
      const p = progress.get(key) ?? { done: 0, last: ind.start.getTime() - DAY };
      const value = answer(ind, target, p, day, pace.get(s.village)!, rand);
      if (value !== null) out[ind.code] = value;
      progress.set(key, p);
    }
    return out;
  });
}

function answer(ind: PlanIndicator, target: number, p: Progress, day: number, pace: number, rand: Rand): Answer | null {
  if (ind.kind === 'Đạt/Chưa') return day - ind.start.getTime() > 20 * DAY && pace >= 1 ? 'Đạt' : 'Chưa';
  const span = Math.max(1, (ind.due.getTime() - ind.start.getTime()) / DAY + 1);
  const days = Math.max(1, (day - p.last) / DAY);
  p.last = Math.max(p.last, day);
  const step = rounded(ind.unit, (target / span) * days * pace * rand.between(0.6, 1.4));
  if (ind.kind === 'Lũy kế') {
    p.done = Math.min(target, p.done + Math.max(0, step));
    return p.done > 0 ? typed(rand, p.done) : null;
  }
  if (step <= 0 || p.done >= target * 1.05) return null;
  p.done += step;
  return typed(rand, step);
}
