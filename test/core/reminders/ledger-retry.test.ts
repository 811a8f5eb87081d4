// The ledger as sending writes it: each attempt is `Đang gửi` then `Đã gửi` or `Lỗi`; only attempts that all failed are retried.
import { LedgerIndex } from '../../../src/core/reminders';
import type { LedgerResult } from '../../../src/core/reminders';
import { entry, WEEK_16_03 } from './fixtures';

const settled = (...results: LedgerResult[]) =>
  new LedgerIndex(results.map((r) => entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', r))).isSettled(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn');

describe('attempts in the ledger', () => {
  test.each([
    [['Đang gửi', 'Lỗi'], false],
    [['Đang gửi', 'Lỗi', 'Đang gửi', 'Lỗi'], false],
    [['Lỗi'], false],
    [['Đang gửi'], true],
    [['Đang gửi', 'Lỗi', 'Đang gửi'], true],
    [['Đang gửi', 'Đã gửi'], true],
    [['Đang gửi', 'Lỗi', 'Đang gửi', 'Đã gửi'], true],
    [['Hết hạn'], true],
    // sorted by a person: the count still holds
    [['Lỗi', 'Đang gửi'], false],
    [['Lỗi', 'Lỗi', 'Đang gửi', 'Đang gửi', 'Đang gửi'], true],
  ] as [LedgerResult[], boolean][])('%j settles: %s', (results, expected) => {
    expect(settled(...results)).toBe(expected);
  });

  it('keys apart: a failed attempt of one village does not open another village\'s attempt', () => {
    const index = new LedgerIndex([
      entry(WEEK_16_03, 'Thôn 2', 'Nhắc hạn', 'Đang gửi'),
      entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', 'Lỗi'),
    ]);
    expect(index.isSettled(WEEK_16_03, 'Thôn 2', 'Nhắc hạn')).toBe(true);
    expect(index.isSettled(WEEK_16_03, 'thinh bang', 'Nhắc hạn')).toBe(false);
  });
});
