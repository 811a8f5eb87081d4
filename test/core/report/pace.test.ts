// Paces a person can act on: kilometres in metres, whole households per week, never a fraction of a counted thing.
import { isCounted, paceText } from '../../../src/core/report/pace';

test.each<[number, string, string]>([
  [0.056, 'km', '56 m/ngày'],
  [2.5, 'km', '2,5 km/ngày'],
  [13.04, 'm', '13 m/ngày'],
  [0.44, 'm', '3,08 m mỗi tuần'],
  [0.43, 'hộ', '4 hộ mỗi tuần'],
  [3 / 7, 'hộ', '3 hộ mỗi tuần'],
  [1.2, 'hộ', '2 hộ/ngày'],
  [0.0108, 'hộ', '1 hộ trong 13 tuần'],
  [0.15, 'vườn', '2 vườn mỗi tuần'],
  [1 / 7, 'vườn', '1 vườn mỗi tuần'],
  [0.9 / 7, 'vườn', '1 vườn mỗi tuần'],
  [0.6 / 7, 'vườn', '1 vườn mỗi tuần'],
  [0.5 / 7, 'vườn', '1 vườn trong 2 tuần'],
  [0.4 / 7, 'hộ', '1 hộ trong 2 tuần'],
  [0, 'm', ''],
  [Number.NaN, 'hộ', ''],
])('%p %s a day reads %p', (perDay, unit, expected) => {
  expect(paceText(perDay, unit)).toBe(expected);
});

test('a counted unit is anything that is not a measure', () => {
  expect(['hộ', 'vườn', 'công trình'].map(isCounted)).toEqual([true, true, true]);
  expect(['m', 'KM', 'm²', 'ha', ''].map(isCounted)).toEqual([false, false, false, false, false]);
});

test('a counted unit never reads as a fraction nor as "1 … trong 1 tuần", at any pace', () => {
  for (let perWeek = 0.05; perWeek < 30; perWeek *= 1.07) {
    for (const unit of ['hộ', 'vườn', 'cái', 'công trình']) {
      const text = paceText(perWeek / 7, unit);
      expect(text).not.toMatch(/\d,\d/);
      expect(text).not.toMatch(/trong 1 tuần/);
      expect(text).toMatch(/^\d+(\.\d{3})* \S+( \S+)?(\/ngày| mỗi tuần| trong \d+ tuần)$/);
    }
  }
});
