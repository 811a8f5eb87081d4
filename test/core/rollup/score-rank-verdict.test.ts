// Báo cáo tuần, Điểm, Xếp hạng (with its tie rule) and Đánh giá.
import { meanOfCapped, villageScore } from '../../../src/core/rollup/score';
import { ranking, tieScore } from '../../../src/core/rollup/ranking';
import { verdict } from '../../../src/core/rollup/verdict';
import { weekReport } from '../../../src/core/rollup/week-report';
import { at, d, row } from './fixtures';

describe('weekReport', () => {
  const W = d(23, 3);
  it('is Đúng hạn with an on-time row in the week, even beside a late one', () => {
    const late = row('A', at(24, 3, 8, 0), { X: 1 }, d(22, 3));
    const onTime = row('A', at(23, 3, 14, 30), { X: 1 }, d(22, 3));
    expect(late).toMatchObject({ week: W, onTime: false });
    expect(onTime).toMatchObject({ week: W, onTime: true });
    expect(weekReport([late, onTime], W)).toBe('Đúng hạn');
    expect(weekReport([late], W)).toBe('Trễ hạn');
  });
  it('is Chưa nộp with rows of other weeks only, or none', () => {
    expect(weekReport([row('A', at(16, 3, 9, 0), { X: 1 })], W)).toBe('Chưa nộp');
    expect(weekReport([], W)).toBe('Chưa nộp');
  });
  it('a row with no amounts still counts as a report', () => {
    expect(weekReport([row('A', at(20, 3, 9, 0), {})], W)).toBe('Đúng hạn');
  });
});

describe('villageScore (Điểm)', () => {
  it('averages min(1, Lũy kế / plan) over indicators with a plan above 0', () => {
    const score = villageScore([
      { cumulative: 50, planned: 100 },
      { cumulative: 300, planned: 100 },
      { cumulative: 0, planned: 0 },
    ]);
    expect(score).toBe(0.75);
  });
  it('is 1 with no plan yet', () => {
    expect(villageScore([{ cumulative: 0, planned: 0 }])).toBe(1);
    expect(villageScore([])).toBe(1);
  });
  it('is exactly 1 when every indicator is on plan, and below 1 otherwise, whatever the rounding', () => {
    const planned = 3200 * (9 / 62);
    expect(
      villageScore([
        { cumulative: planned, planned },
        { cumulative: 5, planned: 5 },
      ]),
    ).toBe(1);
    const almost = [1, 1, 1, 1 - Number.EPSILON / 2];
    expect(almost.reduce((s, t) => s + t, 0) / almost.length).toBe(1);
    expect(meanOfCapped(almost)).toBeLessThan(1);
  });
});

describe('ranking (Xếp hạng)', () => {
  it('ranks by Điểm, highest first', () => {
    expect(
      ranking([
        { score: 0.5, tieScore: 1 },
        { score: 0.9, tieScore: 0 },
        { score: 0.7, tieScore: 0 },
      ]),
    ).toEqual([3, 1, 2]);
  });
  it('breaks a tie by the higher mean of min(1, Tỷ lệ), then by Thôn order', () => {
    const villages = [
      { score: 1, tieScore: 0.4 },
      { score: 1, tieScore: 0.6 },
      { score: 1, tieScore: 0.4 },
      { score: 0.2, tieScore: 1 },
    ];
    expect(ranking(villages)).toEqual([2, 1, 3, 4]);
  });
  it('tieScore counts every indicator with a target, yes/no included, capped at 1', () => {
    expect(
      tieScore([
        { cumulative: 50, target: 100 },
        { cumulative: 0, target: 1 },
        { cumulative: 300, target: 100 },
      ]),
    ).toBe(0.5);
    expect(tieScore([])).toBe(1);
  });
});

describe('verdict (Đánh giá)', () => {
  it('praises Điểm 1 with an on-time report only', () => {
    expect(verdict(1, 'Đúng hạn')).toBe('Biểu dương');
    expect(verdict(1, 'Trễ hạn')).toBe('');
    expect(verdict(1 - Number.EPSILON / 2, 'Đúng hạn')).toBe('');
  });
  it('reminds below 0,8 or without a report', () => {
    expect(verdict(0.79, 'Đúng hạn')).toBe('Nhắc nhở');
    expect(verdict(0.8, 'Đúng hạn')).toBe('');
    expect(verdict(0.8, 'Trễ hạn')).toBe('');
    expect(verdict(1, 'Chưa nộp')).toBe('Nhắc nhở');
  });
});
