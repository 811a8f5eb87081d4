// `Hạn báo cáo` text: the ways officers write a weekday and a time, and the ones refused.
import fc from 'fast-check';
import { formatDeadlineRule, parseDeadlineRule } from '../../../src/core/model';

const ok = (text: string) => {
  const r = parseDeadlineRule(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.value;
};
const message = (text: string) => {
  const r = parseDeadlineRule(text);
  if (r.ok) throw new Error(`${text} was accepted`);
  return r.message;
};

test.each([
  ['Thứ 5 14:30', 4, 870],
  ['thứ 5 14:30', 4, 870],
  ['THU 5 14:30', 4, 870],
  ['T5 14h30', 4, 870],
  ['t5 14h', 4, 840],
  ['Thứ Năm 14 giờ 30', 4, 870],
  ['Thứ năm, 14g30', 4, 870],
  ['14:30 thứ 5', 4, 870],
  ['trước 14 giờ 30 chiều thứ 5 hằng tuần', 4, 870],
  ['2 giờ 30 chiều thứ 5', 4, 870],
  ['Thứ 2 7:05', 1, 425],
  ['Thứ Bảy 0:00', 6, 0],
  ['Thứ 7 23:59', 6, 1439],
  ['Chủ nhật 08:00', 7, 480],
  ['CN 8h', 7, 480],
  ['chu nhat 20:15', 7, 1215],
])('%s → weekday %i, minute %i', (text, weekday, minuteOfDay) => {
  expect(ok(text)).toEqual({ weekday, minuteOfDay });
});

test('a weekday outside Thứ 2…Chủ nhật is named in the message', () => {
  expect(message('Thứ 8 14:30')).toBe(
    '"Thứ 8 14:30" không phải thứ trong tuần (Thứ 2…Thứ 7, Chủ nhật): hãy ghi thứ và giờ như "Thứ 5 14:30"',
  );
  expect(message('Thứ 1 14:30')).toContain('không phải thứ trong tuần');
  expect(message('T9 8:00')).toContain('không phải thứ trong tuần');
});

test.each([
  ['Thứ 5', 'thiếu giờ'],
  ['14:30', 'thiếu thứ'],
  ['Thứ 5 25:00', 'giờ không hợp lệ'],
  ['Thứ 5 14:75', 'giờ không hợp lệ'],
  ['Thứ 5 hoặc Thứ 6 14:30', 'hai thứ'],
  ['Thứ 5 14:30 nếu kịp', 'không đọc được'],
  ['thứ năm', 'thiếu giờ'],
  ['hàng tuần', 'thiếu thứ'],
])('%s is refused (%s)', (text, why) => {
  expect(message(text)).toContain(why);
});

test('formatting then parsing gives the same rule', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 1439 }), (weekday, minuteOfDay) => {
      const text = formatDeadlineRule({ weekday, minuteOfDay });
      expect(parseDeadlineRule(text)).toEqual({ ok: true, value: { weekday, minuteOfDay } });
    }),
  );
  expect(formatDeadlineRule({ weekday: 4, minuteOfDay: 870 })).toBe('Thứ 5 14:30');
  expect(formatDeadlineRule({ weekday: 7, minuteOfDay: 480 })).toBe('Chủ nhật 08:00');
});
