// Lũy kế and Tuần này for the three kinds, including a running total going down and a yes reached in the week.
import { cumulative } from '../../../src/core/rollup/cumulative';
import { reportedValues } from '../../../src/core/rollup/reported-values';
import { thisWeek } from '../../../src/core/rollup/this-week';
import { at, d, row } from './fixtures';

const W1 = d(16, 3);
const W2 = d(23, 3);
const W3 = d(30, 3);

describe('Cộng dồn', () => {
  const values = reportedValues(
    [
      row('A', at(16, 3, 9, 0), { HANG_RAO: 200 }),
      row('A', at(20, 3, 9, 0), { HANG_RAO: 150.5, VUON_CT: 2 }),
      row('A', at(22, 3, 9, 0), { VUON_CT: 1 }),
      row('A', at(28, 3, 9, 0), { HANG_RAO: 0.7 }),
      row('A', at(29, 3, 9, 0), { HANG_RAO: 0.1 }),
    ],
    'HANG_RAO',
  );
  it('adds the amounts of the weeks up to W, and of W alone for Tuần này', () => {
    expect(cumulative('Cộng dồn', values, W1)).toBe(200);
    expect(cumulative('Cộng dồn', values, W2)).toBe(350.5);
    expect(thisWeek('Cộng dồn', values, W2)).toBe(150.5);
    expect(cumulative('Cộng dồn', values, W3)).toBe(351.3);
    expect(thisWeek('Cộng dồn', values, W3)).toBe(0.8);
  });
  it('is 0 with nothing reported (other indicators in the row do not count)', () => {
    expect(
      cumulative('Cộng dồn', reportedValues([row('A', at(20, 3, 9, 0), { VUON_CT: 2 })], 'HANG_RAO'), W3),
    ).toBe(0);
    expect(thisWeek('Cộng dồn', [], W3)).toBe(0);
  });
});

describe('Lũy kế kind', () => {
  it('takes the latest value by report day, then timestamp, not by sending order', () => {
    const values = reportedValues(
      [
        row('A', at(22, 3, 8, 0), { VUON_CT: 7 }),
        // Sent later but for an earlier day: it does not replace the 22/03 value.
        row('A', at(22, 3, 9, 0), { VUON_CT: 5 }, d(20, 3)),
      ],
      'VUON_CT',
    );
    expect(cumulative('Lũy kế', values, W2)).toBe(7);
  });

  it('on the same day the later timestamp wins', () => {
    const values = reportedValues(
      [row('A', at(21, 3, 16, 0), { VUON_CT: 4 }), row('A', at(21, 3, 8, 0), { VUON_CT: 9 })],
      'VUON_CT',
    );
    expect(cumulative('Lũy kế', values, W2)).toBe(4);
  });

  it('Tuần này is the increase over the last value before W; 0 before anything; never negative when it goes down', () => {
    const values = reportedValues(
      [
        row('A', at(16, 3, 9, 0), { VUON_CT: 2 }),
        row('A', at(21, 3, 9, 0), { VUON_CT: 3 }),
        row('A', at(22, 3, 9, 0), { VUON_CT: 5 }),
        row('A', at(28, 3, 9, 0), { VUON_CT: 4 }),
      ],
      'VUON_CT',
    );
    expect(cumulative('Lũy kế', values, W1)).toBe(2);
    expect(thisWeek('Lũy kế', values, W1)).toBe(2);
    expect(cumulative('Lũy kế', values, W2)).toBe(5);
    expect(thisWeek('Lũy kế', values, W2)).toBe(3);
    expect(cumulative('Lũy kế', values, W3)).toBe(4);
    expect(thisWeek('Lũy kế', values, W3)).toBe(0);
    expect(thisWeek('Lũy kế', values, d(6, 4))).toBe(0);
    expect(cumulative('Lũy kế', values, d(9, 3))).toBe(0);
  });

  it('the increase of decimal running totals is exact', () => {
    const values = reportedValues(
      [row('A', at(16, 3, 9, 0), { CUNG_HOA: 0.7 }), row('A', at(21, 3, 9, 0), { CUNG_HOA: 0.8 })],
      'CUNG_HOA',
    );
    expect(thisWeek('Lũy kế', values, W2)).toBe(0.1);
  });
});

describe('Đạt/Chưa', () => {
  const values = reportedValues(
    [
      row('A', at(16, 3, 9, 0), { KDC_KM: 0 }),
      row('A', at(22, 3, 9, 0), { KDC_KM: 1 }),
      row('A', at(27, 3, 9, 0), { KDC_KM: 0 }),
      row('A', at(5, 4, 9, 0), { KDC_KM: 1 }),
    ],
    'KDC_KM',
  );
  it('is 1 only while the latest valid value is yes', () => {
    expect(cumulative('Đạt/Chưa', values, W1)).toBe(0);
    expect(cumulative('Đạt/Chưa', values, W2)).toBe(1);
    expect(cumulative('Đạt/Chưa', values, W3)).toBe(0);
    expect(cumulative('Đạt/Chưa', values, d(6, 4))).toBe(1);
  });
  it('Tuần này is 1 in the week it became yes', () => {
    expect(thisWeek('Đạt/Chưa', values, W1)).toBe(0);
    expect(thisWeek('Đạt/Chưa', values, W2)).toBe(1);
    expect(thisWeek('Đạt/Chưa', values, W3)).toBe(0);
    expect(thisWeek('Đạt/Chưa', values, d(6, 4))).toBe(1);
    expect(thisWeek('Đạt/Chưa', values, d(13, 4))).toBe(0);
  });
});

describe('the deadline: 14:30:00 is in the week, 14:31 is in the next', () => {
  it('places rows without a report day by their timestamp', () => {
    const onTheDot = row('A', at(23, 3, 14, 30, 0), { HANG_RAO: 10 });
    const aMinuteLater = row('A', at(23, 3, 14, 31), { HANG_RAO: 1 });
    expect(onTheDot.week).toBe(W2);
    expect(aMinuteLater.week).toBe(W3);
    const values = reportedValues([onTheDot, aMinuteLater], 'HANG_RAO');
    expect(thisWeek('Cộng dồn', values, W2)).toBe(10);
    expect(thisWeek('Cộng dồn', values, W3)).toBe(1);
    expect(cumulative('Cộng dồn', values, W2)).toBe(10);
    expect(cumulative('Cộng dồn', values, W3)).toBe(11);
  });
});
