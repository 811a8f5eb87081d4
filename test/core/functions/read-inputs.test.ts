// Readers of one custom-function input: vi-VN quantities keeping their unit, conversions, dates in a zone, deadlines.
import {
  commonUnit,
  inUnit,
  readCount,
  readDay,
  readDeadline,
  readInstant,
  readQuantity,
  readUnit,
} from '../../../src/core/functions';
import { dayFromYmd, instantOf } from '../../../src/core/zone';

const ok = <T>(p: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!p.ok) throw new Error(`expected a value, got: ${p.message}`);
  return p.value;
};
const message = (p: { ok: boolean; message?: string }): string => (p.ok ? 'ok' : p.message!);

describe('readQuantity', () => {
  it.each([
    ['3.200', 3200, ''],
    ['0,38', 0.38, ''],
    ['1.234,5', 1234.5, ''],
    ['0.500', 0.5, ''],
    ['-5', -5, ''],
    ['3.200 m', 3200, 'm'],
    ['3200m', 3200, 'm'],
    ['0,5 km', 0.5, 'km'],
    ['12 vườn', 12, 'vườn'],
    ['24 công trình', 24, 'công trình'],
  ])('reads %p as %p in its own unit %p', (text, value, unit) => {
    const q = ok(readQuantity(text));
    expect([q.value, q.unit]).toEqual([value, unit]);
  });

  it('takes a number cell as it is, without a unit', () => {
    expect(ok(readQuantity(0.7))).toEqual({ value: 0.7, unit: '', raw: 0.7 });
  });

  it('asks for digits when a number is written in words, with or without a unit', () => {
    expect(message(readQuantity('ba'))).toBe('"ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)');
    expect(message(readQuantity('ba vườn'))).toBe('"ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)');
  });

  it('refuses a tick box and a date', () => {
    expect(message(readQuantity(true))).toContain('ô đánh dấu');
    expect(message(readQuantity(new Date(0)))).toContain('ngày tháng');
  });
});

describe('readCount', () => {
  it('refuses a negative number and says what to type', () => {
    expect(message(readCount('-5'))).toBe(
      '"-5" là số âm; chỉ tiêu và khối lượng đã làm không âm, hãy nhập số từ 0 trở lên',
    );
    expect(ok(readCount('0')).value).toBe(0);
  });
});

describe('units of one element', () => {
  it('are those of the first quantity that names one; m and km convert, others must match', () => {
    const target = ok(readQuantity('3.200 m'));
    const done = ok(readQuantity('0,4 km'));
    const plain = ok(readQuantity('400'));
    expect(commonUnit([plain, target, done])).toBe('m');
    expect(ok(inUnit(done, 'm'))).toBe(400);
    expect(ok(inUnit(plain, 'km'))).toBe(400);
    expect(ok(inUnit(target, ''))).toBe(3200);
    expect(message(inUnit(ok(readQuantity('2 vườn')), 'hộ'))).toContain(
      'có đơn vị "vườn", khác ĐVT của chỉ tiêu là "hộ"',
    );
  });
});

describe('dates', () => {
  it('read text day first in the zone, and Date cells as instants', () => {
    const tokyo = 'Asia/Tokyo';
    expect(ok(readDay('15/03/2023', tokyo))).toBe(dayFromYmd(2023, 3, 15));
    expect(ok(readInstant('16/03/2023 14:30', tokyo))).toBe(
      instantOf(dayFromYmd(2023, 3, 16), 14 * 60 + 30, tokyo),
    );
    const tokyoMidnight = new Date(instantOf(dayFromYmd(2023, 3, 15), 0, tokyo));
    expect(ok(readDay(tokyoMidnight, tokyo))).toBe(dayFromYmd(2023, 3, 15));
    expect(ok(readDay(tokyoMidnight, 'Asia/Ho_Chi_Minh'))).toBe(dayFromYmd(2023, 3, 14));
  });

  it('refuse a date without its year (a formula has no campaign year), month first, and numbers', () => {
    expect(message(readDay('16/3', 'Asia/Ho_Chi_Minh'))).toBe(
      '"16/3" thiếu năm; hãy ghi ngày/tháng/năm, ví dụ 16/03/2023',
    );
    expect(message(readDay('03/16/2023', 'Asia/Ho_Chi_Minh'))).toContain('không có tháng 16');
    expect(message(readDay(45000, 'Asia/Ho_Chi_Minh'))).toContain('không phải ngày');
  });
});

describe('deadline and unit', () => {
  it('read `Hạn báo cáo` text and refuse anything else', () => {
    expect(ok(readDeadline('Thứ 5 14:30'))).toEqual({ weekday: 4, minuteOfDay: 870 });
    expect(ok(readDeadline('CN 8h'))).toEqual({ weekday: 7, minuteOfDay: 480 });
    expect(message(readDeadline('Thứ 8 14:30'))).toContain('không phải thứ trong tuần');
    expect(message(readDeadline(5))).toContain('"Thứ 5 14:30"');
    expect(ok(readUnit(' km '))).toBe('km');
    expect(message(readUnit(3))).toContain('đơn vị phải là chữ');
  });
});
