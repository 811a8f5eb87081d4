// Single setting values: e-mail lists, peak-phase lists, days, hours, money and time zones.
import { parseEmailList, parsePeakPhases } from '../../../src/core/model';
import { parseDayValue, parseHours, parseMoney, parseTimeZone } from '../../../src/core/model/setting-values';
import { dayFromYmd } from '../../../src/core/zone';
import { dateCell, TZ } from './helpers';

describe('e-mail lists', () => {
  test('split on commas, semicolons, spaces and line breaks; duplicates dropped ignoring case', () => {
    expect(parseEmailList('a@x.vn, b@x.vn;c@x.vn\nd@x.vn  e@x.vn; A@X.VN')).toEqual({
      emails: ['a@x.vn', 'b@x.vn', 'c@x.vn', 'd@x.vn', 'e@x.vn'],
      bad: [],
    });
  });
  test('invalid addresses are returned apart', () => {
    expect(parseEmailList('ntm@example.vn; chưa có; x@; <y@example.vn>')).toEqual({
      emails: ['ntm@example.vn', 'y@example.vn'],
      bad: ['chưa', 'có', 'x@'],
    });
  });
  test('blank gives nothing', () => {
    expect(parseEmailList('  ')).toEqual({ emails: [], bad: [] });
  });
});

describe('peak phases', () => {
  const mar15 = dayFromYmd(2023, 3, 15);
  const may15 = dayFromYmd(2023, 5, 15);
  const jul1 = dayFromYmd(2023, 7, 1);
  const aug1 = dayFromYmd(2023, 8, 1);
  test.each([
    '15/03/2023-15/05/2023; 01/07/2023-01/08/2023',
    '15/3/2023 - 15/5/2023;1/7/2023 – 1/8/2023',
    '15/03/2023 đến 15/05/2023\n01/07/2023 đến 01/08/2023',
    '2023-03-15 - 2023-05-15; 2023-07-01 - 2023-08-01',
    '15/3-15/5; 1/7-1/8',
  ])('%s', (text) => {
    expect(parsePeakPhases(text, TZ, 2023)).toEqual({
      ok: true,
      value: [
        { start: mar15, end: may15 },
        { start: jul1, end: aug1 },
      ],
    });
  });
  test('blank means no phase', () => {
    expect(parsePeakPhases('', TZ, 2023)).toEqual({ ok: true, value: [] });
  });
  test.each([
    ['15/03/2023-15/05/2023; 01/07/2023', 'không đọc được'],
    ['15/05/2023-15/03/2023', 'kết thúc (15/03/2023) trước khi bắt đầu (15/05/2023)'],
    ['15/03/2023-31/02/2023', '31/02/2023'],
    ['cao điểm 1', 'không đọc được'],
  ])('%s is refused', (text, part) => {
    const r = parsePeakPhases(text, TZ, 2023);
    expect(r).toEqual({ ok: false, message: expect.stringContaining(part) });
  });
});

describe('days, hours, money, zones', () => {
  test('a day from a Date cell or day-first text', () => {
    expect(parseDayValue(dateCell(2023, 3, 15), '15/03/2023', TZ, NaN)).toEqual({
      ok: true,
      value: dayFromYmd(2023, 3, 15),
    });
    expect(parseDayValue('15/03/2023', '15/03/2023', TZ, NaN)).toEqual({
      ok: true,
      value: dayFromYmd(2023, 3, 15),
    });
    expect(parseDayValue('15/5', '15/5', TZ, 2023)).toEqual({ ok: true, value: dayFromYmd(2023, 5, 15) });
  });
  test('a day without a year is refused where a year is needed; a number is not a day', () => {
    const r = parseDayValue('15/3', '15/3', TZ, NaN, true);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('thiếu năm') });
    expect(parseDayValue(45000, '45.000', TZ, 2023).ok).toBe(false);
  });
  test('hours from 0 to 168', () => {
    expect(parseHours(24, '24')).toEqual({ ok: true, value: 24 });
    expect(parseHours('12,5', '12,5')).toEqual({ ok: true, value: 12.5 });
    for (const bad of ['hai mươi', '-1', '200']) expect(parseHours(bad, bad).ok).toBe(false);
  });
  test('money in đồng', () => {
    expect(parseMoney('1.000.000', '1.000.000')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseMoney(500000, '500.000')).toEqual({ ok: true, value: 500_000 });
    expect(parseMoney('một triệu', 'một triệu').ok).toBe(false);
    for (const typed of [
      '1.500.000 đồng',
      '1.500.000đ',
      '1.500.000 Đ',
      '1.500.000 VNĐ',
      '1.500.000 đồng/hộ',
    ]) {
      expect([typed, parseMoney(typed, typed)]).toEqual([typed, { ok: true, value: 1_500_000 }]);
    }
    expect(parseMoney('1.500.000 USD', '1.500.000 USD').ok).toBe(false);
    expect(parseMoney(-1, '-1').ok).toBe(false);
  });
  test('time zones the runtime knows', () => {
    expect(parseTimeZone(' Asia/Ho_Chi_Minh ')).toEqual({ ok: true, value: 'Asia/Ho_Chi_Minh' });
    expect(parseTimeZone('UTC')).toEqual({ ok: true, value: 'UTC' });
    const r = parseTimeZone('Sao Hỏa/Thủ đô');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Asia/Ho_Chi_Minh') });
  });
});
