// Per-value vi-VN formats of typed numbers: whole numbers without a dangling separator, fractions to the thousandth.
import {
  DECIMAL_NUMBER_FORMAT,
  WHOLE_NUMBER_FORMAT,
  formatNumbers,
  numberFormatFor,
} from '../../../src/sheets/setup/number-formats';
import { install, sheetOf, uninstall } from './helpers';

afterEach(uninstall);

describe('numberFormatFor', () => {
  it('whole numbers get #,##0, fractions #,##0.###, on automatic cells and on cells it formatted before', () => {
    expect(numberFormatFor(3200, '')).toBe(WHOLE_NUMBER_FORMAT);
    expect(numberFormatFor(0.38, 'General')).toBe(DECIMAL_NUMBER_FORMAT);
    expect(numberFormatFor(0.125, '0.###############')).toBe(DECIMAL_NUMBER_FORMAT);
    expect(numberFormatFor(700, DECIMAL_NUMBER_FORMAT)).toBe(WHOLE_NUMBER_FORMAT);
    expect(numberFormatFor(1.5, WHOLE_NUMBER_FORMAT)).toBe(DECIMAL_NUMBER_FORMAT);
  });

  it('keeps text, blanks, dates and formats someone chose', () => {
    expect(numberFormatFor('3.200', '')).toBeNull();
    expect(numberFormatFor('', '')).toBeNull();
    expect(numberFormatFor(new Date(0), '')).toBeNull();
    expect(numberFormatFor(0.5, '0.00%')).toBeNull();
  });
});

describe('formatNumbers', () => {
  it('formats the listed columns in one block write, leaving columns between them as they were', () => {
    const rt = install();
    const sheet = sheetOf(rt, 'Trang tính1');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['a', 'b', 'c'],
      [3200, 5, 0.38],
      ['x', 7, 12],
    ]);
    sheet.getRange(2, 2, 2, 1).setNumberFormat('0.0');
    const before = rt.calls['Range.setNumberFormats'] ?? 0;
    formatNumbers(sheet, [1, 3]);
    expect(rt.calls['Range.setNumberFormats'] - before).toBe(1);
    expect(sheet.getRange(2, 1, 2, 3).getDisplayValues()).toEqual([
      ['3.200', '5,0', '0,38'],
      ['x', '7,0', '12'],
    ]);
    expect(sheet.getRange(2, 1, 2, 3).getNumberFormats()).toEqual([
      [WHOLE_NUMBER_FORMAT, '0.0', DECIMAL_NUMBER_FORMAT],
      ['', '0.0', WHOLE_NUMBER_FORMAT],
    ]);
  });
});
