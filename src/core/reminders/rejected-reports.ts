// Reports received but left out whole (docs/reminders.md): per (week, village), what was sent and what to fix, so a reminder says so.
import { isOpenError, ReportRows, reportsToFix } from '../corrections/reports-to-fix';
import type { ReportToFix } from '../corrections/correction-types';
import { findVillageIn } from '../model/match-village';
import { fold } from '../text';
import type { Day, Instant, Model, Problem, ValidationResult } from '../types';
import { weekOfInstant } from '../weeks';

interface Rejected {
  /** When it was sent. */
  at: Instant;
  /** Its open errors (the whole-row ones and the cell mistakes found on it). */
  problems: Problem[];
}

/**
 * The rows left out whole, by (week, village): a row counts for the village it names (forgiving match) and for the week
 * whose interval holds its timestamp (when it was received). A row whose village is unknown or whose timestamp is not a
 * date belongs to no village's week: it stays in `Kiểm tra` only.
 */
export class RejectedReports {
  private readonly byWeek = new Map<string, Rejected[]>();
  private readonly rows: ReportRows;

  constructor(model: Model, validation: ValidationResult) {
    this.rows = new ReportRows(model);
    const open = new Map<string, Problem[]>();
    const whole = new Set<string>();
    for (const p of validation.problems) {
      if (!isOpenError(p)) continue;
      const id = ReportRows.id(p.tab, p.row);
      const list = open.get(id);
      if (list) list.push(p);
      else open.set(id, [p]);
      if (p.wholeRow) whole.add(id);
    }
    for (const id of whole) {
      const problems = open.get(id) ?? [];
      const first = problems[0];
      const village = findVillageIn(model.villages, first.village);
      const sent = this.rows.sent(first.tab, first.row);
      if (!village || sent.at === null) continue;
      const key = RejectedReports.key(
        weekOfInstant(sent.at, model.settings.deadline, model.settings.timeZone),
        village.name,
      );
      const list = this.byWeek.get(key);
      if (list) list.push({ at: sent.at, problems });
      else this.byWeek.set(key, [{ at: sent.at, problems }]);
    }
  }

  private static key(week: Day, village: string): string {
    return `${week}|${fold(village)}`;
  }

  /** The reports `village` sent in `week` up to `t` that were left out whole, oldest first (empty when none). */
  of(week: Day, village: string, t: Instant): ReportToFix[] {
    const sent = (this.byWeek.get(RejectedReports.key(week, village)) ?? []).filter((r) => r.at <= t);
    return reportsToFix(
      sent.flatMap((r) => r.problems),
      this.rows,
    );
  }
}
