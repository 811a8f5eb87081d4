// Zone-aware time helper: the only place that turns instants into calendar days and clock times.
import type { CellValue, Day, Instant } from './types';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Day number of a civil date (month 1–12). */
export function dayFromYmd(year: number, month: number, day: number): Day {
  throw new Error('chưa làm');
}
/** Civil date of a day number. */
export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  throw new Error('chưa làm');
}
/** ISO weekday of a day: 1 = Thứ 2 (Monday) … 7 = Chủ nhật (Sunday). */
export function weekdayOfDay(day: Day): number {
  throw new Error('chưa làm');
}
/** Calendar day of an instant, read in `timeZone`. */
export function dayOfInstant(t: Instant, timeZone: string): Day {
  throw new Error('chưa làm');
}
/** Minutes after midnight of an instant, read in `timeZone`. */
export function minuteOfDayOfInstant(t: Instant, timeZone: string): number {
  throw new Error('chưa làm');
}
/** The instant of `day` at `minuteOfDay` (wall clock) in `timeZone`. */
export function instantOf(day: Day, minuteOfDay: number, timeZone: string): Instant {
  throw new Error('chưa làm');
}
/** `dd/MM/yyyy`. */
export function formatDay(day: Day): string {
  throw new Error('chưa làm');
}
/** `dd/MM/yyyy HH:mm` in `timeZone`. */
export function formatInstant(t: Instant, timeZone: string): string {
  throw new Error('chưa làm');
}
/** True when a cell value is a valid Date. */
export function isDateCell(v: CellValue): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}
