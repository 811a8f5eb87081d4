// Which week a rollup at T reports: the week holding T, the week a deadline closed less than 24 h before T, or the week asked for.
import { lastClosedWeek, parseWeekChoice, reportWeek } from '../../src/core/report-week';
import { RULE, TZ, at, d } from './rollup/fixtures';

describe('reportWeek', () => {
  it('reports the week holding T, as of T’s day, up to and at the deadline', () => {
    expect(reportWeek(at(23, 3, 9, 0), RULE, TZ)).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'current',
    });
    expect(reportWeek(at(23, 3, 14, 30), RULE, TZ)).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'current',
    });
  });

  it('within 24 hours after a deadline reports the week it closed, as on its deadline day', () => {
    expect(reportWeek(at(23, 3, 14, 31), RULE, TZ)).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'just-closed',
    });
    expect(reportWeek(at(23, 3, 15, 0), RULE, TZ)).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'just-closed',
    });
    expect(reportWeek(at(24, 3, 14, 29, 59), RULE, TZ)).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'just-closed',
    });
  });

  it('from 24 hours after the deadline reports the new week', () => {
    expect(reportWeek(at(24, 3, 14, 30), RULE, TZ)).toEqual({
      week: d(30, 3),
      today: d(24, 3),
      reason: 'current',
    });
  });

  it('takes a week asked for, read from any of its days, and plans to the earlier of T’s day and its deadline day', () => {
    expect(reportWeek(at(30, 3, 10, 0), RULE, TZ, d(23, 3))).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'chosen',
    });
    expect(reportWeek(at(30, 3, 10, 0), RULE, TZ, d(20, 3))).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'chosen',
    });
    expect(reportWeek(at(30, 3, 10, 0), RULE, TZ, d(6, 4))).toEqual({
      week: d(6, 4),
      today: d(30, 3),
      reason: 'chosen',
    });
  });

  it('reads previous as the week closed last, the same week the hourly run rolls up', () => {
    expect(reportWeek(at(30, 3, 10, 0), RULE, TZ, 'previous')).toEqual({
      week: d(23, 3),
      today: d(23, 3),
      reason: 'chosen',
    });
    expect(reportWeek(at(30, 3, 15, 0), RULE, TZ, 'previous').week).toBe(d(30, 3));
    expect(lastClosedWeek(at(30, 3, 14, 30), RULE, TZ)).toBe(d(23, 3));
    expect(lastClosedWeek(at(30, 3, 14, 31), RULE, TZ)).toBe(d(30, 3));
  });
});

describe('parseWeekChoice', () => {
  it('reads previous and a deadline day', () => {
    expect(parseWeekChoice('previous', RULE, TZ, 2023)).toEqual({ ok: true, value: 'previous' });
    expect(parseWeekChoice('16/03/2023', RULE, TZ, 2023)).toEqual({ ok: true, value: d(16, 3) });
  });

  it('refuses a day that is not a deadline day, naming the deadlines around it', () => {
    expect(parseWeekChoice('20/03/2023', RULE, TZ, 2023)).toEqual({
      ok: false,
      message:
        'Ngày 20/03/2023 không phải ngày hạn nộp báo cáo (Thứ 5 14:30, tab Cấu hình): hạn gần nhất là 16/03/2023 và 23/03/2023. Hãy ghi một trong hai ngày đó.',
    });
  });

  it('refuses text that is no date', () => {
    const p = parseWeekChoice('tuần sau', RULE, TZ, 2023);
    expect(p.ok).toBe(false);
  });
});
