// The weekly rollup at as-of time T (SPEC §3): week W, every line, the `Toàn xã` lines, scores, ranks, verdicts and support.
import type { CountedRow, Instant, Model, ValidationResult } from '../types';
import { deadlineInstant, weekOfInstant } from '../weeks';
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

/** The rollup of `model` with the counted rows of `validation`, as of instant `asOf`. */
export function rollup(model: Model, validation: ValidationResult, asOf: Instant): Rollup {
  const { settings } = model;
  const tz = settings.timeZone;
  const week = weekOfInstant(asOf, settings.deadline, tz);
  const today = dayOfInstant(asOf, tz);
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
    lines,
    communeLines: communeLines(model.indicators, lines, today),
    scores,
    support: supportBlock(model, lines),
  };
}
