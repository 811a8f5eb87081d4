// Tỷ lệ, Nợ tồn, Cần/ngày and Trạng thái: the worked example's line (docs/rollup.md) and the edges.
import { plannedToDate } from '../../../src/core/rollup/planned-to-date';
import { backlog } from '../../../src/core/rollup/backlog';
import { perDay, perDayFor } from '../../../src/core/rollup/per-day';
import { progress } from '../../../src/core/rollup/progress';
import { status } from '../../../src/core/rollup/status';
import { d } from './fixtures';

describe('progress (Tỷ lệ)', () => {
  it('is Lũy kế over Chỉ tiêu, unrounded', () => {
    expect(progress(800, 3200)).toBe(0.25);
    expect(progress(0.19, 0.38)).toBe(0.5);
    expect(progress(4000, 3200)).toBe(1.25);
    expect(progress(3200, 3200)).toBe(1);
  });
  it('refuses a target that is not above 0, with a Vietnamese message', () => {
    expect(() => progress(5, 0)).toThrow(/Chỉ tiêu phải là một số lớn hơn 0/);
    expect(() => progress(5, -1)).toThrow(/Chỉ tiêu/);
    expect(() => progress(Number.NaN, 3)).toThrow(/Khối lượng/);
  });
});

describe('backlog (Nợ tồn)', () => {
  it('is the plan not yet done, never negative', () => {
    expect(backlog(3200 * (9 / 62), 400)).toBe(3200 * (9 / 62) - 400);
    expect(backlog(464.5, 500)).toBe(0);
    expect(backlog(100, 100)).toBe(0);
  });
  it('subtracts typed decimals exactly', () => {
    expect(backlog(0.38, 0.3)).toBe(0.08);
    expect(0.38 - 0.3).not.toBe(0.08);
  });
});

describe('perDay (Cần/ngày)', () => {
  it('spreads what remains over the days from T to Hạn, both counted', () => {
    // 23/03 → 15/05: 9 days of March (23..31) + 30 + 15 = 54.
    expect(perDay(3200, 464, d(23, 3), d(15, 5))).toBe((3200 - 464) / 54);
  });
  it('puts all of it on the last day, and on any day after Hạn', () => {
    expect(perDay(3200, 3000, d(15, 5), d(15, 5))).toBe(200);
    expect(perDay(3200, 3000, d(20, 6), d(15, 5))).toBe(200);
  });
  it('is 0 when the target is reached or passed', () => {
    expect(perDay(3200, 3200, d(23, 3), d(15, 5))).toBe(0);
    expect(perDay(3200, 4000, d(23, 3), d(15, 5))).toBe(0);
  });
  it('is blank for a yes/no indicator only', () => {
    expect(perDayFor('Đạt/Chưa', 1, 0, d(23, 3), d(15, 5))).toBeNull();
    expect(perDayFor('Lũy kế', 10, 4, d(30, 12), d(31, 12))).toBe(3);
    expect(perDayFor('Cộng dồn', 0.7, 0.6, d(31, 12), d(31, 12))).toBe(0.1);
  });
});

describe('status (Trạng thái)', () => {
  it('Hoàn thành when the target is reached, even ahead of plan', () => {
    expect(status(3200, 3200, 464.5)).toBe('Hoàn thành');
    expect(status(1, 1, 0)).toBe('Hoàn thành');
  });
  it('Đúng tiến độ when at or above the plan, Chậm tiến độ below it', () => {
    expect(status(464.5, 3200, 464.5)).toBe('Đúng tiến độ');
    expect(status(0, 3200, 0)).toBe('Đúng tiến độ');
    expect(status(464, 3200, 464.5)).toBe('Chậm tiến độ');
    expect(status(0, 1, 1)).toBe('Chậm tiến độ');
  });
});

describe('the worked example of docs/rollup.md', () => {
  it('3.200 m from 15/03 to 15/05, 400 m done on 23/03', () => {
    const planned = plannedToDate(3200, d(15, 3), d(15, 5), d(23, 3));
    expect(planned.toFixed(3)).toBe('464.516');
    expect(progress(400, 3200)).toBe(0.125);
    expect(backlog(planned, 400).toFixed(3)).toBe('64.516');
    expect(perDay(3200, 400, d(23, 3), d(15, 5)).toFixed(2)).toBe('51.85');
    expect(status(400, 3200, planned)).toBe('Chậm tiến độ');
  });
});
