// Test fixtures of the reminders core: a small commune built directly as Model / ValidationResult objects.
import type { CountedRow, Day, Indicator, Instant, Model, Settings, Village } from '../../../src/core/types';
import { dayFromYmd, instantOf, addMs, asInstant } from '../../../src/core/zone';
import type { LedgerEntry, ReminderItem, ReminderKind } from '../../../src/core/reminders/reminder-types';

export const TZ = 'Asia/Ho_Chi_Minh';

export function day(y: number, m: number, d: number): Day {
  return dayFromYmd(y, m, d);
}

/** The instant of a wall-clock time in Asia/Ho_Chi_Minh, plus `ms`. */
export function at(y: number, m: number, d: number, hh: number, mm: number, ms = 0): Instant {
  return addMs(instantOf(dayFromYmd(y, m, d), hh * 60 + mm, TZ), ms);
}

export const WEEK_16_03 = day(2023, 3, 16);
export const WEEK_23_03 = day(2023, 3, 23);

export function settings(over: Partial<Settings> = {}): Settings {
  return {
    communeName: 'Sơn Bằng',
    campaignStart: day(2023, 3, 15),
    campaignEnd: day(2023, 12, 31),
    deadline: { weekday: 4, minuteOfDay: 14 * 60 + 30 },
    remindBeforeHours: 24,
    officerEmails: ['canbo@sonbang.vn', 'pho.ct@sonbang.vn'],
    timeZone: TZ,
    peakPhases: [],
    supportCode: 'NUOC_THAI_HT',
    supportAmount: 1_000_000,
    autoCorrections: false,
    ...over,
  };
}

export function village(name: string, emails: string[], row: number, over: Partial<Village> = {}): Village {
  return { name, leader: `Trưởng ${name}`, emails, households: 100, phone: `09${row}`, row, ...over };
}

export function indicator(
  code: string,
  start: Day,
  due: Day,
  targets: Record<string, number>,
  row = 2,
): Indicator {
  return { code, name: `Nội dung ${code}`, unit: 'm', kind: 'Cộng dồn', start, due, targets, row };
}

/** Thịnh Bằng (one address written twice plus junk), Thôn 2 (two addresses in one cell), Thôn 3 (no address),
 *  Thôn 4 (no target), Thôn 5 (a target only from 01/07). */
export function model(
  over: { settings?: Partial<Settings>; villages?: Village[]; indicators?: Indicator[] } = {},
): Model {
  const s = settings(over.settings);
  return {
    settings: s,
    villages: over.villages ?? [
      village('Thịnh Bằng', ['a@x.vn', ' A@X.vn ', 'không có', 'a@x'], 2),
      village('Thôn 2', ['b@x.vn; c@x.vn', 'b@x.vn'], 3),
      village('Thôn 3', [], 4),
      village('Thôn 4', ['d@x.vn'], 5),
      village('Thôn 5', ['e@x.vn'], 6),
    ],
    indicators: over.indicators ?? [
      indicator('HANG_RAO', day(2023, 3, 15), day(2023, 5, 15), {
        'Thịnh Bằng': 1000,
        'Thôn 2': 1200,
        'Thôn 3': 1000,
        'Thôn 4': 0,
      }),
      indicator('KDC_KM', day(2023, 7, 1), s.campaignEnd, { 'Thôn 5': 1 }, 3),
    ],
    reports: [],
  };
}

/** A valid report row of `village` for `week`, sent at `timestamp`. */
export function row(village: string, week: Day, timestamp: Instant, onTime = true): CountedRow {
  return {
    tab: 'Báo cáo',
    row: 2,
    village,
    day: week,
    timestamp,
    week,
    onTime,
    amounts: { HANG_RAO: 10 },
    nextWeekPlan: '',
  };
}

export function entry(
  week: Day,
  village: string,
  kind: ReminderKind,
  result: LedgerEntry['result'],
): LedgerEntry {
  return { time: asInstant(0), week, village, recipients: '', kind, result };
}

/** `village/kind` keys of items, for compact assertions. */
export function keys(items: ReminderItem[]): string[] {
  return items.map((i) => `${i.village}/${i.kind}`);
}
