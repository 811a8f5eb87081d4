// Strings written with setValue(s) are read as if typed in the spreadsheet's locale; other values are stored as given.
import { at, runtime } from './helpers';

function typed(text: unknown, locale = 'vi_VN', timeZone = 'Asia/Ho_Chi_Minh') {
  const { sheet } = runtime({ locale, timeZone });
  const cell = sheet.getRange('B2');
  cell.setValue(text);
  return {
    value: cell.getValue(),
    formula: cell.getFormula(),
    shown: cell.getDisplayValue(),
    format: cell.getNumberFormat(),
  };
}

describe('vi_VN: text is read as typed', () => {
  it.each([
    ['3.200', 3200],
    ['0,38', 0.38],
    ['1.234,5', 1234.5],
    ['-5', -5],
    ['3.200.000', 3200000],
    ['42', 42],
    [' 7 ', 7],
    ['3,200', 3.2],
  ])('%p becomes the number %p', (text, n) => {
    expect(typed(text).value).toBe(n);
  });

  it('a percentage is a fraction shown as a percentage', () => {
    expect(typed('38%')).toMatchObject({ value: 0.38, shown: '38%', format: '0%' });
  });

  it('a grouped number keeps its grouping on display', () => {
    expect(typed('3.200')).toMatchObject({ value: 3200, shown: '3.200' });
  });

  it.each(['0.7', '3.2', '1.23.4', '1,2,3', 'ba vườn', '0,5 km', '3200m', 'Đạt'])('%p stays text', (text) => {
    expect(typed(text).value).toBe(text);
  });

  it('TRUE and FALSE, in any case, become booleans', () => {
    expect(typed('TRUE').value).toBe(true);
    expect(typed('false').value).toBe(false);
  });

  it('d/M/yyyy is a date at local midnight in the spreadsheet zone, day first', () => {
    const v = typed('16/3/2023').value as Date;
    expect(Object.prototype.toString.call(v)).toBe('[object Date]');
    expect(v.getTime()).toBe(at(7, 2023, 3, 16));
  });

  it('a date with a time keeps the time', () => {
    expect((typed('29/03/2023 08:00:00').value as Date).getTime()).toBe(at(7, 2023, 3, 29, 8));
    expect((typed('29/03/2023 14:30').value as Date).getTime()).toBe(at(7, 2023, 3, 29, 14, 30));
  });

  it('d/M without a year takes the current year of the clock', () => {
    expect((typed('16/3').value as Date).getTime()).toBe(at(7, 2023, 3, 16));
  });

  it('yyyy-MM-dd is a date in every locale', () => {
    expect((typed('2023-03-16').value as Date).getTime()).toBe(at(7, 2023, 3, 16));
    expect((typed('2023-03-16', 'en_US').value as Date).getTime()).toBe(at(7, 2023, 3, 16));
  });

  it('an impossible date stays text', () => {
    expect(typed('31/02/2023').value).toBe('31/02/2023');
    expect(typed('16/13/2023').value).toBe('16/13/2023');
  });

  it('midnight is in the spreadsheet zone, not the process zone', () => {
    expect((typed('16/3/2023', 'vi_VN', 'America/New_York').value as Date).getTime()).toBe(
      at(-4, 2023, 3, 16),
    );
    expect((typed('16/1/2023', 'vi_VN', 'America/New_York').value as Date).getTime()).toBe(
      at(-5, 2023, 1, 16),
    );
  });
});

describe('en_US: the other conventions', () => {
  it('comma groups thousands, dot is the decimal point', () => {
    expect(typed('3,200', 'en_US').value).toBe(3200);
    expect(typed('0.38', 'en_US').value).toBe(0.38);
    expect(typed('0,38', 'en_US').value).toBe('0,38');
  });

  it('dates are month first', () => {
    expect((typed('3/16/2023', 'en_US').value as Date).getTime()).toBe(at(7, 2023, 3, 16));
    expect(typed('16/3/2023', 'en_US').value).toBe('16/3/2023');
  });
});

describe('text kept as text', () => {
  it('a leading apostrophe keeps the text, without the apostrophe', () => {
    expect(typed("'3.200")).toMatchObject({ value: '3.200', formula: '', shown: '3.200' });
    expect(typed("'=1+1")).toMatchObject({ value: '=1+1', formula: '' });
    expect(typed("'16/3/2023").value).toBe('16/3/2023');
  });

  it('a plain-text number format (@) keeps the text exactly', () => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:D1').setNumberFormat('@');
    r.setValues([['3.200', '16/3/2023', '=1+1', "'x"]]);
    expect(r.getValues()).toEqual([['3.200', '16/3/2023', '=1+1', "'x"]]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
  });
});

describe('formulas', () => {
  it('a leading = makes a formula: getFormulas shows it, getValues gives "" without an evaluator', () => {
    const r = typed('=SUM(A1:A3)');
    expect(r).toMatchObject({ value: '', formula: '=SUM(A1:A3)', shown: '' });
  });

  it('writing a value over a formula removes the formula', () => {
    const { sheet } = runtime();
    const c = sheet.getRange('A1');
    c.setFormula('=1+1');
    c.setValue(5);
    expect(c.getFormula()).toBe('');
    expect(c.getValue()).toBe(5);
  });

  it('setFormulas writes one formula per cell; an empty string clears the cell', () => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:B1');
    r.setValues([[1, 2]]);
    r.setFormulas([['=A2*2', '']]);
    expect(r.getFormulas()).toEqual([['=A2*2', '']]);
    expect(r.getValues()).toEqual([['', '']]);
  });
});

describe('values other than strings are stored as given', () => {
  it('numbers, booleans and Dates keep their type and value', () => {
    const { sheet } = runtime();
    const d = new Date(Date.UTC(2023, 2, 16, 7, 15, 30));
    const r = sheet.getRange('A1:D1');
    r.setValues([[3.2, false, d, 0]]);
    const [[n, b, back, zero]] = r.getValues();
    expect(n).toBe(3.2);
    expect(b).toBe(false);
    expect((back as Date).getTime()).toBe(d.getTime());
    expect(back).not.toBe(d);
    expect(zero).toBe(0);
  });

  it('null, undefined and "" leave a blank cell, read back as ""', () => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:C1');
    r.setValues([[1, 2, 3]]);
    r.setValues([[null, undefined, '']]);
    expect(r.getValues()).toEqual([['', '', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('getValues returns "" for every blank cell in the range', () => {
    const { sheet } = runtime();
    sheet.getRange('B2').setValue('x');
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['', '', ''],
      ['', 'x', ''],
    ]);
  });

  it('text longer than 50000 characters is refused, as in Sheets', () => {
    const { sheet } = runtime();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow(
      'more than the maximum of 50000 characters',
    );
    sheet.getRange('A1').setValue('x'.repeat(50000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50000);
  });

  it('an invalid Date is refused', () => {
    const { sheet } = runtime();
    expect(() => sheet.getRange('A1').setValue(new Date(NaN))).toThrow('Invalid Date');
  });
});
