// Tests of typed dates: day first, real calendar dates only, wall-clock time in the workbook's zone.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/types';
import { parseDateTime, type DateTimeValue } from '../../src/core/vi-date';
import { dayFromYmd, dayOfInstant } from '../../src/core/zone';

const HCM = 'Asia/Ho_Chi_Minh';
const d = (day: number, month: number, year = 2023) => dayFromYmd(year, month, day);
/** The instant of a wall-clock time in Hồ Chí Minh (+07:00). */
const hcm = (day: number, month: number, hh = 0, mm = 0, ss = 0, year = 2023) =>
  Date.UTC(year, month - 1, day, hh - 7, mm, ss);

function value(v: CellValue, tz = HCM, year = 2023): DateTimeValue {
  const p = parseDateTime(v, tz, year);
  if (!p.ok) throw new Error(`expected a date for ${JSON.stringify(v)}, got: ${p.message}`);
  return p.value;
}
function message(v: CellValue, tz = HCM, year = 2023): string {
  const p = parseDateTime(v, tz, year);
  if (p.ok) throw new Error(`expected an error for ${JSON.stringify(v)}, got ${JSON.stringify(p.value)}`);
  return p.message;
}

describe('the forms of docs/validation.md', () => {
  test.each([
    ['16/3/2023', d(16, 3), hcm(16, 3)],
    ['16/03/2023', d(16, 3), hcm(16, 3)],
    ['29/03/2023 08:00:00', d(29, 3), hcm(29, 3, 8)],
    ['29/03/2023 8:00', d(29, 3), hcm(29, 3, 8)],
    ['16/3', d(16, 3), hcm(16, 3)],
    ['2023-03-16', d(16, 3), hcm(16, 3)],
    ['2023-03-16 08:00', d(16, 3), hcm(16, 3, 8)],
  ])('%j', (text, day, instant) => expect(value(text)).toEqual({ day, instant }));
});

describe('other forms chosen', () => {
  test.each([
    ['16-3-2023', d(16, 3), hcm(16, 3)],
    ['16.03.2023', d(16, 3), hcm(16, 3)],
    ['16/3/23', d(16, 3), hcm(16, 3)],
    ['  16/3/2023  ', d(16, 3), hcm(16, 3)],
    ['1/1', d(1, 1), hcm(1, 1)],
    ['2023/03/16', d(16, 3), hcm(16, 3)],
    ['2023-3-6', d(6, 3), hcm(6, 3)],
    ['2023-03-16T08:30', d(16, 3), hcm(16, 3, 8, 30)],
    ['2023-03-16T08:30:15', d(16, 3), hcm(16, 3, 8, 30, 15)],
    ['2023-03-16T08:30:15.250', d(16, 3), hcm(16, 3, 8, 30, 15) + 250],
    ['16/03/2023 14:30:59', d(16, 3), hcm(16, 3, 14, 30, 59)],
    ['16/03/2023, 14:30', d(16, 3), hcm(16, 3, 14, 30)],
    ['16/03/2023 8h', d(16, 3), hcm(16, 3, 8)],
    ['16/03/2023 8h30', d(16, 3), hcm(16, 3, 8, 30)],
    ['16/03/2023 2:30 CH', d(16, 3), hcm(16, 3, 14, 30)],
    ['16/03/2023 12:05 SA', d(16, 3), hcm(16, 3, 0, 5)],
    ['16/03/2023 12:05 PM', d(16, 3), hcm(16, 3, 12, 5)],
    ['16/3 23:59', d(16, 3), hcm(16, 3, 23, 59)],
    ['16 tháng 3 năm 2023', d(16, 3), hcm(16, 3)],
    ['ngày 16 tháng 3', d(16, 3), hcm(16, 3)],
    ['29/2/2024', d(29, 2, 2024), hcm(29, 2, 0, 0, 0, 2024)],
  ])('%j', (text, day, instant) => expect(value(text)).toEqual({ day, instant }));

  test('an ISO time with an offset is taken at that offset', () => {
    expect(value('2023-03-16T01:30:00Z')).toEqual({ day: d(16, 3), instant: hcm(16, 3, 8, 30) });
    expect(value('2023-03-15T20:00:00Z')).toEqual({ day: d(16, 3), instant: hcm(16, 3, 3) });
    expect(value('2023-03-16T08:30+07:00')).toEqual({ day: d(16, 3), instant: hcm(16, 3, 8, 30) });
    expect(message('16/03/2023 08:30Z')).toContain('không hợp lệ');
  });

  test('a missing year takes the given default', () => {
    expect(value('16/3', HCM, 2024).day).toBe(d(16, 3, 2024));
    expect(message('16/3', HCM, NaN)).toContain('thiếu năm');
    expect(message('16/3', HCM, 2 ** 40)).toContain('thiếu năm');
    expect(value('16/3/2023', HCM, NaN).day).toBe(d(16, 3));
    expect(message('16/3/0999')).toContain('năm 999 không hợp lệ');
  });
});

describe('text is wall-clock time in the zone', () => {
  test.each([
    ['Asia/Tokyo', Date.UTC(2023, 2, 29, -1, 0)],
    ['UTC', Date.UTC(2023, 2, 29, 8, 0)],
    ['America/New_York', Date.UTC(2023, 2, 29, 12, 0)],
  ])('29/03/2023 08:00 in %s', (tz, instant) => {
    expect(value('29/03/2023 08:00', tz)).toEqual({ day: d(29, 3), instant });
  });

  test('an unknown zone reads as Asia/Ho_Chi_Minh', () => {
    expect(value('29/03/2023 08:00', 'Hà Nội')).toEqual({ day: d(29, 3), instant: hcm(29, 3, 8) });
  });
});

describe('Date cells', () => {
  test('give their instant, and the day in the zone', () => {
    const cell = new Date(hcm(16, 3, 23, 30)); // 16:30 UTC
    expect(value(cell)).toEqual({ instant: cell.getTime(), day: d(16, 3) });
    expect(value(cell, 'Asia/Tokyo')).toEqual({ instant: cell.getTime(), day: d(17, 3) });
    expect(value(cell, 'UTC').day).toBe(d(16, 3));
    expect(dayOfInstant(value(cell).instant, HCM)).toBe(d(16, 3));
  });
  test('an invalid Date is an error', () => expect(message(new Date(NaN))).toContain('không hợp lệ'));
});

describe('errors', () => {
  test.each([
    ['31/02/2023', 'tháng 2/2023 chỉ có 28 ngày'],
    ['29/2/2023', 'tháng 2/2023 chỉ có 28 ngày'],
    ['31/4/2023', 'tháng 4/2023 chỉ có 30 ngày'],
    ['0/3/2023', 'không có ngày 0'],
    ['3/16/2023', 'không có tháng 16; ngày ghi trước tháng'],
    ['12/13/2023', 'không có tháng 13; ngày ghi trước tháng'],
    ['16/0/2023', 'không có tháng 0'],
    ['2023-16-03', 'không có tháng 16; hãy ghi ngày/tháng/năm'],
    ['29/03/2023 25:00', 'giờ "25:00" không hợp lệ'],
    ['29/03/2023 08:60', 'không hợp lệ'],
    ['29/03/2023 8', 'không hợp lệ'],
    ['29/03/2023 13:00 CH', 'không hợp lệ'],
    ['16/3/2023/1', 'không phải ngày'],
    ['16-3/2023', 'không phải ngày'],
    ['hôm qua', 'không phải ngày'],
    ['Thứ năm', 'không phải ngày'],
    ['16', 'không phải ngày'],
    ['160323', 'không phải ngày'],
    ['', 'Ô trống'],
  ])('%j: %s', (text, part) => expect(message(text)).toContain(part));

  test('cells that are not text or dates', () => {
    expect(message(45001)).toBe('Ô chứa số 45001, không phải ngày; hãy ghi ngày/tháng/năm, ví dụ 16/03/2023');
    expect(message(16.3)).toContain('16,3');
    expect(message(true)).toContain('ô đánh dấu');
  });
});

describe('properties', () => {
  const dateish = fc
    .array(
      fc.constantFrom(
        '0',
        '1',
        '2',
        '9',
        '31',
        '2023',
        '/',
        '-',
        '.',
        ' ',
        ':',
        'T',
        'Z',
        'h',
        'CH',
        '+07:00',
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join(''));

  test('never throws; a result is a whole day and a finite instant inside it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateish),
        fc.constantFrom(HCM, 'Asia/Tokyo', 'UTC', 'America/New_York', 'không có'),
        fc.oneof(fc.constant(2023), fc.integer(), fc.double()),
        (s, tz, year) => {
          const p = parseDateTime(s, tz, year);
          if (!p.ok) return expect(p.message.length).toBeGreaterThan(0);
          expect(Number.isInteger(p.value.day)).toBe(true);
          expect(Number.isFinite(p.value.instant)).toBe(true);
          expect(dayOfInstant(p.value.instant, tz)).toBe(p.value.day);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('every real date written d/M/yyyy H:mm reads back', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1990, 0, 1)),
          max: new Date(Date.UTC(2100, 0, 1)),
          noInvalidDate: true,
        }),
        (date) => {
          const [y, mo, dd, h, mi] = [
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
            date.getUTCHours(),
            date.getUTCMinutes(),
          ];
          const got = value(`${dd}/${mo}/${y} ${h}:${String(mi).padStart(2, '0')}`, 'UTC');
          expect(got).toEqual({ day: dayFromYmd(y, mo, dd), instant: Date.UTC(y, mo - 1, dd, h, mi) });
        },
      ),
    );
  });
});
