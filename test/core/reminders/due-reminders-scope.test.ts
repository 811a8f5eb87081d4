// Which weeks and villages get reminders (target spans, campaign weeks) and how recipients and settings shape them.
import { dueReminders } from '../../../src/core/reminders/due-reminders';
import type { LedgerEntry } from '../../../src/core/reminders/reminder-types';
import type { CountedRow, Instant, Model } from '../../../src/core/types';
import { at, day, entry, keys, model, WEEK_16_03 } from './fixtures';

function run(now: Instant, opts: { m?: Model; rows?: CountedRow[]; ledger?: LedgerEntry[] } = {}) {
  return dueReminders({
    model: opts.m ?? model(),
    validation: { problems: [], rows: opts.rows ?? [] },
    ledger: opts.ledger ?? [],
    now,
  });
}

const SENT_REMINDERS = [
  entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', 'Đã gửi'),
  entry(WEEK_16_03, 'Thôn 2', 'Nhắc hạn', 'Đã gửi'),
];
const SENT_FINALS = [
  entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc lần cuối', 'Đã gửi'),
  entry(WEEK_16_03, 'Thôn 2', 'Nhắc lần cuối', 'Đã gửi'),
];

describe('target spans and campaign weeks', () => {
  test('a village whose only target starts later is left out until the week that holds its start', () => {
    // KDC_KM starts Saturday 01/07/2023: week 06/07 (30/06–06/07) holds it, week 29/06 (23/06–29/06) does not.
    expect(keys(run(at(2023, 6, 28, 15, 0)).due)).not.toContain('Thôn 5/Nhắc hạn');
    expect(keys(run(at(2023, 7, 5, 15, 0)).due)).toEqual(['Thôn 5/Nhắc hạn']);
  });

  test('a target due on Monday 15/05 still counts in the week of 18/05, not the week after', () => {
    expect(keys(run(at(2023, 5, 17, 15, 0)).due)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
    expect(run(at(2023, 5, 24, 15, 0)).due).toEqual([]);
  });

  test('a village without any target (or a 0 target) is never reminded', () => {
    const all = [at(2023, 3, 15, 15, 0), at(2023, 3, 16, 12, 0), at(2023, 3, 16, 15, 0)].map((t) => run(t));
    for (const r of all) {
      expect(JSON.stringify(r)).not.toContain('Thôn 4');
    }
  });

  test('weeks outside the campaign get nothing', () => {
    // Week 16/03 is week 1 (campaign starts 15/03); week 09/03 is before it.
    expect(run(at(2023, 3, 9, 12, 0))).toEqual({ due: [], expired: [], unreachable: [] });
    expect(run(at(2023, 3, 10, 9, 0))).toEqual({ due: [], expired: [], unreachable: [] });
    // The campaign ends Sunday 31/12/2023: its last week is 04/01/2024; week 11/01/2024 is outside.
    expect(keys(run(at(2024, 1, 3, 15, 0)).due)).toEqual(['Thôn 5/Nhắc hạn']);
    expect(keys(run(at(2024, 1, 4, 15, 0)).due)).toEqual(['Toàn xã/Quá hạn']);
    const after = run(at(2024, 1, 10, 15, 0));
    expect(after.due).toEqual([]);
    expect(after.expired.every((i) => i.week === day(2024, 1, 4))).toBe(true);
  });
});

describe('recipients and settings', () => {
  test('no valid officer address: the escalation is unreachable, not due', () => {
    const m = model({ settings: { officerEmails: ['không có', 'x@'] } });
    const r = run(at(2023, 3, 16, 15, 0), { m, ledger: [...SENT_REMINDERS, ...SENT_FINALS] });
    expect(r.due).toEqual([]);
    expect(keys(r.unreachable)).toEqual(['Toàn xã/Quá hạn']);
  });

  test('officer addresses are split, deduplicated and validated; none keeps a line break', () => {
    const m = model({
      settings: { officerEmails: ['canbo@sonbang.vn; CANBO@sonbang.vn', 'sai địa chỉ', 'b@x.vn\r\nc@x.vn'] },
    });
    const r = run(at(2023, 3, 16, 15, 0), { m, ledger: [...SENT_REMINDERS, ...SENT_FINALS] });
    expect(r.due[0].recipients).toEqual(['canbo@sonbang.vn', 'b@x.vn', 'c@x.vn']);
  });

  test('reminders shorter than 3 hours: only the final one, and no Nhắc hạn ever expires', () => {
    const m = model({ settings: { remindBeforeHours: 2 } });
    expect(run(at(2023, 3, 16, 12, 30, -1), { m }).due).toEqual([]);
    const r = run(at(2023, 3, 16, 12, 30), { m });
    expect(keys(r.due)).toEqual(['Thịnh Bằng/Nhắc lần cuối', 'Thôn 2/Nhắc lần cuối']);
    expect(r.expired).toEqual([]);
    expect(keys(run(at(2023, 3, 16, 14, 31), { m }).expired)).toEqual([
      'Thịnh Bằng/Nhắc lần cuối',
      'Thôn 2/Nhắc lần cuối',
    ]);
  });

  test('Nhắc trước above 144 h is capped: the escalation keeps a day', () => {
    const m = model({ settings: { remindBeforeHours: 500 } });
    expect(keys(run(at(2023, 3, 10, 14, 30, -1), { m }).due)).toEqual([]);
    expect(keys(run(at(2023, 3, 10, 14, 30), { m }).due)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
    expect(keys(run(at(2023, 3, 16, 15, 0), { m }).due)).toEqual(['Toàn xã/Quá hạn']);
  });
});
