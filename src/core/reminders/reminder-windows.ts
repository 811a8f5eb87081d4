// When each reminder kind of a week may go out (docs/reminders.md): the reminder window, the last 3 hours, the escalation.
import { addMs, asInstant } from '../zone';
import { deadlineInstant, nextWeek } from '../weeks';
import type { Day, Instant, Settings } from '../types';
import type { ReminderKind } from './reminder-types';

const HOUR = 3_600_000;
/** The final reminder (`Nhắc lần cuối`) is due in the last 3 hours before the deadline. */
export const FINAL_HOURS = 3;
/** `Nhắc trước (giờ)` is capped so that the escalation window keeps at least one day before the next week's reminders. */
export const MAX_REMIND_BEFORE_HOURS = 6 * 24;
/** Used when `Nhắc trước (giờ)` is not a number. */
export const DEFAULT_REMIND_BEFORE_HOURS = 24;

/**
 * The windows of one week, as half-open or closed intervals of instants:
 * - `Nhắc hạn`:       open ≤ t < finalFrom
 * - `Nhắc lần cuối`:  finalFrom ≤ t ≤ deadline
 * - `Quá hạn`:        deadline < t < escalationUntil (the next week's `open`)
 */
export interface WeekWindows {
  week: Day;
  deadline: Instant;
  open: Instant;
  finalFrom: Instant;
  escalationUntil: Instant;
}

/** `Nhắc trước (giờ)` as used: not a number → 24; clamped to 0 … 144. */
export function remindBeforeHours(settings: Settings): number {
  const h = Number(settings.remindBeforeHours);
  if (!Number.isFinite(h)) return DEFAULT_REMIND_BEFORE_HOURS;
  return Math.min(MAX_REMIND_BEFORE_HOURS, Math.max(0, h));
}

/** The windows of week `week` (a deadline day). */
export function weekWindows(week: Day, settings: Settings): WeekWindows {
  const before = remindBeforeHours(settings) * HOUR;
  const deadline = deadlineInstant(week, settings.deadline, settings.timeZone);
  const next = deadlineInstant(nextWeek(week), settings.deadline, settings.timeZone);
  const open = addMs(deadline, -before);
  return {
    week,
    deadline,
    open,
    finalFrom: asInstant(Math.max(open, deadline - FINAL_HOURS * HOUR)),
    escalationUntil: addMs(next, -before),
  };
}

/** True when `t` lies inside the window of `kind`. */
export function inWindow(w: WeekWindows, kind: ReminderKind, t: Instant): boolean {
  switch (kind) {
    case 'Nhắc hạn':
      return w.open <= t && t < w.finalFrom;
    case 'Nhắc lần cuối':
      return w.finalFrom <= t && t <= w.deadline;
    case 'Quá hạn':
      return w.deadline < t && t < w.escalationUntil;
  }
}

/**
 * The last instant of the window of `kind` when that window is non-empty and has closed by `now`, else null.
 * Whoever was still due at that instant and was never sent is `Hết hạn`.
 */
export function closedWindowEnd(w: WeekWindows, kind: ReminderKind, now: Instant): Instant | null {
  switch (kind) {
    case 'Nhắc hạn':
      return w.open < w.finalFrom && now >= w.finalFrom ? addMs(w.finalFrom, -1) : null;
    case 'Nhắc lần cuối':
      return now > w.deadline ? w.deadline : null;
    case 'Quá hạn':
      return w.deadline + 1 < w.escalationUntil && now >= w.escalationUntil
        ? addMs(w.escalationUntil, -1)
        : null;
  }
}
