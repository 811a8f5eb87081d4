// Display values: numbers per locale and number format, dates per format in the spreadsheet's zone.
import { at, runtime } from './helpers';

function shown(value: unknown, format = '', locale = 'vi_VN', timeZone = 'Asia/Ho_Chi_Minh'): string {
  const { sheet } = runtime({ locale, timeZone });
  const c = sheet.getRange('A1');
  if (format) c.setNumberFormat(format);
  c.setValue(value);
  return c.getDisplayValue();
}

describe('numbers', () => {
  it.each([
    [3200, '', '3200'],
    [0.38, '', '0,38'],
    [1234.5, '', '1234,5'],
    [-5, '', '-5'],
    [464.516129032258, '', '464,516129'],
    [3200, '#,##0', '3.200'],
    [3200.5, '#,##0', '3.201'],
    [1234.5, '#,##0.00', '1.234,50'],
    [1234.5, '#,##0.##', '1.234,5'],
    [1234, '#,##0.##', '1.234'],
    [0.38, '0%', '38%'],
    [0.3856, '0.0%', '38,6%'],
    [1000000, '#,##0" đ"', '1.000.000 đ'],
    [-1234, '#,##0', '-1.234'],
    [-1234, '#,##0;(#,##0)', '(1.234)'],
    [0.5, '0.00', '0,50'],
    ['3.200', '@', '3.200'],
  ])('%p with format %p shows %p in vi_VN', (value, format, text) => {
    expect(shown(value, format)).toBe(text);
  });

  it.each([
    [3200, '#,##0', '3,200'],
    [0.38, '', '0.38'],
    [1234.5, '#,##0.00', '1,234.50'],
  ])('%p with format %p shows %p in en_US', (value, format, text) => {
    expect(shown(value, format, 'en_US')).toBe(text);
  });

  it('booleans show TRUE / FALSE and blanks show ""', () => {
    expect(shown(true)).toBe('TRUE');
    expect(shown(false)).toBe('FALSE');
    expect(shown('')).toBe('');
  });

  it('getDisplayValues gives one text per cell', () => {
    const { sheet } = runtime();
    const r = sheet.getRange('A1:C1');
    r.setValues([[3200, 'x', true]]);
    r.setNumberFormats([['#,##0', '', '']]);
    expect(r.getDisplayValues()).toEqual([['3.200', 'x', 'TRUE']]);
  });
});

describe('dates', () => {
  const d = new Date(at(7, 2023, 3, 16));
  const dt = new Date(at(7, 2023, 3, 29, 8, 5, 9));

  it('default display in vi_VN: dd/MM/yyyy, with the time when it is not midnight', () => {
    expect(shown(d)).toBe('16/03/2023');
    expect(shown(dt)).toBe('29/03/2023 08:05:09');
  });

  it('default display in en_US is month first', () => {
    expect(shown(d, '', 'en_US')).toBe('3/16/2023');
  });

  it('a Date is shown in the spreadsheet zone, whatever the process zone', () => {
    expect(shown(new Date(Date.UTC(2023, 2, 16, 20, 0)), 'dd/MM/yyyy HH:mm')).toBe('17/03/2023 03:00');
    expect(
      shown(new Date(Date.UTC(2023, 2, 16, 20, 0)), 'dd/MM/yyyy HH:mm', 'vi_VN', 'America/New_York'),
    ).toBe('16/03/2023 16:00');
  });

  it.each([
    ['dd/MM/yyyy', '29/03/2023'],
    ['dd/MM/yyyy HH:mm', '29/03/2023 08:05'],
    ['dd/mm/yyyy', '29/03/2023'],
    ['d/M/yy', '29/3/23'],
    ['yyyy-MM-dd HH:mm:ss', '2023-03-29 08:05:09'],
    ['h:mm AM/PM', '8:05 AM'],
    ['dddd dd/MM', 'Thứ Tư 29/03'],
    ['"Tuần đến" dd/MM/yyyy', 'Tuần đến 29/03/2023'],
  ])('format %p shows %p', (format, text) => {
    expect(shown(dt, format)).toBe(text);
  });

  it('a time typed alone is shown as a time', () => {
    expect(shown('14:30')).toBe('14:30:00');
  });

  it('a date format on a number shows the serial as a date, and getValues then returns a Date', () => {
    const { sheet } = runtime();
    const c = sheet.getRange('A1');
    c.setValue(45001);
    c.setNumberFormat('dd/MM/yyyy');
    expect(c.getDisplayValue()).toBe('16/03/2023');
    expect((c.getValue() as Date).getTime()).toBe(at(7, 2023, 3, 16));
  });

  it('a number format on a date shows and returns its serial number', () => {
    const { sheet } = runtime();
    const c = sheet.getRange('A1');
    c.setValue(new Date(at(7, 2023, 3, 16, 12)));
    c.setNumberFormat('0.0');
    expect(c.getValue()).toBe(45001.5);
    expect(c.getDisplayValue()).toBe('45001,5');
  });
});

describe('time zone and locale of the spreadsheet', () => {
  it('changing the zone keeps the wall-clock time of the cells, so the instants move', () => {
    const { rt, sheet } = runtime();
    const c = sheet.getRange('A1');
    c.setValue('16/3/2023 08:00');
    rt.spreadsheet.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(rt.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    expect(c.getDisplayValue()).toBe('16/03/2023 08:00:00');
    expect((c.getValue() as Date).getTime()).toBe(at(9, 2023, 3, 16, 8));
  });

  it('an unknown zone is refused', () => {
    const { rt } = runtime();
    expect(() => rt.spreadsheet.setSpreadsheetTimeZone('Mars/Olympus')).toThrow('Invalid argument');
  });

  it('changing the locale changes how later text is read and how numbers are shown', () => {
    const { rt, sheet } = runtime();
    rt.spreadsheet.setSpreadsheetLocale('en_US');
    expect(rt.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    const c = sheet.getRange('A1');
    c.setValue('3,200');
    expect(c.getValue()).toBe(3200);
    expect(c.getDisplayValue()).toBe('3,200');
  });
});
