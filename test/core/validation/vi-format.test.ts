import { formatViNumber } from '../../../src/core/vi-format';

describe('formatViNumber', () => {
  it.each([
    [3200, '3.200'],
    [0.38, '0,38'],
    [464.5, '464,5'],
    [1234.5, '1.234,5'],
    [1_000_000, '1.000.000'],
    [0, '0'],
    [160, '160'],
    [-5, '-5'],
    [-1234.25, '-1.234,25'],
    [0.1 + 0.2, '0,3'],
    [-0.0000001, '0'],
    [999, '999'],
    [100000, '100.000'],
  ])('%p → %s', (n, s) => {
    expect(formatViNumber(n)).toBe(s);
  });

  it('rounds to the decimals asked for', () => {
    expect(formatViNumber(2 / 3, 2)).toBe('0,67');
    expect(formatViNumber(1999.999, 2)).toBe('2.000');
  });
});
