// A Date cell in a message: its display when it reads day first as the same day, else dd/MM/yyyy (HH:mm) in the zone.
import { dateCellText } from '../../src/core/vi-date';
import { dayFromYmd, instantOf } from '../../src/core/zone';

const TZ = 'Asia/Ho_Chi_Minh';
const date = (y: number, m: number, d: number, minute = 0) =>
  new Date(instantOf(dayFromYmd(y, m, d), minute, TZ));

describe('dateCellText', () => {
  it('keeps a display that reads day first as the cell’s own day', () => {
    expect(dateCellText(date(2024, 3, 6), '06/03/2024', TZ)).toBe('06/03/2024');
    expect(dateCellText(date(2023, 3, 16, 8 * 60), '16/3/2023 08:00:00', TZ)).toBe('16/3/2023 08:00:00');
  });
  it('writes a month-first or empty display as dd/MM/yyyy, with the time when there is one', () => {
    expect(dateCellText(date(2024, 3, 6), '03-06-24', TZ)).toBe('06/03/2024');
    expect(dateCellText(date(2024, 3, 6), '', TZ)).toBe('06/03/2024');
    expect(dateCellText(date(2024, 3, 6, 9 * 60 + 5), '3/6/2024 9:05', TZ)).toBe('06/03/2024 09:05');
  });
});
