// Tests of the one-scan reader of plain vi-VN numbers: it agrees with the full parser wherever it answers, and declines the rest.
import fc from 'fast-check';
import { quickViNumber } from '../../src/core/quick-number';
import { parseViNumberText } from '../../src/core/vi-number';

describe('quickViNumber', () => {
  test.each([
    ['125', 125],
    ['0', 0],
    ['007', 7],
    ['0,5', 0.5],
    [',5', 0.5],
    ['12,25', 12.25],
    ['3.200', 3200],
    ['1.234.567', 1234567],
    ['999.000', 999000],
  ])('reads %s as %d', (text, n) => expect(quickViNumber(text)).toBe(n));

  test.each([
    '',
    '5,',
    '1.234,5',
    '0.500',
    '0.7',
    '1234.567',
    '1.23',
    '1.2345',
    '1,234,567',
    '-5',
    '3 200',
    '3m',
    'ba',
    '.5',
    '1..000',
    '1.000.',
    '1234567890123456',
  ])('leaves %j to the full parser', (text) => expect(quickViNumber(text)).toBeNaN());

  it('agrees with the full parser on every text made of digits, dots and commas', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,]{1,12}$/), (text) => {
        const quick = quickViNumber(text);
        if (Number.isNaN(quick)) return;
        const full = parseViNumberText(text);
        expect(full).toEqual({ ok: true, value: quick });
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers for every plain shape', () => {
    const plain = fc.oneof(
      fc.stringMatching(/^[0-9]{1,12}$/),
      fc.stringMatching(/^[0-9]{0,6},[0-9]{1,6}$/),
      fc.stringMatching(/^[1-9][0-9]{0,2}(\.[0-9]{3}){1,3}$/),
    );
    fc.assert(
      fc.property(plain, (text) =>
        expect(quickViNumber(text)).toBe((parseViNumberText(text) as { value: number }).value),
      ),
    );
  });
});
