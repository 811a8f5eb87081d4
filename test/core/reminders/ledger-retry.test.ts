// The ledger as sending writes it: each attempt is `Đang gửi` then `Đã gửi` or `Lỗi`; only attempts that all failed are retried.
import { asInstant } from '../../../src/core/zone';
import { LedgerIndex } from '../../../src/core/reminders';
import type { LedgerResult } from '../../../src/core/reminders';
import { entry, WEEK_16_03 } from './fixtures';

/** Rows in tab order; each is a result, or [result, minute it was written] when the order of writing matters. */
type Row = LedgerResult | [LedgerResult, number];
const settled = (...rows: Row[]) =>
  new LedgerIndex(
    rows.map((r) => {
      const [result, minute] = Array.isArray(r) ? r : [r, 0];
      return { ...entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', result), time: asInstant(minute * 60_000) };
    }),
  ).isSettled(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn');

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
    [['Đang gửi', 'Lỗi', 'Hết hạn'], true],
  ] as [Row[], boolean][])('%j settles: %s', (rows, expected) => {
    expect(settled(...rows)).toBe(expected);
  });

  it('a Lỗi whose own Đang gửi was deleted does not reopen a later attempt that died after Đang gửi', () => {
    // Someone tidied the tab and deleted the Đang gửi rows; then a retry died after writing its Đang gửi.
    expect(settled(['Lỗi', 1], ['Đang gửi', 60])).toBe(true);
    expect(settled('Lỗi', 'Đang gửi')).toBe(true);
    expect(settled(['Lỗi', 1], ['Lỗi', 2], ['Đang gửi', 60], ['Lỗi', 61])).toBe(false);
  });

  it('reads the rows in the order they were written, by Thời gian, so a sorted tab reads the same', () => {
    // Sorted by Kết quả: the failed attempt's Lỗi (minute 2) above its Đang gửi (minute 1).
    expect(settled(['Lỗi', 2], ['Đang gửi', 1])).toBe(false);
    // Two attempts, the second died: sorted by Kết quả, it still reads as one attempt left open.
    expect(settled(['Đang gửi', 1], ['Đang gửi', 60], ['Lỗi', 2])).toBe(true);
    // Equal times (the runner's clock stands still during a run): row order decides.
    expect(settled(['Đang gửi', 5], ['Lỗi', 5])).toBe(false);
  });

  it("keys apart: a failed attempt of one village does not open another village's attempt", () => {
    const index = new LedgerIndex([
      entry(WEEK_16_03, 'Thôn 2', 'Nhắc hạn', 'Đang gửi'),
      entry(WEEK_16_03, 'Thịnh Bằng', 'Nhắc hạn', 'Lỗi'),
    ]);
    expect(index.isSettled(WEEK_16_03, 'Thôn 2', 'Nhắc hạn')).toBe(true);
    expect(index.isSettled(WEEK_16_03, 'thinh bang', 'Nhắc hạn')).toBe(false);
  });
});
