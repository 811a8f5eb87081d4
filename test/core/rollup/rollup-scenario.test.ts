// The whole rollup on a three-week workbook, every figure computed by hand (as of Thứ 5 30/03/2023 10:00).
import { rollup } from '../../../src/core/rollup/rollup';
import type { RollupLine } from '../../../src/core/rollup/rollup-types';
import { at, d } from './fixtures';
import { BP, DS, TB, scenarioModel, scenarioRows } from './scenario';

// 30/03 is day 16 of 15/03..15/05 (n = 62) and of 15/03..31/12 (n = 292 = 365 − 31 − 28 − 14).
// Days left, both counted: 30/03..15/05 = 2 + 30 + 15 = 47; 30/03..31/12 = 292 − 15 = 277.
const toMay = 16 / 62;
const toDec = 16 / 292;

type Figures = [string, string, number, number, number, number, number, number, number | null, string];

function figures(l: RollupLine): Figures {
  return [
    l.village,
    l.code,
    l.target,
    l.cumulative,
    l.thisWeek,
    l.ratio,
    l.planned,
    l.backlog,
    l.perDay,
    l.status,
  ];
}

function expectLines(actual: RollupLine[], expected: Figures[]): void {
  expect(actual.map((l) => [l.village, l.code])).toEqual(expected.map((e) => [e[0], e[1]]));
  actual.forEach((line, i) => {
    const got = figures(line);
    const want = expected[i];
    expect([got[0], got[1], got[2], got[3], got[4], got[9]]).toEqual([
      want[0],
      want[1],
      want[2],
      want[3],
      want[4],
      want[9],
    ]);
    for (const k of [5, 6, 7]) expect(got[k] as number).toBeCloseTo(want[k] as number, 10);
    if (want[8] === null) expect(got[8]).toBeNull();
    else expect(got[8] as number).toBeCloseTo(want[8], 10);
  });
}

describe('rollup as of 30/03/2023 10:00', () => {
  const result = rollup(scenarioModel(), scenarioRows(), at(30, 3, 10, 0));

  it('reports the week to 30/03 and its deadline', () => {
    expect(result.week).toBe(d(30, 3));
    expect(result.weekDeadline).toBe(at(30, 3, 14, 30));
    expect(result.today).toBe(d(30, 3));
    expect(result.communeName).toBe('Sơn Bằng');
  });

  it('gives one line per village and indicator with a target, in Thôn then Chỉ tiêu order', () => {
    expectLines(result.lines, [
      [TB, 'HANG_RAO', 1000, 450.5, 100, 0.4505, 1000 * toMay, 0, 549.5 / 47, 'Đúng tiến độ'],
      // Running total 2 → 5 (week 23/03) → 4 (23/03 14:31, week 30/03): went down, so nothing this week.
      [TB, 'VUON_CT', 10, 4, 0, 0.4, 10 * toDec, 0, 6 / 277, 'Đúng tiến độ'],
      [TB, 'KDC_KM', 1, 1, 1, 1, 0, 0, null, 'Hoàn thành'],
      [TB, 'NUOC_THAI', 20, 3, 0, 0.15, 20 * toDec, 0, 17 / 277, 'Đúng tiến độ'],
      [TB, 'NUOC_THAI_HT', 5, 1, 0, 0.2, 5 * toDec, 0, 4 / 277, 'Đúng tiến độ'],
      [BP, 'HANG_RAO', 620, 320, 20, 320 / 620, 620 * toMay, 0, 300 / 47, 'Đúng tiến độ'],
      [BP, 'VUON_CT', 5, 1, 0, 0.2, 5 * toDec, 0, 4 / 277, 'Đúng tiến độ'],
      [BP, 'NUOC_THAI', 10, 2, 2, 0.2, 10 * toDec, 0, 8 / 277, 'Đúng tiến độ'],
      [BP, 'NUOC_THAI_HT', 3, 3, 3, 1, 3 * toDec, 0, 0, 'Hoàn thành'],
      // The report sent at 12:00 does not exist yet at 10:00.
      [DS, 'VUON_CT', 8, 0, 0, 0, 8 * toDec, 8 * toDec, 8 / 277, 'Chậm tiến độ'],
    ]);
  });

  it('gives Toàn xã lines from the sums, a village ahead offsetting one behind', () => {
    expectLines(result.communeLines, [
      ['Toàn xã', 'HANG_RAO', 1620, 770.5, 120, 770.5 / 1620, 1620 * toMay, 0, 849.5 / 47, 'Đúng tiến độ'],
      ['Toàn xã', 'VUON_CT', 23, 5, 0, 5 / 23, 23 * toDec, 0, 18 / 277, 'Đúng tiến độ'],
      ['Toàn xã', 'KDC_KM', 1, 1, 1, 1, 0, 0, null, 'Hoàn thành'],
      ['Toàn xã', 'NUOC_THAI', 30, 5, 2, 5 / 30, 30 * toDec, 0, 25 / 277, 'Đúng tiến độ'],
      ['Toàn xã', 'NUOC_THAI_HT', 8, 4, 3, 0.5, 8 * toDec, 0, 4 / 277, 'Đúng tiến độ'],
    ]);
  });

  it('scores, ranks (tie broken by the mean of Tỷ lệ) and judges the villages', () => {
    expect(result.scores.map((s) => [s.village, s.weekReport, s.score, s.rank, s.verdict])).toEqual([
      [TB, 'Đúng hạn', 1, 2, 'Biểu dương'],
      [BP, 'Đúng hạn', 1, 1, 'Biểu dương'],
      [DS, 'Chưa nộp', 0, 3, 'Nhắc nhở'],
    ]);
    expect(result.scores[0].tieScore).toBeCloseTo((0.4505 + 0.4 + 1 + 0.15 + 0.2) / 5, 12);
    expect(result.scores[1].tieScore).toBeCloseTo((320 / 620 + 0.2 + 0.2 + 1) / 4, 12);
  });

  it('counts the NQ 44 support and the built systems not claimed', () => {
    expect(result.support).toEqual({
      present: true,
      code: 'NUOC_THAI_HT',
      name: 'Nội dung NUOC_THAI_HT',
      unit: 'hộ',
      amountPerHousehold: 1_000_000,
      compared: true,
      lines: [
        { village: TB, eligible: 5, households: 1, amount: 1_000_000, built: 3, unclaimed: 2 },
        { village: BP, eligible: 3, households: 3, amount: 3_000_000, built: 2, unclaimed: 0 },
      ],
      total: { village: 'Toàn xã', eligible: 8, households: 4, amount: 4_000_000, built: 5, unclaimed: 2 },
    });
  });
});
