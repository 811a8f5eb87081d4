// The zone offsets cached per hour agree, minute by minute, with Intl asked afresh across daylight-saving changes; civil dates computed without a Date agree with one.
import {
  dayOfInstant,
  daysInMonth,
  instantOf,
  offsetFromParts,
  offsetMinutes as offsetMinutesOf,
  ymdOfDay,
  asDay,
  asInstant,
} from '../../src/core/zone';

/** The cached offset at `t` ms. */
const offsetMinutes = (t: number, tz: string) => offsetMinutesOf(asInstant(t), tz);

const MINUTE = 60_000;

/** Every minute from `hours` before to `hours` after `t`, visited backwards then forwards, so the cache is filled both ways. */
function minutesAround(t: number, hours: number): number[] {
  const out: number[] = [];
  for (let m = hours * 60; m >= -hours * 60; m -= 7) out.push(t + m * MINUTE + 13_000);
  for (let m = -hours * 60; m <= hours * 60; m++) out.push(t + m * MINUTE);
  return out;
}

describe('offsets cached per zone and hour', () => {
  test.each([
    // 12/03/2023 02:00 EST → 03:00 EDT, and 05/11/2023 02:00 EDT → 01:00 EST.
    ['America/New_York', Date.UTC(2023, 2, 12, 7), -300, -240],
    ['America/New_York', Date.UTC(2023, 10, 5, 6), -240, -300],
    // Lord Howe moves by 30 minutes at 02:00 local, half past a UTC hour: 01/10/2023 02:00 +10:30 → +11:00.
    ['Australia/Lord_Howe', Date.UTC(2023, 8, 30, 15, 30), 630, 660],
  ])('%s around %p: every minute as Intl says', (tz, change, before, after) => {
    expect(offsetMinutes(change - MINUTE, tz)).toBe(before);
    expect(offsetMinutes(change, tz)).toBe(after);
    for (const t of minutesAround(change, 3))
      expect([t, offsetMinutes(t, tz)]).toEqual([t, offsetFromParts(asInstant(t), tz)]);
  });

  test('zones asked in turn keep their own offsets', () => {
    const t = Date.UTC(2023, 6, 1, 12);
    for (let i = 0; i < 3; i++) {
      expect(offsetMinutes(t, 'Asia/Ho_Chi_Minh')).toBe(420);
      expect(offsetMinutes(t, 'America/New_York')).toBe(-240);
      expect(offsetMinutes(t, 'Asia/Kolkata')).toBe(330);
    }
  });

  test('wall times on both sides of a jump read back through the cache', () => {
    const tz = 'America/New_York';
    const day = asDay(19428); // 12/03/2023
    expect(dayOfInstant(instantOf(day, 90, tz), tz)).toBe(day);
    expect(instantOf(day, 90, tz)).toBe(Date.UTC(2023, 2, 12, 6, 30));
    expect(instantOf(day, 180, tz)).toBe(Date.UTC(2023, 2, 12, 7));
  });

  test('instants a Date cannot hold take the default offset, as before', () => {
    expect(offsetMinutes(Number.NaN, 'America/New_York')).toBe(420);
    expect(offsetMinutes(9e15, 'America/New_York')).toBe(420);
  });
});

describe('civil dates without a Date', () => {
  test('ymdOfDay agrees with the UTC fields of a Date over 3.000 years and at the ends of the range', () => {
    const days = [-100_000_000, -99_999_999, 99_999_999, 100_000_000, -719468, -719469, 0, -1, 59, 60];
    for (let day = -700_000; day <= 400_000; day += 37) days.push(day);
    for (const day of days) {
      const d = new Date(day * 86_400_000);
      expect([day, ymdOfDay(asDay(day))]).toEqual([
        day,
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      ]);
    }
  });
});

test('daysInMonth agrees with the calendar of a Date for every month of four centuries', () => {
  for (let year = 1900; year <= 2400; year += year < 2100 ? 1 : 25)
    for (let month = 1; month <= 12; month++)
      expect([year, month, daysInMonth(year, month)]).toEqual([
        year,
        month,
        new Date(Date.UTC(year, month, 0)).getUTCDate(),
      ]);
});
