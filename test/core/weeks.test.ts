// Tests of reporting weeks: deadline boundaries to the millisecond, report-day rule, campaign weeks.
import type { Day, DeadlineRule, Settings } from '../../src/core/types';
import {
  campaignWeekNumber,
  campaignWeeks,
  deadlineDayOnOrAfter,
  deadlineInstant,
  firstCampaignWeek,
  nextWeek,
  previousWeek,
  weekLabel,
  weekOfInstant,
  weekOfReport,
  weekStartInstant,
} from '../../src/core/weeks';
import { addMs, asInstant, dayFromYmd, instantOf } from '../../src/core/zone';

const HCM = 'Asia/Ho_Chi_Minh';
const utc = (...ymdhms: [number, number, ...number[]]) => asInstant(Date.UTC(...ymdhms));
const THU_1430: DeadlineRule = { weekday: 4, minuteOfDay: 14 * 60 + 30 };
const d = (day: number, month: number, year = 2023) => dayFromYmd(year, month, day);
/** Instant of a wall-clock time in a zone, to the millisecond. */
const at = (day: number, month: number, hh: number, mm: number, tz = HCM, ms = 0) =>
  addMs(instantOf(d(day, month), hh * 60 + mm, tz), ms);

function settings(start: Day, end: Day, deadline = THU_1430): Settings {
  return {
    communeName: 'Sơn Bằng',
    campaignStart: start,
    campaignEnd: end,
    deadline,
    remindBeforeHours: 24,
    officerEmails: [],
    timeZone: HCM,
    peakPhases: [],
    supportCode: 'NUOC_THAI_HT',
    supportAmount: 1000000,
    autoCorrections: false,
  };
}

describe('deadline days', () => {
  test.each([
    [d(13, 3), d(16, 3)], // Monday → Thursday
    [d(16, 3), d(16, 3)], // Thursday itself
    [d(17, 3), d(23, 3)], // Friday → next Thursday
    [d(19, 3), d(23, 3)], // Sunday
  ])('Thursday on or after day %i is %i', (day, expected) => {
    expect(deadlineDayOnOrAfter(day, THU_1430)).toBe(expected);
  });

  test('a Sunday deadline', () => {
    const sunday: DeadlineRule = { weekday: 7, minuteOfDay: 17 * 60 };
    expect(deadlineDayOnOrAfter(d(13, 3), sunday)).toBe(d(19, 3));
    expect(deadlineDayOnOrAfter(d(19, 3), sunday)).toBe(d(19, 3));
    expect(deadlineDayOnOrAfter(d(20, 3), sunday)).toBe(d(26, 3));
    expect(weekOfInstant(at(19, 3, 17, 0), sunday, HCM)).toBe(d(19, 3));
    expect(weekOfInstant(at(19, 3, 17, 1), sunday, HCM)).toBe(d(26, 3));
    expect(weekOfInstant(at(20, 3, 0, 0), sunday, HCM)).toBe(d(26, 3));
  });

  test('a Monday 00:00 deadline: midnight belongs to the week it closes', () => {
    const monday: DeadlineRule = { weekday: 1, minuteOfDay: 0 };
    expect(weekOfInstant(at(20, 3, 0, 0), monday, HCM)).toBe(d(20, 3));
    expect(weekOfInstant(at(20, 3, 0, 0, HCM, 1), monday, HCM)).toBe(d(27, 3));
    expect(weekOfInstant(at(19, 3, 23, 59), monday, HCM)).toBe(d(20, 3));
  });

  test('deadline instant and week start', () => {
    expect(deadlineInstant(d(16, 3), THU_1430, HCM)).toBe(utc(2023, 2, 16, 7, 30));
    expect(deadlineInstant(d(16, 3), THU_1430, 'UTC')).toBe(utc(2023, 2, 16, 14, 30));
    expect(weekStartInstant(d(16, 3), THU_1430, HCM)).toBe(utc(2023, 2, 9, 7, 30));
    expect(previousWeek(d(16, 3))).toBe(d(9, 3));
    expect(nextWeek(d(16, 3))).toBe(d(23, 3));
  });
});

describe('week of an instant', () => {
  test.each([HCM, 'Asia/Tokyo', 'UTC', 'America/New_York'])('boundaries at 14:30 in %s', (tz) => {
    expect(weekOfInstant(at(16, 3, 14, 30, tz), THU_1430, tz)).toBe(d(16, 3));
    expect(weekOfInstant(at(16, 3, 14, 30, tz, -1), THU_1430, tz)).toBe(d(16, 3));
    expect(weekOfInstant(at(16, 3, 14, 30, tz, 1), THU_1430, tz)).toBe(d(23, 3));
    expect(weekOfInstant(at(16, 3, 14, 31, tz), THU_1430, tz)).toBe(d(23, 3));
    expect(weekOfInstant(at(9, 3, 14, 30, tz, 1), THU_1430, tz)).toBe(d(16, 3));
    expect(weekOfInstant(at(16, 3, 0, 0, tz), THU_1430, tz)).toBe(d(16, 3));
    expect(weekOfInstant(at(17, 3, 0, 0, tz), THU_1430, tz)).toBe(d(23, 3));
    expect(weekOfInstant(at(12, 3, 23, 59, tz), THU_1430, tz)).toBe(d(16, 3));
  });

  test('the zone decides: 14:30 in Hồ Chí Minh is 16:30 in Tokyo, after the Tokyo deadline', () => {
    const t = at(16, 3, 14, 30, HCM); // 07:30 UTC = 16:30 in Tokyo
    expect(weekOfInstant(t, THU_1430, HCM)).toBe(d(16, 3));
    expect(weekOfInstant(t, THU_1430, 'Asia/Tokyo')).toBe(d(23, 3));
    expect(weekOfInstant(t, THU_1430, 'UTC')).toBe(d(16, 3));
  });

  test('every instant lies in (week start, deadline] of its week', () => {
    const tz = 'America/New_York';
    for (let t = utc(2023, 0, 1); t < utc(2024, 0, 1); t = addMs(t, 3 * 3600 * 1000 + 7 * 60 * 1000)) {
      const w = weekOfInstant(t, THU_1430, tz);
      expect(t).toBeGreaterThan(weekStartInstant(w, THU_1430, tz));
      expect(t).toBeLessThanOrEqual(deadlineInstant(w, THU_1430, tz));
    }
  });
});

describe('week of a report row', () => {
  test('report day on Thursday, sent at 14:30:00 exactly: that week, on time', () => {
    expect(weekOfReport(d(16, 3), at(16, 3, 14, 30), THU_1430, HCM)).toEqual({
      week: d(16, 3),
      onTime: true,
    });
  });

  test('report day on Thursday, sent one minute after: same week, late', () => {
    expect(weekOfReport(d(16, 3), at(16, 3, 14, 31), THU_1430, HCM)).toEqual({
      week: d(16, 3),
      onTime: false,
    });
    expect(weekOfReport(d(16, 3), at(16, 3, 14, 30, HCM, 1), THU_1430, HCM)).toEqual({
      week: d(16, 3),
      onTime: false,
    });
  });

  test('work of Thursday reported that evening still counts in that week (late)', () => {
    expect(weekOfReport(d(16, 3), at(16, 3, 20, 0), THU_1430, HCM)).toEqual({
      week: d(16, 3),
      onTime: false,
    });
  });

  test('report day of Friday goes to the next week, on time when sent before its deadline', () => {
    expect(weekOfReport(d(17, 3), at(17, 3, 9, 0), THU_1430, HCM)).toEqual({ week: d(23, 3), onTime: true });
    expect(weekOfReport(d(17, 3), at(24, 3, 8, 0), THU_1430, HCM)).toEqual({ week: d(23, 3), onTime: false });
  });

  test('without a report day the timestamp places the row, never late', () => {
    expect(weekOfReport(null, at(16, 3, 14, 30), THU_1430, HCM)).toEqual({ week: d(16, 3), onTime: true });
    expect(weekOfReport(null, at(16, 3, 14, 31), THU_1430, HCM)).toEqual({ week: d(23, 3), onTime: true });
  });

  test('in Tokyo and UTC the deadline is 14:30 local', () => {
    for (const tz of ['Asia/Tokyo', 'UTC']) {
      expect(weekOfReport(d(16, 3), at(16, 3, 14, 30, tz), THU_1430, tz).onTime).toBe(true);
      expect(weekOfReport(d(16, 3), at(16, 3, 14, 31, tz), THU_1430, tz).onTime).toBe(false);
    }
  });
});

describe('campaign weeks', () => {
  test('Sơn Bằng 2023: from 15/03 (Wednesday) to 31/12 (Sunday)', () => {
    const s = settings(d(15, 3), d(31, 12));
    const weeks = campaignWeeks(s);
    expect(weeks[0]).toBe(d(16, 3));
    expect(weeks[1]).toBe(d(23, 3));
    expect(weeks[weeks.length - 1]).toBe(dayFromYmd(2024, 1, 4));
    expect(weeks.every((w, i) => i === 0 || w - weeks[i - 1] === 7)).toBe(true);
    expect(weeks).toHaveLength(43);
    expect(firstCampaignWeek(s)).toBe(d(16, 3));
    expect(campaignWeekNumber(d(16, 3), s)).toBe(1);
    expect(campaignWeekNumber(d(30, 3), s)).toBe(3);
    expect(campaignWeekNumber(d(9, 3), s)).toBe(0);
  });

  test('a start on the deadline day makes that day week 1', () => {
    expect(campaignWeeks(settings(d(16, 3), d(16, 3)))).toEqual([d(16, 3)]);
    expect(campaignWeeks(settings(d(17, 3), d(23, 3)))).toEqual([d(23, 3)]);
    expect(campaignWeeks(settings(d(16, 3), d(17, 3)))).toEqual([d(16, 3), d(23, 3)]);
  });

  test('an end before the start gives no weeks', () => {
    expect(campaignWeeks(settings(d(20, 3), d(10, 3)))).toEqual([]);
  });

  test('a Sunday deadline', () => {
    const s = settings(d(15, 3), d(1, 4), { weekday: 7, minuteOfDay: 17 * 60 });
    expect(campaignWeeks(s)).toEqual([d(19, 3), d(26, 3), d(2, 4)]);
  });
});

test('weekLabel', () => {
  expect(weekLabel(d(16, 3))).toBe('Tuần đến 16/03/2023');
  expect(weekLabel(dayFromYmd(2024, 1, 4))).toBe('Tuần đến 04/01/2024');
});
