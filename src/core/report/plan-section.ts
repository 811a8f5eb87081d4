// Each village's `Kế hoạch tuần tới` for the weekly report: latest first, each text once, clipped.
import type { Rollup } from '../rollup/rollup-types';
import type { CountedRow } from '../types';

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
