// The docs/reminders.md reminder schedule around the Thursday 14:30 deadline, who has reported, and the ledger rules.
import { dueReminders } from '../../../src/core/reminders/due-reminders';
import type { LedgerEntry } from '../../../src/core/reminders/reminder-types';
import type { CountedRow, Instant, Model } from '../../../src/core/types';
import { at, day, entry, keys, model, row, WEEK_16_03, WEEK_23_03 } from './fixtures';

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

describe('schedule around the deadline Thứ 5 16/03/2023 14:30, reminders 24 h before', () => {
  test('one millisecond before the window opens nothing is due', () => {
    const r = run(at(2023, 3, 15, 14, 30, -1));
    expect(r).toEqual({ due: [], expired: [], unreachable: [] });
  });

  test('exactly 24 h before: Nhắc hạn for each village with a target and an address', () => {
    const r = run(at(2023, 3, 15, 14, 30));
    expect(keys(r.due)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
    expect(r.due[0]).toEqual({
      week: WEEK_16_03,
      village: 'Thịnh Bằng',
      kind: 'Nhắc hạn',
      recipients: ['a@x.vn'],
      deadline: at(2023, 3, 16, 14, 30),
    });
    expect(r.due[1].recipients).toEqual(['b@x.vn', 'c@x.vn']);
    expect(keys(r.unreachable)).toEqual(['Thôn 3/Nhắc hạn']);
    expect(r.unreachable[0].recipients).toEqual([]);
    expect(r.expired).toEqual([]);
  });

  test('one millisecond before the last 3 hours it is still Nhắc hạn', () => {
    expect(keys(run(at(2023, 3, 16, 11, 30, -1)).due)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
  });

  test('exactly 3 h before: Nhắc lần cuối; an unsent Nhắc hạn is not due any more but expired', () => {
    const r = run(at(2023, 3, 16, 11, 30));
    expect(keys(r.due)).toEqual(['Thịnh Bằng/Nhắc lần cuối', 'Thôn 2/Nhắc lần cuối']);
    expect(keys(r.expired)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
    expect(r.expired[0].recipients).toEqual(['a@x.vn']);
  });

  test('with the Nhắc hạn already sent, only the final one is due and nothing expires', () => {
    const r = run(at(2023, 3, 16, 11, 30), { ledger: SENT_REMINDERS });
    expect(keys(r.due)).toEqual(['Thịnh Bằng/Nhắc lần cuối', 'Thôn 2/Nhắc lần cuối']);
    expect(r.expired).toEqual([]);
  });

  test('at 14:30:00.000 the final reminder is still due', () => {
    const r = run(at(2023, 3, 16, 14, 30), { ledger: SENT_REMINDERS });
    expect(keys(r.due)).toEqual(['Thịnh Bằng/Nhắc lần cuối', 'Thôn 2/Nhắc lần cuối']);
  });

  test('one minute after: the escalation to the officers lists every village still Chưa nộp', () => {
    const r = run(at(2023, 3, 16, 14, 31), { ledger: [...SENT_REMINDERS, ...SENT_FINALS] });
    expect(r.due).toEqual([
      {
        week: WEEK_16_03,
        village: 'Toàn xã',
        kind: 'Quá hạn',
        recipients: ['canbo@sonbang.vn', 'pho.ct@sonbang.vn'],
        deadline: at(2023, 3, 16, 14, 30),
        missingVillages: ['Thịnh Bằng', 'Thôn 2', 'Thôn 3'],
      },
    ]);
    expect(r.expired).toEqual([]);
    expect(r.unreachable).toEqual([]);
  });

  test('one minute after, with nothing sent before: the unsent reminders of the week expire', () => {
    const r = run(at(2023, 3, 16, 14, 31));
    expect(keys(r.due)).toEqual(['Toàn xã/Quá hạn']);
    expect(keys(r.expired).sort()).toEqual(
      ['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn', 'Thịnh Bằng/Nhắc lần cuối', 'Thôn 2/Nhắc lần cuối'].sort(),
    );
  });

  test('just before the next week opens the escalation is still due; when it opens it has expired', () => {
    const ledger = [...SENT_REMINDERS, ...SENT_FINALS];
    expect(keys(run(at(2023, 3, 22, 14, 30, -1), { ledger }).due)).toEqual(['Toàn xã/Quá hạn']);
    const r = run(at(2023, 3, 22, 14, 30), { ledger });
    expect(keys(r.due)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
    expect(r.due.every((i) => i.week === WEEK_23_03)).toBe(true);
    expect(r.expired).toEqual([
      expect.objectContaining({
        week: WEEK_16_03,
        village: 'Toàn xã',
        kind: 'Quá hạn',
        missingVillages: ['Thịnh Bằng', 'Thôn 2', 'Thôn 3'],
      }),
    ]);
  });

  test('a sent escalation does not expire', () => {
    const ledger = [...SENT_REMINDERS, ...SENT_FINALS, entry(WEEK_16_03, 'Toàn xã', 'Quá hạn', 'Đã gửi')];
    expect(run(at(2023, 3, 22, 14, 30), { ledger }).expired).toEqual([]);
  });

  test('weeks older than the previous one are never looked at', () => {
    const r = run(at(2023, 3, 29, 14, 30));
    expect(r.due.every((i) => i.week === day(2023, 3, 30))).toBe(true);
    expect(r.expired.every((i) => i.week === WEEK_23_03)).toBe(true);
  });
});

describe('who has reported', () => {
  const sent = at(2023, 3, 16, 9, 0);

  test('a valid row of the week stops the reminders from its timestamp on, not before', () => {
    const rows = [row('Thịnh Bằng', WEEK_16_03, sent)];
    expect(keys(run(at(2023, 3, 16, 8, 59), { rows }).due)).toContain('Thịnh Bằng/Nhắc hạn');
    expect(keys(run(sent, { rows }).due)).toEqual(['Thôn 2/Nhắc hạn']);
  });

  test('a row of another week does not count', () => {
    const rows = [row('Thịnh Bằng', day(2023, 3, 23), sent)];
    expect(keys(run(at(2023, 3, 16, 10, 0), { rows }).due)).toContain('Thịnh Bằng/Nhắc hạn');
  });

  test('a late row still removes the village from the escalation (Chưa nộp means no row at all)', () => {
    const rows = [row('Thịnh Bằng', WEEK_16_03, at(2023, 3, 16, 15, 0), false)];
    const r = run(at(2023, 3, 16, 16, 0), { rows });
    expect(r.due[0].missingVillages).toEqual(['Thôn 2', 'Thôn 3']);
  });

  test('every village reported: no escalation, nothing expires', () => {
    const rows = ['Thịnh Bằng', 'Thôn 2', 'Thôn 3'].map((v) => row(v, WEEK_16_03, sent));
    expect(run(at(2023, 3, 16, 14, 31), { rows })).toEqual({ due: [], expired: [], unreachable: [] });
    expect(run(at(2023, 3, 22, 14, 30), { rows }).expired).toEqual([]);
  });

  test('a village that reports after its Nhắc hạn window closed still gets that reminder logged Hết hạn', () => {
    const rows = [row('Thịnh Bằng', WEEK_16_03, at(2023, 3, 16, 12, 0))];
    const r = run(at(2023, 3, 16, 13, 0), { rows });
    expect(keys(r.expired)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
    expect(keys(r.due)).toEqual(['Thôn 2/Nhắc lần cuối']);
  });
});

describe('the ledger decides', () => {
  const now = at(2023, 3, 16, 10, 0);
  test.each(['Đang gửi', 'Đã gửi', 'Hết hạn'] as const)('a %s row blocks the item', (result) => {
    const r = run(now, { ledger: [entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', result)] });
    expect(keys(r.due)).toEqual(['Thôn 2/Nhắc hạn']);
  });

  test('a Lỗi row alone is retried; Lỗi then Đã gửi is not', () => {
    expect(keys(run(now, { ledger: [entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', 'Lỗi')] }).due)).toContain(
      'Thịnh Bằng/Nhắc hạn',
    );
    const ledger = [
      entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', 'Lỗi'),
      entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', 'Đã gửi'),
    ];
    expect(keys(run(now, { ledger }).due)).toEqual(['Thôn 2/Nhắc hạn']);
  });

  test('rows of another week, village or kind do not block', () => {
    const ledger = [
      entry(day(2023, 3, 23), 'Thịnh Bằng', 'Nhắc hạn', 'Đã gửi'),
      entry(WEEK_16_03, 'Thôn 3', 'Nhắc hạn', 'Đã gửi'),
      entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc lần cuối', 'Đã gửi'),
    ];
    expect(keys(run(now, { ledger }).due)).toEqual(['Thịnh Bằng/Nhắc hạn', 'Thôn 2/Nhắc hạn']);
  });

  test('the village is matched forgivingly (case and diacritics)', () => {
    const r = run(now, { ledger: [entry(WEEK_16_03, 'thinh bang', 'Nhắc hạn', 'Đã gửi')] });
    expect(keys(r.due)).toEqual(['Thôn 2/Nhắc hạn']);
  });

  test('a Lỗi escalation is retried, an Đang gửi one is not', () => {
    const t = at(2023, 3, 17, 8, 0);
    expect(keys(run(t, { ledger: [entry(WEEK_16_03, 'Toàn xã', 'Quá hạn', 'Lỗi')] }).due)).toEqual([
      'Toàn xã/Quá hạn',
    ]);
    expect(run(t, { ledger: [entry(WEEK_16_03, 'Toàn xã', 'Quá hạn', 'Đang gửi')] }).due).toEqual([]);
  });
});
