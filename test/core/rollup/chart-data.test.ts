// Chart data: per village with a target, mean of min(1, Tỷ lệ) and mean share of the targets planned by now.
import { chartRows, plannedShare } from '../../../src/core/rollup/chart-data';
import { rollup } from '../../../src/core/rollup/rollup';
import { at, d, indicator, model, row } from './fixtures';

describe('chartRows', () => {
  it('gives each village with a target its mean capped ratio and its mean planned share, by hand', () => {
    // 23/03: e = 9 days of 15/03..15/05 (n = 62) for A, 9 of 15/03..31/12 (n = 292) for B.
    const m = model(
      ['Thôn 1', 'Thôn 2', 'Thôn 3'],
      [
        indicator('A', 'Cộng dồn', { 'Thôn 1': 620, 'Thôn 2': 100 }, { due: d(15, 5) }),
        indicator('B', 'Cộng dồn', { 'Thôn 1': 10 }),
      ],
    );
    const rows = {
      problems: [],
      rows: [row('Thôn 1', at(20, 3, 8, 0), { A: 310, B: 20 }), row('Thôn 2', at(21, 3, 8, 0), { A: 25 })],
    };
    const out = chartRows(rollup(m, rows, at(23, 3, 12, 0)));
    expect(out.map((r) => r[0])).toEqual(['Thôn 1', 'Thôn 2']);
    // Thôn 1: ratios 0,5 and 2 (capped to 1) → 0,75; plans 9/62 and 9/292.
    expect(out[0][1]).toBeCloseTo(0.75, 12);
    expect(out[0][2]).toBeCloseTo((9 / 62 + 9 / 292) / 2, 12);
    expect(out[1][1]).toBeCloseTo(0.25, 12);
    expect(out[1][2]).toBeCloseTo(9 / 62, 12);
  });

  it('plannedShare is 0 without lines and never above 1', () => {
    expect(plannedShare([])).toBe(0);
    expect(
      plannedShare([
        { planned: 5, target: 5 },
        { planned: 0, target: 3 },
      ]),
    ).toBe(0.5);
  });
});
