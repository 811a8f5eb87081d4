// Figures of the weekly report: vi-VN, decimals by size, work still owed never shown as 0, percentages with one decimal.
import { amountText, dongText, percentText } from '../../../src/core/report';

describe('amountText', () => {
  it.each([
    [3200, '3.200'],
    [1411.5, '1.411,5'],
    [464.516, '464,5'],
    [2.254, '2,25'],
    [0.38, '0,38'],
    [0.464, '0,46'],
    [0.15 / 277, '0,00054'],
    [0, '0'],
    [-12.34, '-12,3'],
  ])('%p reads %p', (n, text) => {
    expect(amountText(n)).toBe(text);
  });
  it('is blank for what is not a number', () => {
    expect(amountText(NaN)).toBe('');
  });
});

describe('percentText and dongText', () => {
  it('writes a fraction as a percentage with one decimal, money without decimals', () => {
    expect([percentText(1411.5 / 3200), percentText(1), percentText(2 / 3), percentText(0)]).toEqual([
      '44,1%',
      '100%',
      '66,7%',
      '0%',
    ]);
    expect([dongText(6_000_000), dongText(1_500_000.4)]).toEqual(['6.000.000', '1.500.000']);
  });
});
