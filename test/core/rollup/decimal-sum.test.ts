// Sums of typed decimals come out as the exact decimal sum (0,7 + 0,1 km reach a 0,8 km target).
import * as fc from 'fast-check';
import { decimalDifference, decimalPlaces, decimalSum } from '../../../src/core/rollup/decimal-sum';

describe('decimalSum', () => {
  it('counts decimal places of the shortest form', () => {
    expect(decimalPlaces(3200)).toBe(0);
    expect(decimalPlaces(0.15)).toBe(2);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(1.5e-7)).toBe(8);
    expect(decimalPlaces(-2.25)).toBe(2);
  });

  it('adds 0,7 and 0,1 to 0,8 where plain addition does not', () => {
    expect(0.7 + 0.1).not.toBe(0.8);
    expect(decimalSum([0.7, 0.1])).toBe(0.8);
    expect(decimalDifference(0.8, 0.7)).toBe(0.1);
    expect(decimalSum([])).toBe(0);
    expect(Object.is(decimalSum([0.1, -0.1]), 0)).toBe(true);
  });

  it('leaves computed values (many decimals) as plain sums', () => {
    const planned = 3200 * (9 / 62);
    expect(decimalSum([planned, 160])).toBe(planned + 160);
  });

  it('equals the decimal sum of any typed amounts with up to 4 decimals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 4 }),
        (units, places) => {
          const scale = 10 ** places;
          const typed = units.map((u) => Number(`${u / scale}`));
          const exact = units.reduce((s, u) => s + u, 0) / scale;
          expect(decimalSum(typed)).toBe(exact);
        },
      ),
    );
  });
});
