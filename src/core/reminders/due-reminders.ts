// What the reminders action must do now (SPEC §3 Reminders): which messages are due, which expired, which have no address.
import { fold } from '../text';
import type { CountedRow, Day, Instant, Model, ValidationResult, Village } from '../types';
import { campaignWeeks, weekOfInstant } from '../weeks';
import { LedgerIndex } from './ledger';
import { validRecipients } from './recipients';
import { COMMUNE_WIDE } from './reminder-types';
import type { DueReminders, LedgerEntry, ReminderItem, ReminderKind } from './reminder-types';
import { closedWindowEnd, inWindow, weekWindows } from './reminder-windows';
import type { WeekWindows } from './reminder-windows';

export interface DueRemindersInput {
  model: Model;
  validation: ValidationResult;
  ledger: LedgerEntry[];
  now: Instant;
}

const KINDS: ReminderKind[] = ['Nhắc hạn', 'Nhắc lần cuối', 'Quá hạn'];

/**
 * The reminders of the current week (the one whose interval holds `now`) and of the previous week.
 * Older weeks are never looked at, so a first run late in the campaign does not log a campaign of expiries.
 */
export function dueReminders(input: DueRemindersInput): DueReminders {
  const { model, now } = input;
  const { settings } = model;
  const campaign = new Set(campaignWeeks(settings));
  const current = weekOfInstant(now, settings.deadline, settings.timeZone);
  const ledger = new LedgerIndex(input.ledger);
  const firstReport = firstReportIndex(input.validation.rows);
  const villages = distinctVillages(model.villages);
  const officers = validRecipients(settings.officerEmails);
  const out: DueReminders = { due: [], expired: [], unreachable: [] };

  for (const week of [current - 7, current]) {
    if (!campaign.has(week)) continue;
    const windows = weekWindows(week, settings);
    const active = activeVillages(model, villages, week);
    const missingAt = (t: Instant): Village[] =>
      active.filter((v) => !((firstReport.get(reportKey(week, v.name)) ?? Infinity) <= t));
    for (const kind of KINDS) {
      const open = inWindow(windows, kind, now);
      const end = open ? null : closedWindowEnd(windows, kind, now);
      if (!open && end === null) continue;
      const items = itemsFor(windows, kind, missingAt(open ? now : (end as Instant)), officers);
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

function itemsFor(w: WeekWindows, kind: ReminderKind, missing: Village[], officers: string[]): ReminderItem[] {
  if (kind === 'Quá hạn') {
    if (missing.length === 0) return [];
    const names = missing.map((v) => v.name);
    return [{ week: w.week, village: COMMUNE_WIDE, kind, recipients: officers, deadline: w.deadline, missingVillages: names }];
  }
  return missing.map((v) => ({
    week: w.week,
    village: v.name,
    kind,
    recipients: validRecipients(v.emails),
    deadline: w.deadline,
  }));
}

/**
 * Villages with a target (> 0) for an indicator whose `Bắt đầu`–`Hạn` span (days, both included) shares a day with
 * the week. By days, week W (a deadline day) is the 7 days W−6 … W: the days whose first deadline on or after
 * them is W, i.e. the days a `Ngày báo cáo` of that week can name.
 */
export function activeVillages(model: Model, villages: Village[], week: Day): Village[] {
  const names = new Set<string>();
  for (const ind of model.indicators) {
    if (ind.start > week || ind.due < week - 6) continue;
    for (const [name, target] of Object.entries(ind.targets)) {
      if (Number(target) > 0) names.add(fold(name));
    }
  }
  return villages.filter((v) => names.has(fold(v.name)));
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
