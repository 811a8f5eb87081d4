// Dates typed by people, day first (16/3, 16/3/2023, 29/03/2023 08:00:00, 2023-03-16), or Date cells, in the workbook's zone.
// Accepted text: d/M/yyyy, d/M/yy (20yy), d/M (the default year), with `/`, `-` or `.` (the same
// one throughout); yyyy-MM-dd (also `/`); "16 tháng 3 năm 2023". An optional time follows after a
// space, a comma or `T`: H:mm, H:mm:ss(.fff), 8h, 8h30, with SA/CH or AM/PM. Never month first.
// Text is wall-clock time in the zone; an ISO time with `Z` or `+07:00` is taken at that offset.
// Number cells are refused (a date cell reaches the add-on as a Date, so a number was typed as one).
// Messages carry no final period, so callers may add context.
import { fold } from './text';
import type { CellValue, Day, Instant, Parsed } from './types';
import { quote } from './vi-number';
import {
  DAY_MS,
  dayFromYmd,
  dayOfInstant,
  daysInMonth,
  formatDay,
  formatInstant,
  instantOf,
  isDateCell,
  addMs,
  asInstant,
  instantOfDate,
} from './zone';

export interface DateTimeValue {
  instant: Instant;
  day: Day;
}

const EXAMPLE = 'hãy ghi ngày/tháng/năm, ví dụ 16/03/2023';

interface Clock {
  minute: number;
  ms: number;
  /** Offset east of UTC in minutes when the text names one (Z, +07:00). */
  offset: number | null;
}

function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}

/** Reads a time of day: 8:00, 08:00:00, 8:00:00.5, 8h, 8h30, 2:30 CH, 10:00 PM; ISO dates also 08:00Z, 08:00+07:00. */
function parseClock(text: string, allowOffset: boolean): Clock | string {
  const m =
    /^(?<h>\d{1,2})(?::(?<m>\d{1,2})(?::(?<s>\d{1,2})(?:[.,](?<f>\d{1,9}))?)?|(?<hmark>h)(?<hm>\d{1,2})?)?\s*(?<half>sa|ch|am|pm|a\.m\.|p\.m\.)?\s*(?<zone>z|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    )?.groups;
  const bad = `giờ ${quote(text)} không hợp lệ; hãy ghi giờ:phút từ 00:00 đến 23:59, ví dụ 08:00`;
  if (!m || (m.m === undefined && m.hmark === undefined && m.half === undefined)) return bad;
  if (m.zone !== undefined && !allowOffset) return bad;
  let hour = Number(m.h);
  const minute = Number(m.m ?? m.hm ?? 0);
  const second = Number(m.s ?? 0);
  const ms = m.f === undefined ? 0 : Math.floor(Number(`0.${m.f}`) * 1000);
  if (m.half !== undefined) {
    if (hour < 1 || hour > 12) return bad;
    hour = (hour % 12) + (/^(sa|a)/i.test(m.half) ? 0 : 12);
  }
  if (hour > 23 || minute > 59 || second > 59) return bad;
  let offset: number | null = null;
  if (m.zone !== undefined) {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(m.zone);
    offset = z ? (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) : 0;
  }
  return { minute: hour * 60 + minute, ms: second * 1000 + ms, offset };
}

interface DateParts {
  y: number;
  mo: number;
  d: number;
  /** Year first (yyyy-MM-dd): a time after it may name its offset. */
  iso: boolean;
  missingYear: boolean;
}

/** Reads a date without time as typed (not yet checked against the calendar), or null when it is no date form. */
function dateParts(text: string, defaultYear: number): DateParts | null {
  // A date written with marks holds no word, so the words are looked for only when the marks do not match.
  const slashes = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  const words = slashes
    ? null
    : /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*,?\s*(?:nam\s*)?(\d{4}))?$/.exec(fold(text));
  const dayFirst = words
    ? [words[1], words[2], words[3]]
    : slashes
      ? [slashes[1], slashes[3], slashes[4]]
      : null;
  if (dayFirst) {
    const [d, mo, y] = dayFirst;
    const year = y === undefined ? defaultYear : y.length === 2 ? 2000 + Number(y) : Number(y);
    return { y: year, mo: Number(mo), d: Number(d), iso: false, missingYear: y === undefined };
  }
  const iso = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (iso) return { y: Number(iso[1]), mo: Number(iso[3]), d: Number(iso[4]), iso: true, missingYear: false };
  return null;
}

/** Why the date parts are not a real calendar date, or null when they are. */
function calendarProblem(date: DateParts, shown: string): string | null {
  const { y, mo, d } = date;
  if (!(Number.isInteger(y) && y >= 1000 && y <= 9999)) {
    return date.missingYear
      ? `${shown} thiếu năm; ${EXAMPLE}`
      : `${shown}: năm ${y} không hợp lệ; ${EXAMPLE}`;
  }
  if (mo < 1 || mo > 12) {
    const monthFirst = !date.iso && d >= 1 && d <= 12 && mo <= 31;
    return `${shown}: không có tháng ${mo}; ${monthFirst ? 'ngày ghi trước tháng, ví dụ 16/03/2023' : EXAMPLE}`;
  }
  if (d < 1) return `${shown}: không có ngày 0; ${EXAMPLE}`;
  const last = daysInMonth(y, mo);
  return d > last ? `${shown}: tháng ${mo}/${y} chỉ có ${last} ngày; hãy kiểm tra lại ngày` : null;
}

/** Texts already parsed, per zone and default year: a sheet repeats the same report days on many rows. */
const parsedTexts = new Map<string, Map<string, Parsed<DateTimeValue>>>();
const TEXTS_KEPT = 50_000;
const SETS_KEPT = 20;
let lastZone = '';
let lastYear = NaN;
let lastTexts = new Map<string, Parsed<DateTimeValue>>();

function textsOf(timeZone: string, defaultYear: number): Map<string, Parsed<DateTimeValue>> {
  if (timeZone === lastZone && Object.is(defaultYear, lastYear)) return lastTexts;
  const set = `${timeZone}\u0000${defaultYear}`;
  let texts = parsedTexts.get(set);
  if (!texts) {
    if (parsedTexts.size >= SETS_KEPT) parsedTexts.clear();
    parsedTexts.set(set, (texts = new Map()));
  }
  lastZone = timeZone;
  lastYear = defaultYear;
  lastTexts = texts;
  return texts;
}

/** Parses a date or date-time typed as text, in `timeZone`; never throws. The result is shared: never change it. */
export function parseDateText(text: string, timeZone: string, defaultYear: number): Parsed<DateTimeValue> {
  const key = String(text);
  const texts = textsOf(timeZone, defaultYear);
  let p = texts.get(key);
  if (p === undefined) {
    if (texts.size >= TEXTS_KEPT) texts.clear();
    texts.set(key, (p = parseDateTextNow(key, timeZone, defaultYear)));
  }
  return p;
}

function parseDateTextNow(text: string, timeZone: string, defaultYear: number): Parsed<DateTimeValue> {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '') return fail(`Ô trống; ${EXAMPLE}`);
  const shown = quote(s);
  let date = dateParts(s, defaultYear);
  let timeText: string | null = null;
  if (!date) {
    const split = /^(.*?\d)(?:\s*,\s*|\s+|T)(\d.*)$/.exec(s);
    date = split ? dateParts(split[1], defaultYear) : null;
    timeText = split ? split[2] : null;
  }
  if (!date) return fail(`${shown} không phải ngày; ${EXAMPLE}`);
  const problem = calendarProblem(date, shown);
  if (problem !== null) return fail(problem);
  const day = dayFromYmd(date.y, date.mo, date.d);
  if (timeText === null) return { ok: true, value: { instant: instantOf(day, 0, timeZone), day } };
  const clock = parseClock(timeText, date.iso);
  if (typeof clock === 'string') return fail(`${shown}: ${clock}`);
  if (clock.offset !== null) {
    const instant = asInstant(day * DAY_MS + (clock.minute - clock.offset) * 60000 + clock.ms);
    return { ok: true, value: { instant, day: dayOfInstant(instant, timeZone) } };
  }
  return { ok: true, value: { instant: addMs(instantOf(day, clock.minute, timeZone), clock.ms), day } };
}

/** Parses a date or date-time; text without a year takes `defaultYear`. Never throws. */
export function parseDateTime(v: CellValue, timeZone: string, defaultYear: number): Parsed<DateTimeValue> {
  if (isDateCell(v)) {
    const t = instantOfDate(v);
    if (!Number.isFinite(t)) return fail(`Ngày không hợp lệ; ${EXAMPLE}`);
    return { ok: true, value: { instant: t, day: dayOfInstant(t, timeZone) } };
  }
  if (typeof v === 'string') return parseDateText(v, timeZone, defaultYear);
  if (typeof v === 'number') {
    const shown = Number.isFinite(v) ? String(v).replace('.', ',') : 'này';
    return fail(`Ô chứa số ${shown}, không phải ngày; ${EXAMPLE}`);
  }
  if (typeof v === 'boolean') return fail(`Ô là ô đánh dấu (đúng/sai), không phải ngày; ${EXAMPLE}`);
  return fail(`Ô không chứa ngày; ${EXAMPLE}`);
}

/**
 * What a Date cell stands for, as a person reads it: its display when that reads back, day first, as
 * the cell's own day (`16/03/2023 08:00:00` as typed or as Forms wrote it); else dd/MM/yyyy, with the
 * time when it has one, in the zone, so a month-first display such as `03-06-24` never reaches a message.
 */
export function dateCellText(v: Date, display: string, timeZone: string): string {
  const t = instantOfDate(v);
  if (!Number.isFinite(t)) return display.trim();
  const day = dayOfInstant(t, timeZone);
  const shown = display.trim();
  const back = shown === '' ? null : parseDateText(shown, timeZone, 2000);
  if (back && back.ok && back.value.day === day) return shown;
  return t === instantOf(day, 0, timeZone) ? formatDay(day) : formatInstant(t, timeZone);
}
