// Which correction requests are due now (SPEC §5): per village, its unaccepted `Lỗi` problems, once per problem set (ledger).
import { findVillageIn } from '../model/match-village';
import { safeUrl } from '../reminders/html';
import { LedgerIndex } from '../reminders/ledger';
import { validRecipients } from '../reminders/recipients';
import type { LedgerEntry } from '../reminders/reminder-types';
import { fold } from '../text';
import type { Instant, Model, Problem, ReportRow, ValidationResult, Village } from '../types';
import { readTimestamp } from '../validation/row-dates';
import { weekOfInstant } from '../weeks';
import { formatInstant } from '../zone';
import type { CorrectionItem, DueCorrections, ReportToFix } from './correction-types';
import { problemSetDigest } from './digest';
import { leaderProblem } from './leader-text';

export interface DueCorrectionsInput {
  model: Model;
  validation: ValidationResult;
  ledger: readonly LedgerEntry[];
  now: Instant;
}

/** The problems a leader must fix: `Lỗi`, not accepted by the officer. */
export function isOpenError(p: Problem): boolean {
  return p.level === 'Lỗi' && !p.accepted;
}

function rowIndex(model: Model): Map<string, ReportRow> {
  const rows = new Map<string, ReportRow>();
  for (const tab of model.reports) for (const r of tab.rows) rows.set(`${tab.name}\u0000${r.row}`, r);
  return rows;
}

/** `dd/MM/yyyy HH:mm` of the row's timestamp, or what was typed when it is not a date. */
function sentAt(row: ReportRow | undefined, model: Model): { text: string; at: number } {
  if (!row) return { text: '', at: Infinity };
  const ts = readTimestamp(row, model.settings);
  if (ts) return { text: formatInstant(ts.instant, model.settings.timeZone), at: ts.instant };
  return { text: row.timestampDisplay || String(row.timestamp ?? ''), at: Infinity };
}

/** One item per village with open errors, its reports oldest first, each report's problems in column order. */
function itemOf(village: Village, problems: Problem[], rows: Map<string, ReportRow>, model: Model, now: Instant): CorrectionItem {
  const reports = new Map<string, ReportToFix & { at: number }>();
  for (const p of problems) {
    const id = `${p.tab}\u0000${p.row}`;
    let report = reports.get(id);
    if (!report) {
      const row = rows.get(id);
      const sent = sentAt(row, model);
      report = { tab: p.tab, row: p.row, sentAt: sent.text, at: sent.at, editLink: safeUrl(row?.editLink), problems: [] };
      reports.set(id, report);
    }
    report.problems.push(leaderProblem(p));
  }
  const ordered = [...reports.values()].sort((a, b) => a.at - b.at || a.tab.localeCompare(b.tab) || a.row - b.row);
  return {
    village: village.name,
    week: weekOfInstant(now, model.settings.deadline, model.settings.timeZone),
    recipients: validRecipients(village.emails),
    digest: problemSetDigest(problems.map((p) => p.key)),
    reports: ordered.map(({ at: _at, ...r }) => r),
    count: problems.length,
    reportLink: safeUrl(village.reportLink),
  };
}

/**
 * The correction requests of the validation as of `now`: one per village of `Thôn` with at least one open error,
 * unless the ledger already holds that exact problem set for the village (sent, being sent, or perhaps sent).
 * A fixed or accepted problem leaves the set, so a set no longer current is simply never sent.
 */
export function dueCorrections(input: DueCorrectionsInput): DueCorrections {
  const { model, validation, now } = input;
  const ledger = new LedgerIndex(input.ledger);
  const rows = rowIndex(model);
  const byVillage = new Map<string, Problem[]>();
  let unknownVillageErrors = 0;
  for (const p of validation.problems) {
    if (!isOpenError(p)) continue;
    const village = findVillageIn(model.villages, p.village);
    if (!village) {
      unknownVillageErrors++;
      continue;
    }
    const k = fold(village.name);
    const list = byVillage.get(k);
    if (list) list.push(p);
    else byVillage.set(k, [p]);
  }
  const out: DueCorrections = { due: [], unreachable: [], unknownVillageErrors };
  const seen = new Set<string>();
  for (const village of model.villages) {
    const k = fold(village.name);
    const problems = byVillage.get(k);
    if (!problems || seen.has(k)) continue;
    seen.add(k);
    const item = itemOf(village, problems, rows, model, now);
    if (ledger.isRequestSettled(item.village, item.digest)) continue;
    (item.recipients.length > 0 ? out.due : out.unreachable).push(item);
  }
  return out;
}
