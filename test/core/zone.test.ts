// Tests of the zone helper: civil days, weekdays, offsets and formats, independent of the process TZ.
import {
  addDays,
  dayFromYmd,
  dayOfCell,
  dayOfInstant,
  daysBetweenInclusive,
  daysInMonth,
  DEFAULT_TIME_ZONE,
  formatDay,
  formatInstant,
  formatIsoDay,
  formatIsoMinute,
  instantOf,
  isValidTimeZone,
  isValidYmd,
  minuteOfDayOfInstant,
  offsetFromParts,
  offsetMinutes,
  parseIsoDay,
  resolveTimeZone,
  startOfDayInstant,
  weekdayOfDay,
  ymdOfDay,
  addMs,
  asDay,
  asInstant,
} from '../../src/core/zone';

const HCM = 'Asia/Ho_Chi_Minh';
const utc = (...ymdhms: [number, number, ...number[]]) => asInstant(Date.UTC(...ymdhms));

describe('days and instants are different types', () => {
  test('the compiler refuses a Day where an Instant is meant, the reverse, and a bare number', () => {
    const day = dayFromYmd(2023, 3, 16);
    const t = instantOf(day, 0, HCM);
    // @ts-expect-error -- a Day is not an Instant
    expect(dayOfInstant(day, HCM)).toBe(0);
    // @ts-expect-error -- an Instant is not a Day
    expect(instantOf(t, 0, HCM)).toBeGreaterThan(t);
    // @ts-expect-error -- a number becomes a Day only through asDay
    expect(formatDay(19432)).toBe('16/03/2023');
    expect(formatDay(asDay(19432))).toBe('16/03/2023');
  });
});

describe('civil days', () => {
  test.each([
    [1970, 1, 1, 0],
    [1970, 1, 2, 1],
    [1969, 12, 31, -1],
    [2000, 3, 1, 11017],
    [2023, 3, 16, 19432],
  ])('%i-%i-%i is day %i', (y, m, d, day) => {
    expect(dayFromYmd(y, m, d)).toBe(day);
    expect(ymdOfDay(asDay(day))).toEqual({ year: y, month: m, day: d });
  });

  test('years below 100 are not shifted to the 1900s', () => {
    expect(ymdOfDay(dayFromYmd(50, 6, 1))).toEqual({ year: 50, month: 6, day: 1 });
  });

  test('round trip over many days', () => {
    for (let day = -800; day < 80000; day += 37) {
      const { year, month, day: d } = ymdOfDay(asDay(day));
      expect(dayFromYmd(year, month, d)).toBe(day);
    }
  });

  test.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2023, 12, 31],
    [2023, 4, 30],
  ])('daysInMonth(%i, %i) = %i', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));

  test.each([
    [2023, 2, 31, false],
    [2023, 2, 29, false],
    [2024, 2, 29, true],
    [2023, 13, 1, false],
    [2023, 0, 1, false],
    [2023, 3, 0, false],
    [2023, 3, 16, true],
    [2023, 3, 1.5, false],
  ])('isValidYmd(%i, %i, %d) = %s', (y, m, d, ok) => expect(isValidYmd(y, m, d)).toBe(ok));

  test('weekdays: 16/03/2023 is a Thursday, 19/03/2023 a Sunday', () => {
    expect(weekdayOfDay(dayFromYmd(2023, 3, 16))).toBe(4);
    expect(weekdayOfDay(dayFromYmd(2023, 3, 13))).toBe(1);
    expect(weekdayOfDay(dayFromYmd(2023, 3, 19))).toBe(7);
    expect(weekdayOfDay(asDay(0))).toBe(4);
    expect(weekdayOfDay(asDay(-1))).toBe(3);
    expect(weekdayOfDay(asDay(-4))).toBe(7);
  });

  test('addDays and daysBetweenInclusive', () => {
    const start = dayFromYmd(2023, 3, 15);
    expect(addDays(start, 8)).toBe(dayFromYmd(2023, 3, 23));
    expect(addDays(start, -15)).toBe(dayFromYmd(2023, 2, 28));
    // docs/rollup.md: 15/03 → 15/05 is 62 days both counted; 15/03 → 23/03 is 9.
    expect(daysBetweenInclusive(start, dayFromYmd(2023, 5, 15))).toBe(62);
    expect(daysBetweenInclusive(start, dayFromYmd(2023, 3, 23))).toBe(9);
    expect(daysBetweenInclusive(start, start)).toBe(1);
    expect(daysBetweenInclusive(start, addDays(start, -1))).toBe(0);
  });
});

describe('zones', () => {
  test('validity', () => {
    expect(isValidTimeZone(HCM)).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('Asia/Hanoi')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('not a zone')).toBe(false);
    expect(isValidTimeZone(7 as unknown)).toBe(false);
    expect(isValidTimeZone('constructor')).toBe(false);
    expect(isValidTimeZone('__proto__')).toBe(false);
  });

  test('an unknown zone falls back to Asia/Ho_Chi_Minh and never throws', () => {
    expect(resolveTimeZone('Sao Hỏa/Thủ đô')).toBe(DEFAULT_TIME_ZONE);
    expect(resolveTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    const t = utc(2023, 2, 16, 7, 30);
    expect(formatInstant(t, 'Sao Hỏa/Thủ đô')).toBe('16/03/2023 14:30');
    expect(offsetMinutes(t, '')).toBe(420);
  });

  test.each([
    [HCM, 420],
    ['Asia/Tokyo', 540],
    ['UTC', 0],
  ])('offset of %s is %i minutes', (tz, off) => {
    expect(offsetMinutes(utc(2023, 0, 1), tz)).toBe(off);
    expect(offsetMinutes(utc(2023, 6, 1), tz)).toBe(off);
  });

  test('America/New_York follows daylight saving', () => {
    expect(offsetMinutes(utc(2023, 0, 15), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(utc(2023, 6, 15), 'America/New_York')).toBe(-240);
  });

  test('the wall-clock fallback agrees with the offset names, all year round', () => {
    for (const tz of [HCM, 'Asia/Tokyo', 'UTC', 'America/New_York', 'Australia/Adelaide']) {
      for (
        let t = utc(2023, 0, 1);
        t < utc(2024, 0, 1);
        t = addMs(t, 5 * 3600 * 1000 + 17 * 60 * 1000 + 1234)
      ) {
        expect(offsetFromParts(t, tz)).toBe(offsetMinutes(t, tz));
      }
    }
    expect(offsetFromParts(asInstant(0), 'no/such zone')).toBeNaN();
  });

  test('day and minute of an instant depend on the zone only', () => {
    const t = utc(2023, 2, 15, 17, 30); // 16/03 00:30 in Hồ Chí Minh
    expect(dayOfInstant(t, HCM)).toBe(dayFromYmd(2023, 3, 16));
    expect(minuteOfDayOfInstant(t, HCM)).toBe(30);
    expect(dayOfInstant(t, 'UTC')).toBe(dayFromYmd(2023, 3, 15));
    expect(minuteOfDayOfInstant(t, 'UTC')).toBe(17 * 60 + 30);
    expect(dayOfInstant(t, 'Asia/Tokyo')).toBe(dayFromYmd(2023, 3, 16));
    expect(minuteOfDayOfInstant(t, 'Asia/Tokyo')).toBe(150);
  });

  test('one millisecond before midnight is still the earlier day', () => {
    const midnight = instantOf(dayFromYmd(2023, 3, 16), 0, HCM);
    expect(dayOfInstant(midnight, HCM)).toBe(dayFromYmd(2023, 3, 16));
    expect(dayOfInstant(addMs(midnight, -1), HCM)).toBe(dayFromYmd(2023, 3, 15));
    expect(minuteOfDayOfInstant(addMs(midnight, -1), HCM)).toBe(1439);
  });

  test.each([
    [HCM, utc(2023, 2, 16, 7, 30)],
    ['Asia/Tokyo', utc(2023, 2, 16, 5, 30)],
    ['UTC', utc(2023, 2, 16, 14, 30)],
    ['America/New_York', utc(2023, 2, 16, 18, 30)],
  ])('instantOf 16/03/2023 14:30 in %s', (tz, expected) => {
    const t = instantOf(dayFromYmd(2023, 3, 16), 14 * 60 + 30, tz);
    expect(t).toBe(expected);
    expect(startOfDayInstant(dayFromYmd(2023, 3, 16), tz)).toBe(expected - (14 * 60 + 30) * 60000);
  });

  test('instantOf round-trips through day and minute in a zone with daylight saving', () => {
    const tz = 'America/New_York';
    for (let day = dayFromYmd(2023, 1, 1); day < dayFromYmd(2024, 1, 1); day = addDays(day, 3)) {
      for (const minute of [0, 90, 150, 870, 1439]) {
        const t = instantOf(day, minute, tz);
        if (minute === 150 && day === dayFromYmd(2023, 3, 12)) continue; // 02:30 does not exist that day
        expect([dayOfInstant(t, tz), minuteOfDayOfInstant(t, tz)]).toEqual([day, minute]);
      }
    }
  });

  test('a wall time skipped by daylight saving maps to the later side', () => {
    const t = instantOf(dayFromYmd(2023, 3, 12), 150, 'America/New_York');
    expect(formatInstant(t, 'America/New_York')).toBe('12/03/2023 03:30');
  });
});

describe('formats and parsing', () => {
  test('formatDay and formatIsoDay', () => {
    expect(formatDay(dayFromYmd(2023, 3, 6))).toBe('06/03/2023');
    expect(formatDay(dayFromYmd(2023, 12, 31))).toBe('31/12/2023');
    expect(formatIsoDay(dayFromYmd(2023, 3, 6))).toBe('2023-03-06');
  });

  test('formatInstant and formatIsoMinute read the zone', () => {
    const t = utc(2023, 2, 29, 1, 5, 59);
    expect(formatInstant(t, HCM)).toBe('29/03/2023 08:05');
    expect(formatIsoMinute(t, HCM)).toBe('2023-03-29T08:05');
    expect(formatInstant(t, 'UTC')).toBe('29/03/2023 01:05');
    expect(formatIsoMinute(t, 'Asia/Tokyo')).toBe('2023-03-29T10:05');
  });

  test.each([
    ['2023-03-16', dayFromYmd(2023, 3, 16)],
    [' 2023-3-6 ', dayFromYmd(2023, 3, 6)],
    ['2024-02-29', dayFromYmd(2024, 2, 29)],
    ['2023-02-29', null],
    ['2023-13-01', null],
    ['16/03/2023', null],
    ['2023-03-16T08:00', null],
    ['', null],
  ])('parseIsoDay(%j)', (s, day) => expect(parseIsoDay(s)).toBe(day));

  test('dayOfCell reads Date cells in the zone, nothing else', () => {
    const d = new Date(utc(2023, 2, 15, 17, 0)); // midnight 16/03 in Hồ Chí Minh
    expect(dayOfCell(d, HCM)).toBe(dayFromYmd(2023, 3, 16));
    expect(dayOfCell(d, 'UTC')).toBe(dayFromYmd(2023, 3, 15));
    expect(dayOfCell(new Date(NaN), HCM)).toBeNull();
    expect(dayOfCell('16/03/2023', HCM)).toBeNull();
    expect(dayOfCell(45000, HCM)).toBeNull();
    expect(dayOfCell('', HCM)).toBeNull();
  });
});
