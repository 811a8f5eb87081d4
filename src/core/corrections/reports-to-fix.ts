// Open errors grouped by the report (form response) they are on, as a leader reads them: when sent, each problem, its edit link.
import { safeUrl } from '../reminders/html';
import type { Instant, Model, Problem, ReportRow } from '../types';
import { readTimestamp } from '../validation/row-dates';
import { formatInstant } from '../zone';
import type { ReportToFix } from './correction-types';
import { leaderProblem } from './leader-text';

/** The problems a leader must fix: `Lỗi`, not accepted by the officer. */
export function isOpenError(p: Problem): boolean {
  return p.level === 'Lỗi' && !p.accepted;
}

/** The model's report rows by (tab, sheet row), read once. */
export class ReportRows {
  private readonly rows = new Map<string, ReportRow>();

  constructor(private readonly model: Model) {
    for (const tab of model.reports)
      for (const r of tab.rows) this.rows.set(ReportRows.id(tab.name, r.row), r);
  }

  static id(tab: string, row: number): string {
    return `${tab}\u0000${row}`;
  }

  get(tab: string, row: number): ReportRow | undefined {
    return this.rows.get(ReportRows.id(tab, row));
  }

  /** When the row was sent: its instant (null when the timestamp is not a date) and `dd/MM/yyyy HH:mm` or what was typed. */
  sent(tab: string, row: number): { at: Instant | null; text: string } {
    const r = this.get(tab, row);
    if (!r) return { at: null, text: '' };
    const ts = readTimestamp(r, this.model.settings);
    if (ts) return { at: ts.instant, text: formatInstant(ts.instant, this.model.settings.timeZone) };
    return { at: null, text: r.timestampDisplay || String(r.timestamp ?? '') };
  }
}

/** The problems grouped by report, oldest report first, each report's problems in the order given (column order). */
export function reportsToFix(problems: readonly Problem[], rows: ReportRows): ReportToFix[] {
  const reports = new Map<string, ReportToFix & { at: number }>();
  for (const p of problems) {
    const id = ReportRows.id(p.tab, p.row);
    let report = reports.get(id);
    if (!report) {
      const sent = rows.sent(p.tab, p.row);
      report = {
        tab: p.tab,
        row: p.row,
        sentAt: sent.text,
        at: sent.at ?? Infinity,
        editLink: safeUrl(rows.get(p.tab, p.row)?.editLink),
        problems: [],
      };
      reports.set(id, report);
    }
    report.problems.push(leaderProblem(p));
  }
  return [...reports.values()]
    .sort((a, b) => a.at - b.at || a.tab.localeCompare(b.tab) || a.row - b.row)
    .map(({ at: _at, ...r }) => r);
}
