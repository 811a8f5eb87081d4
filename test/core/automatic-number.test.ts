// Tests of the automatic number format's text: pinned examples, and the local runtime's display values of cells with no format agree for many numbers.
import fc from 'fast-check';
import { automaticNumberText, decimalMarkOf, isAutomaticFormat } from '../../src/core/automatic-number';
import { createRuntime } from '../../local/runtime';

describe('automaticNumberText', () => {
  test.each([
    [1500, '1500'],
    [0.38, '0,38'],
    [-0.38, '-0,38'],
    [-2, '-2'],
    [0, '0'],
    [3.5, '3,5'],
    [123456789012, '123456789012'],
    [999999999999999, '999999999999999'],
    [1e15, '1000000000000000'],
    [1e21, '1E+21'],
    [1e-7, '1E-7'],
    [1.23456e-9, '1,23E-9'],
    [2 / 3, '0,6666666667'],
    [1234.56789012345, '1234,56789'],
    [0.1 + 0.2, '0,3'],
  ])('%p shows %p in vi_VN', (n, text) => expect(automaticNumberText(n, ',')).toBe(text));

  it('uses the locale decimal mark', () => {
    expect(automaticNumberText(0.38, '.')).toBe('0.38');
    expect(decimalMarkOf('vi_VN')).toBe(',');
    expect(decimalMarkOf('en_US')).toBe('.');
    expect(decimalMarkOf('en-GB')).toBe('.');
    expect(decimalMarkOf('ja_JP')).toBeNull();
  });

  it('knows the automatic format by its names only', () => {
    expect(['', 'General', ' general '].map(isAutomaticFormat)).toEqual([true, true, true]);
    expect(['#,##0', '0.00', '@', 'dd/MM/yyyy'].map(isAutomaticFormat)).toEqual([false, false, false, false]);
  });
});

describe('the local runtime shows a number with no format as automaticNumberText does', () => {
  /** Display values of a column of numbers in a spreadsheet of `locale`, cells with no format and with `General`. */
  function shown(numbers: number[], locale: string): string[][] {
    const rt = createRuntime({
      workbook: {
        sheets: [
          {
            name: 'Số',
            rows: numbers.map((n) => [{ value: n }, { value: n, numberFormat: 'General' }]),
          },
        ],
        timeZone: 'Asia/Ho_Chi_Minh',
        locale,
      },
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    return rt.spreadsheet.getSheetByName('Số')!.getDataRange().getDisplayValues();
  }

  const pinned = [1500, 0.38, 1e-7, 123456789012, -17, -0.005, 12.5, 1 / 3, 1e20, 5e-324, 4.2e-5];

  test.each([
    ['vi_VN', ','],
    ['en_US', '.'],
  ])('in %s', (locale, mark) => {
    const numbers = [
      ...pinned,
      ...fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), 300),
      ...fc.sample(fc.integer({ min: -1e9, max: 1e9 }), 100),
      ...fc.sample(
        fc.integer({ min: 0, max: 100000 }).map((k) => k / 100),
        100,
      ),
    ];
    const texts = shown(numbers, locale);
    numbers.forEach((n, i) =>
      expect([n, texts[i][0], texts[i][1]]).toEqual([
        n,
        automaticNumberText(n, mark),
        automaticNumberText(n, mark),
      ]),
    );
  });
});
