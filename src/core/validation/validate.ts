// Validation of the report rows (docs/validation.md): every problem for `Kiểm tra`, and the rows and amounts that count.
import type { CountedRow, Instant, Model, Problem, ReportRow, ValidationResult } from '../types';
import { weekOfReport } from '../weeks';
import { titlesOf, type AdmittedRow } from './context';
import { planRows } from './earlier-rows';
import { checkLeftOutCells } from './left-out-cells';
import { toProblem, type Draft } from './problem';
import { checkRowCells } from './row-cells';
import { Totals } from './totals';
import { admitRow } from './whole-row';

interface Found {
  tabIndex: number;
  seq: number;
  problem: Problem;
}

/**
 * Validates every report row that exists at `asOf` (timestamp ≤ asOf). Rows are checked in
 * timestamp order (ties: tab order, then sheet row), so running totals and duplicates follow
 * the order in which reports were sent. `accepted` holds the acceptance keys the officer
 * confirmed with `Đồng ý`. Problems come in sheet order (tab, row, column); counted rows in
 * timestamp order.
 */
export function validate(model: Model, asOf: Instant, accepted: ReadonlySet<string>): ValidationResult {
  const found: Found[] = [];
  const record = (tabIndex: number, row: ReportRow, drafts: Draft[]): void => {
    for (const d of drafts) found.push({ tabIndex, seq: found.length, problem: toProblem(row, d, accepted) });
  };
  const admitted: AdmittedRow[] = [];
  model.reports.forEach((tab, tabIndex) => {
    const titles = titlesOf(tab, model.tabTitles);
    for (const row of tab.rows) {
      const adm = admitRow(tabIndex, tab, row, model, asOf, titles);
      if (adm === null) continue;
      if (Array.isArray(adm)) record(tabIndex, row, [...adm, ...checkLeftOutCells(row, model.indicators)]);
      else admitted.push(adm);
    }
  });
  admitted.sort((x, y) => x.instant - y.instant || x.tabIndex - y.tabIndex || x.row.row - y.row.row);

  const state = { model, totals: new Totals(), accepted };
  const { deadline, timeZone } = model.settings;
  const rows: CountedRow[] = [];
  // Each row is checked and counted, in timestamp order, once no later row can replace it.
  planRows(admitted, model, accepted, (a) => {
    const outcome = checkRowCells(a, state);
    record(a.tabIndex, a.row, outcome.drafts);
    const { week, onTime } = weekOfReport(a.hasReportDate ? a.day : null, a.instant, deadline, timeZone);
    rows.push({
      tab: a.row.tab,
      row: a.row.row,
      village: a.village.name,
      day: a.day,
      timestamp: a.instant,
      week,
      onTime,
      amounts: outcome.amounts,
      nextWeekPlan: a.row.nextWeekPlan,
    });
  });
  found.sort(
    (x, y) =>
      x.tabIndex - y.tabIndex ||
      x.problem.row - y.problem.row ||
      x.problem.col - y.problem.col ||
      x.seq - y.seq,
  );
  return { problems: found.map((f) => f.problem), rows };
}
