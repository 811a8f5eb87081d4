// One village × indicator line of `Tổng hợp`: every docs/rollup.md figure of the line, from that village's counted rows.
import type { CountedRow, Day, Indicator } from '../types';
import { backlog } from './backlog';
import { cumulative } from './cumulative';
import { perDayFor } from './per-day';
import { plannedToDate } from './planned-to-date';
import { progress } from './progress';
import { reportedValues, type ReportedValue } from './reported-values';
import type { RollupLine } from './rollup-types';
import { status } from './status';
import { thisWeek } from './this-week';

/** Who and what a line is about (shared by village and `Toàn xã` lines). */
export function lineHead(
  village: string,
  indicator: Indicator,
): Pick<RollupLine, 'village' | 'code' | 'name' | 'unit' | 'kind'> {
  return { village, code: indicator.code, name: indicator.name, unit: indicator.unit, kind: indicator.kind };
}

/** The figures that follow from a line's target, Lũy kế and plan (shared by village and `Toàn xã` lines). */
export function derivedFigures(
  indicator: Indicator,
  target: number,
  done: number,
  planned: number,
  today: Day,
): Pick<RollupLine, 'ratio' | 'backlog' | 'perDay' | 'status'> {
  return {
    ratio: progress(done, target),
    backlog: backlog(planned, done),
    perDay: perDayFor(indicator.kind, target, done, today, indicator.due),
    status: status(done, target, planned),
  };
}

/** The line of `village` (target > 0) for `indicator` in week `week` on day `today`; `rows` are that village's counted rows. */
export function villageLine(
  village: string,
  indicator: Indicator,
  target: number,
  rows: readonly CountedRow[],
  week: Day,
  today: Day,
): RollupLine {
  return villageLineOf(village, indicator, target, reportedValues(rows, indicator.code), week, today);
}

/** `villageLine` from the village's values of the indicator (`reportedValues`), read once for all its lines. */
export function villageLineOf(
  village: string,
  indicator: Indicator,
  target: number,
  values: readonly ReportedValue[],
  week: Day,
  today: Day,
): RollupLine {
  const done = cumulative(indicator.kind, values, week);
  const planned = plannedToDate(target, indicator.start, indicator.due, today, indicator.kind);
  // The fields of `lineHead` and `derivedFigures`, written out: no spread per line.
  return {
    village,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    kind: indicator.kind,
    target,
    cumulative: done,
    thisWeek: thisWeek(indicator.kind, values, week),
    planned,
    ratio: progress(done, target),
    backlog: backlog(planned, done),
    perDay: perDayFor(indicator.kind, target, done, today, indicator.due),
    status: status(done, target, planned),
  };
}
