// Which week a rollup or report at as-of time T covers, and as of which day (docs/rollup.md "Week and time").
import { formatDeadlineRule } from './model/deadline-rule';
import type { Day, DeadlineRule, Instant, Parsed } from './types';
import { parseDateText } from './vi-date';
import { deadlineDayOnOrAfter, deadlineInstant, previousWeek, weekOfInstant } from './weeks';
import { dayOfInstant, formatDay, weekdayOfDay, asDay } from './zone';

/** How long after a deadline the rollup still reports the week that deadline closed. */
export const CLOSED_WEEK_GRACE_MS = 24 * 60 * 60 * 1000;

/** A week asked for explicitly: a day of it (its deadline day names it), or `'previous'` (the week closed last). */
export type WeekChoice = Day | 'previous';

/** Why this week: the week holding T; the week a deadline closed less than 24 h before T; the week asked for. */
export type WeekReason = 'current' | 'just-closed' | 'chosen';

export interface ReportWeek {
  /** The reported week W (its deadline day). */
  week: Day;
  /** T's date for plans and daily needs: T's day, or W's deadline day when W closed before T. */
  today: Day;
  reason: WeekReason;
}

/** The week whose deadline passed last before `t` (the week before the one holding `t`). */
export function lastClosedWeek(t: Instant, rule: DeadlineRule, timeZone: string): Day {
  return previousWeek(weekOfInstant(t, rule, timeZone));
}

/**
 * The one rule. Without a choice: the week whose interval holds T, except from a deadline until
 * 24 hours after it (T after the deadline, less than 24 h after), when it is the week that deadline
 * closed. `'previous'`: the week closed last. A day: the week its next deadline closes. A week
 * closed before T is measured as on its deadline day (`today`), so its late rows show `Trễ hạn`
 * and its plan does not grow while it is rolled up later.
 */
export function reportWeek(
  asOf: Instant,
  rule: DeadlineRule,
  timeZone: string,
  choice?: WeekChoice | null,
): ReportWeek {
  const asOfDay = dayOfInstant(asOf, timeZone);
  const closed = lastClosedWeek(asOf, rule, timeZone);
  if (choice === undefined || choice === null) {
    const sinceDeadline = asOf - deadlineInstant(closed, rule, timeZone);
    if (sinceDeadline > 0 && sinceDeadline < CLOSED_WEEK_GRACE_MS)
      return { week: closed, today: asDay(Math.min(asOfDay, closed)), reason: 'just-closed' };
    return { week: weekOfInstant(asOf, rule, timeZone), today: asOfDay, reason: 'current' };
  }
  const week = choice === 'previous' ? closed : deadlineDayOnOrAfter(asDay(Math.floor(choice)), rule);
  return { week, today: asDay(Math.min(asOfDay, week)), reason: 'chosen' };
}

/**
 * A week typed by a person (the runner's `--week`): `previous`, or a deadline day written day first
 * (`16/03/2023`). A day that is not a deadline day is refused, naming the deadlines around it.
 */
export function parseWeekChoice(
  text: string,
  rule: DeadlineRule,
  timeZone: string,
  defaultYear: number,
): Parsed<WeekChoice> {
  const t = String(text ?? '').trim();
  if (/^(previous|trước|tuần trước)$/i.test(t)) return { ok: true, value: 'previous' };
  const p = parseDateText(t, timeZone, defaultYear);
  if (!p.ok)
    return {
      ok: false,
      message: `Tuần "${t}" không phải một ngày: hãy ghi ngày hạn nộp báo cáo theo kiểu dd/MM/yyyy (ví dụ 16/03/2023), hoặc previous cho tuần vừa hết hạn.`,
    };
  const day = p.value.day;
  if (weekdayOfDay(day) === rule.weekday) return { ok: true, value: day };
  const after = deadlineDayOnOrAfter(day, rule);
  return {
    ok: false,
    message:
      `Ngày ${formatDay(day)} không phải ngày hạn nộp báo cáo (${formatDeadlineRule(rule)}, tab Cấu hình): ` +
      `hạn gần nhất là ${formatDay(previousWeek(after))} và ${formatDay(after)}. Hãy ghi một trong hai ngày đó.`,
  };
}
