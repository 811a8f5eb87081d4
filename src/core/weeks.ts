// Reporting weeks and deadlines (SPEC §3 "Weeks"): a week is named by the day of its deadline.
import type { Day, DeadlineRule, Instant, Settings } from './types';

/** The deadline day (weekday of the rule) on or after `day`. */
export function deadlineDayOnOrAfter(day: Day, rule: DeadlineRule): Day {
  throw new Error('chưa làm');
}
/** The instant of the deadline that closes week `week` (a deadline day). */
export function deadlineInstant(week: Day, rule: DeadlineRule, timeZone: string): Instant {
  throw new Error('chưa làm');
}
/** The week whose interval (previous deadline, deadline] holds instant `t`. */
export function weekOfInstant(t: Instant, rule: DeadlineRule, timeZone: string): Day {
  throw new Error('chưa làm');
}
/** Week of a report row: by its report day when given, else by its timestamp; and whether it is on time. */
export function weekOfReport(
  reportDay: Day | null,
  timestamp: Instant,
  rule: DeadlineRule,
  timeZone: string,
): { week: Day; onTime: boolean } {
  throw new Error('chưa làm');
}
/** Deadline days of every campaign week, from week 1 (first deadline on or after the start) to the last one whose interval meets the campaign. */
export function campaignWeeks(settings: Settings): Day[] {
  throw new Error('chưa làm');
}
/** `Tuần đến dd/MM/yyyy`. */
export function weekLabel(week: Day): string {
  throw new Error('chưa làm');
}
