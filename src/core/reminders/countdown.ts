// The deadline as people read it (`14:30 Thứ 5, 16/03/2023`) and the time left or overdue (`còn 4 giờ 30 phút`).
import type { Instant } from '../types';
import type { ReminderItem } from './reminder-types';
import { dayOfInstant, formatDay, minuteOfDayOfInstant, weekdayOfDay } from '../zone';

const MINUTE = 60_000;

/** `Thứ 2` … `Thứ 7`, `Chủ nhật` for an ISO weekday (1 = Monday). */
export function weekdayName(isoWeekday: number): string {
  return isoWeekday === 7 ? 'Chủ nhật' : `Thứ ${isoWeekday + 1}`;
}

/** `14:30 Thứ 5, 16/03/2023`, read in `timeZone`. */
export function formatDeadline(deadline: Instant, timeZone: string): string {
  const day = dayOfInstant(deadline, timeZone);
  const minutes = minuteOfDayOfInstant(deadline, timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm} ${weekdayName(weekdayOfDay(day))}, ${formatDay(day)}`;
}

/** `1 ngày 2 giờ 5 phút`, `4 giờ 30 phút`, `45 phút`, `dưới 1 phút` (whole minutes, rounded down). */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / MINUTE);
  if (total === 0) return 'dưới 1 phút';
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} ngày`);
  if (hours > 0) parts.push(`${hours} giờ`);
  if (minutes > 0) parts.push(`${minutes} phút`);
  return parts.join(' ');
}

/** `còn 4 giờ 30 phút` before (or at) the deadline, `đã quá hạn 1 giờ 5 phút` after it. */
export function formatCountdown(deadline: Instant, now: Instant): string {
  return now <= deadline
    ? `còn ${formatDuration(deadline - now)}`
    : `đã quá hạn ${formatDuration(now - deadline)}`;
}

/** The deadline lines of a village reminder: `Hạn nộp: … (còn …).` and, for the final one, the last-call line (else ''). */
export function deadlineLines(item: Pick<ReminderItem, 'kind' | 'deadline'>, timeZone: string, now: Instant) {
  const final = item.kind === 'Nhắc lần cuối';
  const deadline = formatDeadline(item.deadline, timeZone);
  const countdown = formatCountdown(item.deadline, now);
  return {
    final,
    deadline,
    countdown,
    due: `Hạn nộp: ${deadline} (${countdown}).`,
    last: final ? 'Đây là lần nhắc cuối cùng trước hạn.' : '',
  };
}
