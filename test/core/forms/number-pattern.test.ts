// Tests of the form's number pattern: everything it lets through is read by the core as a usable amount; the usual mistakes are refused.
import fc from 'fast-check';
import { parseAmount } from '../../../src/core/amount';
import { numberPattern, numberShape, YES_NO_CHOICES } from '../../../src/core/forms';
import { parseYesNo } from '../../../src/core/yes-no';

const re = (unit: string) => new RegExp(numberPattern(unit));

describe('shape by ĐVT', () => {
  test.each([
    ['m', 'length'],
    ['km', 'length'],
    ['Km', 'length'],
    ['vườn', 'whole'],
    ['hộ', 'whole'],
    ['công trình', 'whole'],
    ['tấn', 'decimal'],
    ['', 'decimal'],
  ])('%s → %s', (unit, shape) => expect(numberShape(unit)).toBe(shape));
});

describe('accepted, with the amount the core reads', () => {
  test.each<[string, string, number]>([
    ['m', '3.200', 3200],
    ['m', '3200', 3200],
    ['m', '3200m', 3200],
    ['m', '3.200 m', 3200],
    ['m', '0,5 km', 500],
    ['m', '1,5', 1.5],
    ['m', '1,25 m', 1.25],
    ['m', '1,5000', 1.5],
    ['m', '1234,567', 1234.567],
    ['m', '0,500', 0.5],
    ['m', '1.234,500', 1234.5],
    ['m', '1,500 km', 1500],
    ['km', '0,38', 0.38],
    ['km', '0.7', 0.7],
    ['km', '0.500', 0.5],
    ['km', '1.234,5', 1234.5],
    ['km', '350 m', 0.35],
    ['km', '0,7 KM', 0.7],
    ['km', ' 0,38 ', 0.38],
    ['tấn', '12.5', 12.5],
    ['tấn', '1234.5678', 1234.5678],
    ['tấn', '1.234.567', 1234567],
    ['hộ', '12', 12],
    ['hộ', '1.200', 1200],
    ['vườn', '0', 0],
  ])('%s: %j = %d', (unit, text, value) => {
    expect(re(unit).test(text)).toBe(true);
    expect(parseAmount(text, unit)).toEqual({ ok: true, value });
  });
});

describe('refused', () => {
  test.each<[string, string]>([
    ['vườn', 'ba'],
    ['vườn', 'ba vườn'],
    ['m', 'mười lăm'],
    ['m', '-5'],
    ['m', '+5'],
    ['m', ''],
    ['m', 'abc'],
    ['m', '1234.567'],
    ['m', '1,234.5'],
    ['m', '1.2.3'],
    ['m', '5,'],
    ['m', ',5'],
    ['m', '3.200 mét vuông'],
    ['m', '5 cm'],
    ['hộ', '0,5'],
    ['hộ', '2.5'],
    ['hộ', '3 m'],
    ['hộ', '3 hộ'],
    ['tấn', '5 km'],
    ['km', '1 234'],
    // In metres one comma and exactly three digits looks like an English thousands group (docs/validation.md).
    ['m', '1,500'],
    ['m', '3,200 m'],
    ['m', '12,500M'],
  ])('%s: %j', (unit, text) => expect(re(unit).test(text)).toBe(false));
});

describe('in metres, a comma before exactly three digits is refused only where the sheet would warn', () => {
  test.each(['1,500', '3,200 m', '999,000'])('%j: the sheet warns, so the form asks again', (text) => {
    expect(re('m').test(text)).toBe(false);
    expect(re('km').test(text)).toBe(true);
    expect(re('tấn').test(text.replace(' m', ''))).toBe(true);
  });
});

describe('property: whatever the pattern accepts the core reads as an amount it counts', () => {
  const alphabet = fc.constantFrom(
    '0',
    '1',
    '2',
    '3',
    '5',
    '9',
    '.',
    ',',
    ' ',
    'm',
    'k',
    'M',
    'K',
    '-',
    '+',
    'a',
    'h',
  );
  const candidate = fc.array(alphabet, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
  test.each(['m', 'km', 'vườn', 'hộ', 'tấn', ''])('ĐVT %j', (unit) => {
    const pattern = re(unit);
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (text) => {
        if (!pattern.test(text)) return;
        accepted++;
        const parsed = parseAmount(text, unit);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(parsed.value)).toBe(true);
        if (numberShape(unit) === 'whole') expect(Number.isInteger(parsed.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  test('the examples of typed numbers of docs/validation.md are all accepted by a question in m', () => {
    const typed = ['3.200', '0,38', '1.234,5', '0.7', '0.500', '3200m', '3.200 m', '0,5 km'];
    expect(typed.filter((t) => !re('m').test(t))).toEqual([]);
  });
});

test('both answers of a Đạt/Chưa question are read by the yes/no reader', () => {
  expect(YES_NO_CHOICES.map((c) => parseYesNo(c))).toEqual([
    { ok: true, value: true },
    { ok: true, value: false },
  ]);
});
