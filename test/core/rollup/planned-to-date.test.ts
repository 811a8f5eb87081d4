// Kế hoạch đến nay: the worked example of docs/rollup.md and the edges (before the start, on and after the due date, yes/no).
import { addDays } from '../../../src/core/zone';
import { plannedFraction, plannedToDate } from '../../../src/core/rollup/planned-to-date';
import { d } from './fixtures';

describe('plannedToDate', () => {
  const start = d(15, 3);
  const due = d(15, 5);

  it('follows the worked example of docs/rollup.md: 3.200 m from 15/03 to 15/05, on 23/03 → 9/62 of it (464,5 m)', () => {
    // n = 17 days of March (15..31) + 30 of April + 15 of May = 62; e = 15..23 March = 9.
    const planned = plannedToDate(3200, start, due, d(23, 3));
    expect(planned).toBe(3200 * (9 / 62));
    expect(planned.toFixed(1)).toBe('464.5');
  });

  it('is 0 before the start and one day of n on the start day', () => {
    expect(plannedToDate(3200, start, due, d(14, 3))).toBe(0);
    expect(plannedToDate(3200, start, due, d(1, 1))).toBe(0);
    expect(plannedToDate(3200, start, due, start)).toBe(3200 * (1 / 62));
  });

  it('is the whole target on the due date and after it, exactly', () => {
    expect(plannedToDate(3200, start, due, due)).toBe(3200);
    expect(plannedToDate(0.38, start, due, d(20, 6))).toBe(0.38);
    expect(plannedToDate(0.38, start, due, d(14, 5))).toBeLessThan(0.38);
  });

  it('for Đạt/Chưa is 0 before Hạn and the target (1) from it', () => {
    expect(plannedToDate(1, start, due, d(14, 5), 'Đạt/Chưa')).toBe(0);
    expect(plannedToDate(1, start, due, due, 'Đạt/Chưa')).toBe(1);
    expect(plannedToDate(1, start, due, d(1, 12), 'Đạt/Chưa')).toBe(1);
  });

  it('a one-day span is reached in full on that day', () => {
    expect(plannedFraction(start, start, start)).toBe(1);
    expect(plannedFraction(start, start, addDays(start, -1))).toBe(0);
  });

  it('a span that ends before it starts is reached on its due date', () => {
    expect(plannedFraction(d(10, 4), d(1, 4), d(31, 3))).toBe(0);
    expect(plannedFraction(d(10, 4), d(1, 4), d(1, 4))).toBe(1);
  });

  it('grows with the day and stays within [0, target]', () => {
    let previous = -1;
    for (let today = d(1, 3); today <= d(1, 6); today++) {
      const p = plannedToDate(620, start, due, today);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(620);
      previous = p;
    }
  });
});
