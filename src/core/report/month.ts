// Calendar months of the monthly report (docs/report.md "Monthly report"): the month holding an instant, the one before, its days and its span.
import type { Day, Instant, Parsed } from '../types';
import { addDays, addMs, dayFromYmd, dayOfInstant, daysInMonth, startOfDayInstant, ymdOfDay } from '../zone';

export interface Month {
  year: number;
  /** 1–12. */
  month: number;
}

/** A month asked for: a month, or `'previous'` (the month before the one holding the as-of time). */
export type MonthChoice = Month | 'previous';

export function monthOfDay(day: Day): Month {
  const { year, month } = ymdOfDay(day);
  return { year, month };
}

export function previousMonth(m: Month): Month {
  return m.month === 1 ? { year: m.year - 1, month: 12 } : { year: m.year, month: m.month - 1 };
}

/** `11/2026`. */
export function monthText(m: Month): string {
  return `${String(m.month).padStart(2, '0')}/${m.year}`;
}

/** The month's first and last day. */
export function monthDays(m: Month): { first: Day; last: Day } {
  return {
    first: dayFromYmd(m.year, m.month, 1),
    last: dayFromYmd(m.year, m.month, daysInMonth(m.year, m.month)),
  };
}

/** The month's first instant and its last (the millisecond before the next month begins), in `timeZone`. */
export function monthSpan(m: Month, timeZone: string): { start: Instant; end: Instant } {
  const { first, last } = monthDays(m);
  return {
    start: startOfDayInstant(first, timeZone),
    end: addMs(startOfDayInstant(addDays(last, 1), timeZone), -1),
  };
}

/** The month to report as of `asOf`: the one holding it, the one before it, or the one asked for. */
export function resolveMonth(asOf: Instant, timeZone: string, choice?: MonthChoice): Month {
  const current = monthOfDay(dayOfInstant(asOf, timeZone));
  if (choice === undefined) return current;
  return choice === 'previous' ? previousMonth(current) : choice;
}

/** A month typed by a person (the runner's `--month`): `previous`, or `MM/yyyy` (`M/yyyy` too). */
export function parseMonthChoice(text: string): Parsed<MonthChoice> {
  const t = String(text ?? '').trim();
  if (/^(previous|trước|tháng trước)$/i.test(t)) return { ok: true, value: 'previous' };
  const m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return { ok: true, value: { year: Number(m[2]), month: Number(m[1]) } };
  return {
    ok: false,
    message: `Tháng "${t}" không đúng dạng: hãy ghi tháng theo kiểu MM/yyyy (ví dụ 04/2023), hoặc previous cho tháng trước.`,
  };
}
