// The weekly rollup at as-of time T (docs/rollup.md): week W, every line, the `Toàn xã` lines, scores, ranks, verdicts and support.
import { reportWeek, type WeekChoice, type WeekReason } from '../report-week';
import type { CountedRow, Day, Instant, Model, ValidationResult } from '../types';
import { campaignWeeks, deadlineInstant } from '../weeks';
import { campaignPhase, outsideCampaign } from './campaign-note';
import { communeLines } from './commune-rows';
import { ranking, tieScore } from './ranking';
import { villageLineOf } from './rollup-line';
import { reportedValuesByCode } from './reported-values';
import type { Rollup, RollupLine, VillageScore } from './rollup-types';
import { villageScore } from './score';
import { supportBlock } from './support';
import { verdict } from './verdict';
import { weekReport } from './week-report';
import { pushAll } from '../lists';

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
 * The rollup of `model` with the counted rows of `validation`, as of instant `asOf` (only rows
 * with timestamp ≤ `asOf` exist), of the week `reportWeek` picks (`src/core/report-week.ts`):
 * the week holding `asOf`, the week a deadline closed less than 24 h before it, or `week` when
 * given. A row of a closed week sent after its deadline but by `asOf` counts and shows `Trễ hạn`.
 */
export function rollup(model: Model, validation: ValidationResult, asOf: Instant, week?: WeekChoice): Rollup {
  const { settings } = model;
  const reported = reportWeek(asOf, settings.deadline, settings.timeZone, week);
  return rollupOf(model, validation, asOf, reported.week, reported.today, reported.reason);
}

function rollupOf(
  model: Model,
  validation: ValidationResult,
  asOf: Instant,
  week: Day,
  today: Day,
  reason: WeekReason,
): Rollup {
  const { settings } = model;
  const tz = settings.timeZone;
  const byVillage = rowsByVillage(validation.rows, asOf, week);
  const inCampaign = campaignWeeks(settings).includes(week);
  const campaign = { start: settings.campaignStart, end: settings.campaignEnd };
  const phase = campaignPhase(week, inCampaign, campaign);

  const lines: RollupLine[] = [];
  const scores: VillageScore[] = [];
  for (const village of model.villages) {
    const rows = byVillage.get(village.name) ?? [];
    const values = reportedValuesByCode(rows);
    const own: RollupLine[] = [];
    for (const indicator of model.indicators) {
      const target = indicator.targets[village.name];
      if (typeof target === 'number' && target > 0)
        own.push(
          villageLineOf(village.name, indicator, target, values.get(indicator.code) ?? [], week, today),
        );
    }
    pushAll(lines, own);
    const score = villageScore(own);
    const report = weekReport(rows, week);
    const judged =
      phase === 'in'
        ? { weekReport: report, verdict: verdict(score, report) }
        : outsideCampaign(phase, report);
    scores.push({ village: village.name, score, tieScore: tieScore(own), rank: 0, ...judged });
  }
  ranking(scores).forEach((rank, i) => {
    scores[i].rank = rank;
  });

  return {
    communeName: settings.communeName,
    timeZone: tz,
    week,
    reason,
    weekDeadline: deadlineInstant(week, settings.deadline, tz),
    asOf,
    today,
    inCampaign,
    campaign,
    lines,
    communeLines: communeLines(model.indicators, lines, today),
    scores,
    support: supportBlock(model, lines),
  };
}
