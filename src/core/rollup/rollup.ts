// The weekly rollup at as-of time T (SPEC §3): week W, every line, the `Toàn xã` lines, scores, ranks, verdicts and support.
import type { CountedRow, Day, DeadlineRule, Instant, Model, ValidationResult } from '../types';
import { campaignWeeks, deadlineDayOnOrAfter, deadlineInstant, weekOfInstant } from '../weeks';
import { dayOfInstant } from '../zone';
import { communeLines } from './commune-rows';
import { ranking, tieScore } from './ranking';
import { villageLine } from './rollup-line';
import type { Rollup, RollupLine, VillageScore } from './rollup-types';
import { villageScore } from './score';
import { supportBlock } from './support';
import { verdict } from './verdict';
import { weekReport } from './week-report';

/** Counted rows per village, keeping only rows that exist at `asOf` (timestamp ≤ T) and belong to a week ≤ W. */
function rowsByVillage(rows: readonly CountedRow[], asOf: Instant, week: number): Map<string, CountedRow[]> {
  const byVillage = new Map<string, CountedRow[]>();
  for (const r of rows) {
    if (!(r.timestamp <= asOf) || r.week > week) continue;
    const list = byVillage.get(r.village);
    if (list) list.push(r);
    else byVillage.set(r.village, [r]);
  }
  return byVillage;
}

/**
 * The reported week and T's date. Default: the week whose interval holds `asOf`, and `asOf`'s day.
 * An explicit `week` (any day of it is read as the week its deadline closes: the first deadline
 * day on or after it) is reported instead, and the plan counts to the earlier of `asOf`'s day and
 * that week's deadline day: a closed week is measured as on its deadline day.
 */
export function reportedWeek(asOf: Instant, rule: DeadlineRule, timeZone: string, week?: Day): { week: Day; today: Day } {
  const asOfDay = dayOfInstant(asOf, timeZone);
  if (week === undefined || week === null) return { week: weekOfInstant(asOf, rule, timeZone), today: asOfDay };
  const w = deadlineDayOnOrAfter(Math.floor(week), rule);
  return { week: w, today: Math.min(asOfDay, w) };
}

/**
 * The rollup of `model` with the counted rows of `validation`, as of instant `asOf` (only rows
 * with timestamp ≤ `asOf` exist). Without `week` it reports the week holding `asOf`; with `week`
 * (e.g. the previous week, rolled up after its deadline) it reports that week, so a row of that
 * week sent after its deadline but by `asOf` counts and shows as `Trễ hạn`.
 */
export function rollup(model: Model, validation: ValidationResult, asOf: Instant, week?: Day): Rollup {
  const { settings } = model;
  const tz = settings.timeZone;
  const reported = reportedWeek(asOf, settings.deadline, tz, week);
  return rollupOf(model, validation, asOf, reported.week, reported.today);
}

function rollupOf(model: Model, validation: ValidationResult, asOf: Instant, week: Day, today: Day): Rollup {
  const { settings } = model;
  const tz = settings.timeZone;
  const byVillage = rowsByVillage(validation.rows, asOf, week);

  const lines: RollupLine[] = [];
  const scores: VillageScore[] = [];
  for (const village of model.villages) {
    const rows = byVillage.get(village.name) ?? [];
    const own: RollupLine[] = [];
    for (const indicator of model.indicators) {
      const target = indicator.targets[village.name];
      if (typeof target === 'number' && target > 0) own.push(villageLine(village.name, indicator, target, rows, week, today));
    }
    lines.push(...own);
    const score = villageScore(own);
    const report = weekReport(rows, week);
    scores.push({ village: village.name, weekReport: report, score, tieScore: tieScore(own), rank: 0, verdict: verdict(score, report) });
  }
  ranking(scores).forEach((rank, i) => {
    scores[i].rank = rank;
  });

  return {
    communeName: settings.communeName,
    timeZone: tz,
    week,
    weekDeadline: deadlineInstant(week, settings.deadline, tz),
    asOf,
    today,
    inCampaign: campaignWeeks(settings).includes(week),
    campaign: { start: settings.campaignStart, end: settings.campaignEnd },
    lines,
    communeLines: communeLines(model.indicators, lines, today),
    scores,
    support: supportBlock(model, lines),
  };
}
