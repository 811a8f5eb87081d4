// What the reminders action must do now (docs/reminders.md): which messages are due, which expired, which have no address.
import { REMINDER_KINDS } from '../contract';
import type { ReportToFix } from '../corrections/correction-types';
import { fold } from '../text';
import type { CountedRow, Day, Instant, Model, ValidationResult, Village } from '../types';
import { weekOfInstant } from '../weeks';
import { LedgerIndex } from './ledger';
import { validRecipients } from './recipients';
import { COMMUNE_WIDE } from './reminder-types';
import type { DueReminders, LedgerEntry, ReminderItem, ReminderKind } from './reminder-types';
import { closedWindowEnd, inWindow, weekWindows } from './reminder-windows';
import { activeVillages, reminderWeeks } from './reminder-scope';
import { RejectedReports } from './rejected-reports';
import type { WeekWindows } from './reminder-windows';

export interface DueRemindersInput {
  model: Model;
  validation: ValidationResult;
  ledger: LedgerEntry[];
  now: Instant;
}

/** The reminders of the weeks a run looks at (`reminderWeeks`): which are due, which expired, which have no address. */
export function dueReminders(input: DueRemindersInput): DueReminders {
  const { model, now } = input;
  const { settings } = model;
  const current = weekOfInstant(now, settings.deadline, settings.timeZone);
  const ledger = new LedgerIndex(input.ledger);
  const firstReport = firstReportIndex(input.validation.rows);
  const rejected = new RejectedReports(model, input.validation);
  const villages = distinctVillages(model.villages);
  const officers = validRecipients(settings.officerEmails);
  const out: DueReminders = { due: [], expired: [], unreachable: [] };

  for (const week of reminderWeeks(settings, current)) {
    const windows = weekWindows(week, settings);
    const active = activeVillages(model, villages, week);
    const missingAt = (t: Instant): Village[] =>
      active.filter((v) => !((firstReport.get(reportKey(week, v.name)) ?? Infinity) <= t));
    for (const kind of REMINDER_KINDS) {
      const open = inWindow(windows, kind, now);
      const end = open ? null : closedWindowEnd(windows, kind, now);
      if (!open && end === null) continue;
      const t = open ? now : (end as Instant);
      const items = itemsFor(windows, kind, missingAt(t), officers, (v) => rejected.of(week, v.name, t));
      for (const item of items) {
        if (ledger.isSettled(item.week, item.village, item.kind)) continue;
        if (item.recipients.length === 0) {
          if (open) out.unreachable.push(item);
        } else {
          (open ? out.due : out.expired).push(item);
        }
      }
    }
  }
  return out;
}

/** The items of one kind; a missing village whose reports of the week were all rejected carries them (`rejected`). */
function itemsFor(
  w: WeekWindows,
  kind: ReminderKind,
  missing: Village[],
  officers: string[],
  rejectedOf: (v: Village) => ReportToFix[],
): ReminderItem[] {
  if (kind === 'Quá hạn') {
    if (missing.length === 0) return [];
    const names = missing.map((v) => v.name);
    return [
      {
        week: w.week,
        village: COMMUNE_WIDE,
        kind,
        recipients: officers,
        deadline: w.deadline,
        missingVillages: names,
      },
    ];
  }
  return missing.map((v) => {
    const rejected = rejectedOf(v);
    return {
      week: w.week,
      village: v.name,
      kind,
      recipients: validRecipients(v.emails),
      deadline: w.deadline,
      ...(rejected.length > 0 ? { rejected } : {}),
    };
  });
}

/** Villages in `Thôn` order, a repeated name (after forgiving match) kept once, blank names dropped. */
function distinctVillages(villages: Village[]): Village[] {
  const seen = new Set<string>();
  return villages.filter((v) => {
    const k = fold(v.name);
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function reportKey(week: Day, village: string): string {
  return `${week}|${fold(village)}`;
}

/** (week, village) → timestamp of the first valid row: a village has reported for the week at t iff that is ≤ t. */
function firstReportIndex(rows: CountedRow[]): Map<string, Instant> {
  const first = new Map<string, Instant>();
  for (const r of rows) {
    const k = reportKey(r.week, r.village);
    const seen = first.get(k);
    if (seen === undefined || r.timestamp < seen) first.set(k, r.timestamp);
  }
  return first;
}
