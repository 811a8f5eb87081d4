// Which weeks a reminders run looks at, and which villages a week concerns.
import { activeVillages, reminderWeeks } from '../../../src/core/reminders/reminder-scope';
import { d, indicator, model, settings } from '../rollup/fixtures';

describe('reminderWeeks', () => {
  const s = settings(); // campaign 15/03/2023–31/12/2023, Thứ 5 14:30: week 1 ends Thu 16/03, the last Thu 04/01/2024
  it('is the current and the previous week inside the campaign', () => {
    expect(reminderWeeks(s, d(30, 3))).toEqual([d(23, 3), d(30, 3)]);
  });
  it('drops the week before the campaign and the week after it', () => {
    expect(reminderWeeks(s, d(16, 3))).toEqual([d(16, 3)]);
    expect(reminderWeeks(s, d(11, 1, 2024))).toEqual([d(4, 1, 2024)]);
    expect(reminderWeeks(s, d(18, 1, 2024))).toEqual([]);
    expect(reminderWeeks(s, d(9, 3))).toEqual([]);
  });
});

describe('activeVillages', () => {
  const m = model(
    ['A', 'B', 'C'],
    [
      indicator('VUON_CT', 'Cộng dồn', { A: 5, B: 0 }, { start: d(15, 3), due: d(15, 5) }),
      indicator('CUNG_HOA', 'Cộng dồn', { C: 0.1 }, { start: d(1, 6), due: d(31, 12) }),
    ],
  );
  it('keeps villages with a target > 0 whose span shares a day with the week (days W−6 … W)', () => {
    expect(activeVillages(m, m.villages, d(30, 3)).map((v) => v.name)).toEqual(['A']);
    // week to Thu 18/05 holds 12/05–18/05: VUON_CT (to 15/05) still counts
    expect(activeVillages(m, m.villages, d(18, 5)).map((v) => v.name)).toEqual(['A']);
    // week to Thu 25/05: nothing active; week to Thu 01/06 starts CUNG_HOA on its last day
    expect(activeVillages(m, m.villages, d(25, 5))).toEqual([]);
    expect(activeVillages(m, m.villages, d(1, 6)).map((v) => v.name)).toEqual(['C']);
  });
});
