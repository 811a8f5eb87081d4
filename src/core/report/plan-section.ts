// Section IV of the weekly report: each village's `Kế hoạch tuần tới` (latest first, each text once) and its daily needs where behind plan.
import type { Rollup, RollupLine } from '../rollup/rollup-types';
import type { CountedRow, Indicator, Model } from '../types';
import { formatDay } from '../zone';
import { amountText } from './report-format';
import type { DailyNeed, VillagePlan } from './report-types';

/** Longest plan text kept in the report (a pasted document must not swamp it). */
export const MAX_PLAN_CHARS = 2000;

/** The text as typed, trimmed, line breaks kept (CR LF and CR read as LF), clipped to `MAX_PLAN_CHARS`. */
function cleanPlan(text: string): string {
  const t = String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return t.length > MAX_PLAN_CHARS ? `${t.slice(0, MAX_PLAN_CHARS - 1)}…` : t;
}

/** Two plans are the same when they differ only in spacing and letter case (diacritics do count in Vietnamese). */
function sameKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Plans of `village` from the valid rows of week W that exist at T, latest timestamp first (then the
 * later sheet row), each text once.
 */
export function villagePlans(rows: readonly CountedRow[], village: string, rollup: Rollup): string[] {
  const ofWeek = rows
    .filter((r) => r.village === village && r.week === rollup.week && r.timestamp <= rollup.asOf)
    .sort((a, b) => b.timestamp - a.timestamp || b.row - a.row);
  const seen = new Set<string>();
  const plans: string[] = [];
  for (const r of ofWeek) {
    const text = cleanPlan(r.nextWeekPlan);
    const key = sameKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    plans.push(text);
  }
  return plans;
}

function need(l: RollupLine, indicator: Indicator | undefined): DailyNeed {
  const due = indicator ? formatDay(indicator.due) : '';
  if (l.kind === 'Đạt/Chưa' || l.perDay === null)
    return { name: l.name, unit: l.unit, perDay: null, backlog: '', due };
  return { name: l.name, unit: l.unit, perDay: amountText(l.perDay), backlog: amountText(l.backlog), due };
}

/** One entry per village of `Thôn`, in order: its plans and what it must do each day on the indicators behind plan. */
export function planSection(model: Model, rollup: Rollup, rows: readonly CountedRow[]): VillagePlan[] {
  const indicators = new Map(model.indicators.map((i) => [i.code, i] as const));
  return model.villages.map((v) => ({
    village: v.name,
    plans: villagePlans(rows, v.name, rollup),
    needs: rollup.lines
      .filter((l) => l.village === v.name && l.status === 'Chậm tiến độ')
      .map((l) => need(l, indicators.get(l.code))),
  }));
}
