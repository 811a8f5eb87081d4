// Which correction requests are due now (docs/reminders.md): per village, its unaccepted `Lỗi` problems, once per problem set (ledger).
import { findVillageIn } from '../model/match-village';
import { safeUrl } from '../reminders/html';
import { LedgerIndex } from '../reminders/ledger';
import { validRecipients } from '../reminders/recipients';
import type { LedgerEntry } from '../reminders/reminder-types';
import { fold } from '../text';
import type { Instant, Model, Problem, ValidationResult, Village } from '../types';
import { weekOfInstant } from '../weeks';
import type { CorrectionItem, DueCorrections } from './correction-types';
import { problemSetDigest } from './digest';
import { isOpenError, ReportRows, reportsToFix } from './reports-to-fix';

export interface DueCorrectionsInput {
  model: Model;
  validation: ValidationResult;
  ledger: readonly LedgerEntry[];
  now: Instant;
}

/** One item per village with open errors, its reports oldest first, each report's problems in column order. */
function itemOf(
  village: Village,
  problems: Problem[],
  rows: ReportRows,
  model: Model,
  now: Instant,
): CorrectionItem {
  return {
    village: village.name,
    week: weekOfInstant(now, model.settings.deadline, model.settings.timeZone),
    recipients: validRecipients(village.emails),
    digest: problemSetDigest(problems.map((p) => p.key)),
    reports: reportsToFix(problems, rows),
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
  const rows = new ReportRows(model);
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
