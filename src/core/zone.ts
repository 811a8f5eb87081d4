// Zone-aware time helper: the only place that turns instants into calendar days and clock times.
import { tzOffset } from '@date-fns/tz';
import type { CellValue, Day, Instant } from './types';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Offset of Asia/Ho_Chi_Minh in minutes: +07:00, no daylight saving since 1975. */
const DEFAULT_OFFSET_MINUTES = 7 * 60;
const MINUTE_MS = 60 * 1000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
export const MINUTES_PER_DAY = 24 * 60;

const validity = new Map<string, boolean>();

/** True when `tz` is a time zone name this runtime knows (an IANA name such as Asia/Ho_Chi_Minh, or UTC). */
export function isValidTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  let ok = validity.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    validity.set(tz, ok);
  }
  return ok;
}

/** The zone to use: `tz` when valid, else Asia/Ho_Chi_Minh (an unknown name never throws). */
export function resolveTimeZone(tz: unknown): string {
  return isValidTimeZone(tz) ? tz : DEFAULT_TIME_ZONE;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset read from the wall clock Intl shows (for runtimes without `longOffset` names); NaN if unknown. */
export function offsetFromParts(t: Instant, timeZone: string): number {
  try {
    let f = partsFormats.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      partsFormats.set(timeZone, f);
    }
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(new Date(t))) p[part.type] = Number(part.value);
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
    return Math.round((wall - (t - mod(t, 1000))) / MINUTE_MS);
  } catch {
    return NaN;
  }
}

const HOUR_MS = 60 * MINUTE_MS;
/** The largest instant a Date holds (±100 million days). */
const MAX_DATE_MS = 8.64e15;
const MAX_DATE_DAYS = 100_000_000;
/** Days (UTC) or hours kept per zone before the cache starts over. */
const KEPT = 100_000;
const ZONES_KEPT = 20;
/** Offsets already asked of Intl, per zone: per UTC day when the offset holds all that day, else per UTC hour. */
interface ZoneOffsets {
  days: Map<number, number>;
  hours: Map<number, number>;
}
/** A whole sheet of timestamps asks Intl a few hundred times, not per row. */
const zoneOffsets = new Map<string, ZoneOffsets>();
let lastZone = '';
let lastDay = NaN;
let lastOffset = DEFAULT_OFFSET_MINUTES;

/** Offset of `timeZone` from UTC at instant `t`, in minutes (Asia/Ho_Chi_Minh: 420). */
export function offsetMinutes(t: Instant, timeZone: string): number {
  if (!(Math.abs(t) <= MAX_DATE_MS)) return DEFAULT_OFFSET_MINUTES;
  const day = Math.floor(t / DAY_MS);
  if (timeZone === lastZone && day === lastDay) return lastOffset;
  let zone = zoneOffsets.get(timeZone);
  if (!zone) {
    if (zoneOffsets.size >= ZONES_KEPT) zoneOffsets.clear();
    zoneOffsets.set(timeZone, (zone = { days: new Map(), hours: new Map() }));
  }
  let off = zone.days.get(day);
  if (off === undefined) {
    const tz = resolveTimeZone(timeZone);
    const start = exactOffsetMinutes(day * DAY_MS, tz);
    // A change of offset within this day (a daylight-saving jump): asked per hour.
    if (exactOffsetMinutes((day + 1) * DAY_MS - 1, tz) !== start) return hourOffset(t, tz, zone.hours);
    if (zone.days.size >= KEPT) zone.days.clear();
    zone.days.set(day, (off = start));
  }
  lastZone = timeZone;
  lastDay = day;
  lastOffset = off;
  return off;
}

/** The offset at `t` on a day the offset changes: per hour, and within the hour of the change, exactly. */
function hourOffset(t: number, tz: string, hours: Map<number, number>): number {
  const hour = Math.floor(t / HOUR_MS);
  let off = hours.get(hour);
  if (off === undefined) {
    const start = exactOffsetMinutes(hour * HOUR_MS, tz);
    if (exactOffsetMinutes((hour + 1) * HOUR_MS - 1, tz) !== start) return exactOffsetMinutes(t, tz);
    if (hours.size >= KEPT) hours.clear();
    hours.set(hour, (off = start));
  }
  return off;
}

/** The offset as Intl tells it for one instant (no cache). */
function exactOffsetMinutes(t: number, tz: string): number {
  const off = tzOffset(tz, new Date(t));
  if (Number.isFinite(off)) return off;
  const fromParts = offsetFromParts(asInstant(t), tz);
  // If the runtime cannot tell the offset at all (no Intl zone data), fall back to +07:00:
  // right for Asia/Ho_Chi_Minh, the zone this add-on is made for.
  return Number.isFinite(fromParts) ? fromParts : DEFAULT_OFFSET_MINUTES;
}

/** A whole number of days since 1970-01-01 as a Day: the one way a number becomes a Day. */
export function asDay(n: number): Day {
  return n as Day;
}
/** Milliseconds since the epoch as an Instant: the one way a number becomes an Instant. */
export function asInstant(ms: number): Instant {
  return ms as Instant;
}
/** The instant a Date holds. */
export function instantOfDate(d: Date): Instant {
  return asInstant(d.getTime());
}
/** The instant `ms` milliseconds after `t` (ms may be negative). */
export function addMs(t: Instant, ms: number): Instant {
  return asInstant(t + ms);
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Number of days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return ymdOfDay(addDays(dayFromYmd(year, month + 1, 1), -1)).day;
}

/** True when year, month (1–12) and day name a real calendar date (31/02 is not). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Day number of a civil date (month 1–12); out-of-range months and days roll over like Date.UTC. */
export function dayFromYmd(year: number, month: number, day: number): Day {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return asDay(Math.floor(d.getTime() / DAY_MS));
}
/** Civil date of a day number. */
export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  const z = Math.floor(day);
  if (Math.abs(z) <= MAX_DATE_DAYS) {
    // Civil from days without a Date (H. Hinnant's algorithm): called for every row.
    const shifted = z + 719468;
    const era = Math.floor(shifted / 146097);
    const doe = shifted - era * 146097;
    const yoe = Math.floor(
      (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
    );
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const month = mp < 10 ? mp + 3 : mp - 9;
    return {
      year: yoe + era * 400 + (month <= 2 ? 1 : 0),
      month,
      day: doy - Math.floor((153 * mp + 2) / 5) + 1,
    };
  }
  const d = new Date(z * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
/** ISO weekday of a day: 1 = Thứ 2 (Monday) … 7 = Chủ nhật (Sunday). 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: Day): number {
  return mod(Math.floor(day) + 3, 7) + 1;
}
/** The day `n` days after `day` (n may be negative). */
export function addDays(day: Day, n: number): Day {
  return asDay(day + n);
}
/** Calendar days from `a` to `b`, both counted (b − a + 1; 0 or less when b is before a). */
export function daysBetweenInclusive(a: Day, b: Day): number {
  return b - a + 1;
}
/** Calendar day of an instant, read in `timeZone`. */
export function dayOfInstant(t: Instant, timeZone: string): Day {
  return asDay(Math.floor((t + offsetMinutes(t, timeZone) * MINUTE_MS) / DAY_MS));
}
/** Minutes after midnight of an instant, read in `timeZone`. */
export function minuteOfDayOfInstant(t: Instant, timeZone: string): number {
  return mod(Math.floor((t + offsetMinutes(t, timeZone) * MINUTE_MS) / MINUTE_MS), MINUTES_PER_DAY);
}
/**
 * The instant of `day` at `minuteOfDay` (wall clock) in `timeZone`.
 * A wall time skipped by a daylight-saving jump maps to the later side; a repeated one to the earlier.
 */
export function instantOf(day: Day, minuteOfDay: number, timeZone: string): Instant {
  // The wall time read as if it were UTC: an instant off by the zone's offset, corrected below.
  const local = asInstant(day * DAY_MS + minuteOfDay * MINUTE_MS);
  const o1 = offsetMinutes(local, timeZone);
  const t1 = addMs(local, -o1 * MINUTE_MS);
  const o2 = offsetMinutes(t1, timeZone);
  if (o2 === o1) return t1;
  const t2 = addMs(local, -o2 * MINUTE_MS);
  if (offsetMinutes(t2, timeZone) === o2) return t2;
  return asInstant(Math.max(t1, t2));
}
/** Midnight (00:00) at the start of `day` in `timeZone`. */
export function startOfDayInstant(day: Day, timeZone: string): Instant {
  return instantOf(day, 0, timeZone);
}

function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length < width ? '0'.repeat(width - s.length) + s : s);
}
/** `dd/MM/yyyy`. */
export function formatDay(day: Day): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${pad(d)}/${pad(month)}/${pad(year, 4)}`;
}
/** `yyyy-MM-dd`. */
export function formatIsoDay(day: Day): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}
function hhmm(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
/** `dd/MM/yyyy HH:mm` in `timeZone`. */
export function formatInstant(t: Instant, timeZone: string): string {
  return `${formatDay(dayOfInstant(t, timeZone))} ${hhmm(minuteOfDayOfInstant(t, timeZone))}`;
}
/** `yyyy-MM-ddTHH:mm` in `timeZone` (the runner's `--as-of` form). */
export function formatIsoMinute(t: Instant, timeZone: string): string {
  return `${formatIsoDay(dayOfInstant(t, timeZone))}T${hhmm(minuteOfDayOfInstant(t, timeZone))}`;
}
/** Day of a `yyyy-MM-dd` text (a real calendar date), else null. */
export function parseIsoDay(s: string): Day | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(String(s));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}
/** True when a cell value is a valid Date. */
export function isDateCell(v: CellValue): v is Date {
  if (typeof v !== 'object' || v === null) return false;
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}
/** Day of a Date cell read in `timeZone`; null for anything else (text dates: see vi-date.ts). */
export function dayOfCell(v: CellValue, timeZone: string): Day | null {
  if (!isDateCell(v)) return null;
  const t = instantOfDate(v);
  return Number.isFinite(t) ? dayOfInstant(t, timeZone) : null;
}
