// Which report rows exist at the as-of time, and which are left out whole (unknown village, bad or out-of-campaign dates).
import { isBlank } from '../text';
import type { Instant, Model, ReportRow, ReportTab } from '../types';
import { titlesOf, type AdmittedRow, type Titles } from './context';
import type { Draft } from './problem';
import { checkRowDates, readTimestamp } from './row-dates';
import { checkVillage } from './unknown-village';
import { pushAll } from '../lists';

export type Admission =
  { kind: 'absent' } | { kind: 'out'; problems: Draft[] } | { kind: 'in'; row: AdmittedRow };

/** A row with no answer at all besides a timestamp and an email (what Forms sometimes sends, or an empty sheet row). */
export function isBlankSubmission(row: ReportRow): boolean {
  return (
    (row.villageCol === null || isBlank(row.village)) &&
    isBlank(row.reportDate) &&
    (row.photo === null || isBlank(row.photo)) &&
    isBlank(row.note) &&
    isBlank(row.nextWeekPlan) &&
    row.cells.every((c) => isBlank(c.value))
  );
}

/**
 * Decides what a row is at `asOf`: absent (blank, or sent after `asOf`), left out whole with its
 * problems, or admitted for the cell checks. A row whose timestamp cannot be read is reported
 * (its time is unknown, so it cannot be placed after `asOf`). `titles`: the tab's, made once per tab.
 */
export function admitRow(
  tabIndex: number,
  tab: ReportTab,
  row: ReportRow,
  model: Model,
  asOf: Instant,
  titles: Titles = titlesOf(tab, model.tabTitles),
): Admission {
  if (isBlankSubmission(row)) return { kind: 'absent' };
  const ts = readTimestamp(row, model.settings);
  if (ts !== null && ts.instant > asOf) return { kind: 'absent' };
  const problems: Draft[] = [];
  const v = checkVillage(row, model.villages, titles);
  if ('problem' in v) problems.push(v.problem);
  const d = checkRowDates(row, model.settings, titles, ts);
  if ('problems' in d) pushAll(problems, d.problems);
  if ('problem' in v || 'problems' in d) return { kind: 'out', problems };
  return {
    kind: 'in',
    row: {
      tabIndex,
      row,
      titles,
      village: v.village,
      instant: d.time.instant,
      day: d.time.day,
      hasReportDate: d.time.hasReportDate,
    },
  };
}
