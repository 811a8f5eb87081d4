// Address validation and dedupe, batches of 50 recipients, and fitting items into the daily quota.
import { asDay, asInstant } from '../../../src/core/zone';
import { takeWithinQuota, itemMessages, quotaCost } from '../../../src/core/reminders/quota';
import { isValidEmail, recipientBatches, validRecipients } from '../../../src/core/reminders/recipients';
import type { ReminderItem } from '../../../src/core/reminders/reminder-types';

function item(village: string, n: number): ReminderItem {
  const recipients = Array.from({ length: n }, (_, i) => `${village.toLowerCase()}${i}@x.vn`);
  return { week: asDay(0), village, kind: 'Nhắc hạn', recipients, deadline: asInstant(0) };
}

describe('validRecipients', () => {
  test('splits on , ; and spaces, keeps the first spelling of each address once', () => {
    expect(validRecipients(['a@x.vn, B@x.vn', 'b@X.VN;c@x.vn', ' a@x.vn '])).toEqual([
      'a@x.vn',
      'B@x.vn',
      'c@x.vn',
    ]);
  });

  test('drops what is not a plain address', () => {
    expect(validRecipients(['a@x', '@x.vn', 'a@@x.vn', 'Nguyễn <n@x.vn>', 'không có', 'a@x.vn\r\n'])).toEqual(
      ['a@x.vn'],
    );
    expect(isValidEmail('ten.ho+ntm@son-bang.gov.vn')).toBe(true);
    expect(isValidEmail('a@x.vn\nBcc: b@x.vn')).toBe(false);
    expect(isValidEmail('a b@x.vn')).toBe(false);
  });

  test('batches of at most 50', () => {
    const list = Array.from({ length: 120 }, (_, i) => `u${i}@x.vn`);
    expect(recipientBatches(list).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(recipientBatches(list).flat()).toEqual(list);
    expect(recipientBatches(['a@x.vn'])).toEqual([['a@x.vn']]);
  });
});

describe('takeWithinQuota', () => {
  const a = item('A', 1);
  const b = item('B', 2);
  const c = item('C', 1);

  test('each recipient counts; an item that does not fit waits, smaller later ones still go', () => {
    expect(takeWithinQuota([a, b, c], 2)).toEqual({ send: [a, c], rest: [b] });
    expect(takeWithinQuota([a, b, c], 3)).toEqual({ send: [a, b], rest: [c] });
    expect(takeWithinQuota([a, b, c], 4)).toEqual({ send: [a, b, c], rest: [] });
  });

  test('a quota of 0, a negative one or not a number sends nothing', () => {
    for (const q of [0, -3, Number.NaN])
      expect(takeWithinQuota([a, b], q)).toEqual({ send: [], rest: [a, b] });
  });

  test('an item over 50 recipients goes as several messages and costs all its recipients', () => {
    const big = item('Big', 120);
    expect(quotaCost(big)).toBe(120);
    expect(itemMessages(big).map((m) => m.length)).toEqual([50, 50, 20]);
    expect(takeWithinQuota([big, a], 100)).toEqual({ send: [a], rest: [big] });
    expect(takeWithinQuota([big, a], 121)).toEqual({ send: [big, a], rest: [] });
  });

  test('an item with nobody to send to is never taken', () => {
    const none = item('None', 0);
    expect(takeWithinQuota([none], 10)).toEqual({ send: [], rest: [none] });
  });
});
