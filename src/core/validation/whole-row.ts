// Which report rows exist at the as-of time, and which are left out whole (unknown village, bad or out-of-campaign dates).
import { isBlank } from '../text';
import type { Instant, Model, ReportRow, ReportTab } from '../types';
import { titlesOf, type AdmittedRow, type Titles } from './context';
import type { Draft } from './problem';
import { checkRowDates, readTimestamp } from './row-dates';
import { findVillage, villageProblem } from './unknown-village';
import type { Reading } from './row-reading';
import { pushAll } from '../lists';

/** What a row is at the as-of time: absent (null), left out whole with its problems, or admitted for the cell checks. */
export type Admission = null | Draft[] | AdmittedRow;

/** No readings yet: `planRows` reads each admitted row. */
const NOT_READ: Reading[] = [];

/** True when every indicator cell of the row is blank. */
function allBlank(row: ReportRow): boolean {
  for (const c of row.cells) if (!isBlank(c.value)) return false;
  return true;
}

/** A row with no answer at all besides a timestamp and an email (what Forms sometimes sends, or an empty sheet row). */
export function isBlankSubmission(row: ReportRow): boolean {
  return (
    (row.villageCol === null || isBlank(row.village)) &&
    isBlank(row.reportDate) &&
    (row.photo === null || isBlank(row.photo)) &&
    isBlank(row.note) &&
    isBlank(row.nextWeekPlan) &&
    allBlank(row)
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
  if (isBlankSubmission(row)) return null;
  const ts = readTimestamp(row, model.settings);
  if (ts !== null && ts.instant > asOf) return null;
  const village = findVillage(model.villages, row.village);
  const d = checkRowDates(row, model.settings, titles, ts);
  if (village && !Array.isArray(d))
    return {
      tabIndex,
      row,
      titles,
      village,
      instant: d.instant,
      day: d.day,
      hasReportDate: d.hasReportDate,
      readings: NOT_READ,
      duplicate: null,
      resubmission: null,
      superseded: false,
    };
  const problems: Draft[] = [];
  if (!village) problems.push(villageProblem(row, model.villages, titles));
  if (Array.isArray(d)) pushAll(problems, d);
  return problems;
}
