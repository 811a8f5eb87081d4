// Reporting weeks and deadlines (docs/rollup.md): a week is named by the day of its deadline.
// Week W is the interval (previous deadline, deadline of W]; its name W is the deadline's day.
import type { Day, DeadlineRule, Instant, Settings } from './types';
import { dayOfInstant, formatDay, instantOf, weekdayOfDay, addDays } from './zone';

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** The deadline day (weekday of the rule) on or after `day`. */
export function deadlineDayOnOrAfter(day: Day, rule: DeadlineRule): Day {
  return addDays(day, mod(rule.weekday - weekdayOfDay(day), 7));
}
/** The instant of the deadline that closes week `week` (a deadline day). */
export function deadlineInstant(week: Day, rule: DeadlineRule, timeZone: string): Instant {
  return instantOf(week, rule.minuteOfDay, timeZone);
}
/** The week before `week`. */
export function previousWeek(week: Day): Day {
  return addDays(week, -7);
}
/** The week after `week`. */
export function nextWeek(week: Day): Day {
  return addDays(week, 7);
}
/** Where week `week` starts: the previous deadline's instant, itself not in the week (exclusive). */
export function weekStartInstant(week: Day, rule: DeadlineRule, timeZone: string): Instant {
  return deadlineInstant(previousWeek(week), rule, timeZone);
}
/** The week whose interval (previous deadline, deadline] holds instant `t`: 14:30:00.000 on the deadline day is still in. */
export function weekOfInstant(t: Instant, rule: DeadlineRule, timeZone: string): Day {
  let week = deadlineDayOnOrAfter(dayOfInstant(t, timeZone), rule);
  while (t > deadlineInstant(week, rule, timeZone)) week = nextWeek(week);
  while (t <= weekStartInstant(week, rule, timeZone)) week = previousWeek(week);
  return week;
}
/**
 * Week of a report row, and whether it is on time.
 * With a report day: the first deadline day on or after it (that day counts in that week even
 * when the row was sent after the deadline time); on time when the timestamp is at or before
 * that week's deadline. Without one: the week holding the timestamp, always on time.
 */
export function weekOfReport(
  reportDay: Day | null,
  timestamp: Instant,
  rule: DeadlineRule,
  timeZone: string,
): { week: Day; onTime: boolean } {
  if (reportDay === null || reportDay === undefined) {
    return { week: weekOfInstant(timestamp, rule, timeZone), onTime: true };
  }
  const week = deadlineDayOnOrAfter(reportDay, rule);
  return { week, onTime: timestamp <= deadlineInstant(week, rule, timeZone) };
}
/** Week 1 of the campaign: the first week whose deadline is on or after the campaign start. */
export function firstCampaignWeek(settings: Settings): Day {
  return deadlineDayOnOrAfter(settings.campaignStart, settings.deadline);
}
/**
 * Deadline days of every campaign week, from week 1 (first deadline on or after the start) to
 * the week the campaign's last day belongs to by the report-day rule (first deadline on or after
 * the end). So every campaign day's week is listed. Empty when the end is before the start.
 */
export function campaignWeeks(settings: Settings): Day[] {
  if (settings.campaignEnd < settings.campaignStart) return [];
  const last = deadlineDayOnOrAfter(settings.campaignEnd, settings.deadline);
  const weeks: Day[] = [];
  for (let w = firstCampaignWeek(settings); w <= last; w = nextWeek(w)) weeks.push(w);
  return weeks;
}
/** 1-based number of `week` in the campaign (week 1 = first campaign week); 0 or less before it. */
export function campaignWeekNumber(week: Day, settings: Settings): number {
  return Math.floor((week - firstCampaignWeek(settings)) / 7) + 1;
}
/** `Tuần đến dd/MM/yyyy`. */
export function weekLabel(week: Day): string {
  return `Tuần đến ${formatDay(week)}`;
}
