// Pure pieces of the example removal: "still as seeded" for each kind of value, and deleting runs bottom-up.
import { seedTargetsTable } from '../../../src/core/contract';
import { dayFromYmd, instantOf } from '../../../src/core/zone';
import { judgeExampleRows, sameAsSeed } from '../../../src/sheets/setup/example-rows';
import { runsFromEnd } from '../../../src/sheets/setup/remove-examples';

const day = dayFromYmd(2023, 5, 15);

describe('sameAsSeed', () => {
  it('a date is the same day in the workbook zone, or the same text; another day is a change', () => {
    const zone = 'Asia/Ho_Chi_Minh';
    expect(sameAsSeed(new Date(instantOf(day, 0, zone)), '', { day }, zone)).toBe(true);
    expect(sameAsSeed(new Date(instantOf(day, 23 * 60, zone)), '', { day }, zone)).toBe(true);
    expect(sameAsSeed('15/05/2023', '15/05/2023', { day }, zone)).toBe(true);
    expect(sameAsSeed(new Date(instantOf(day + 1, 0, zone)), '', { day }, zone)).toBe(false);
    expect(sameAsSeed(new Date(instantOf(day, 0, 'America/New_York')), '', { day }, 'America/New_York')).toBe(true);
  });

  it('numbers by value or as shown the vi-VN way; text trimmed; a blank only by a blank', () => {
    expect(sameAsSeed(700, '700', 700, 'UTC')).toBe(true);
    expect(sameAsSeed('0,15', '0,15', 0.15, 'UTC')).toBe(true);
    expect(sameAsSeed(701, '701', 700, 'UTC')).toBe(false);
    expect(sameAsSeed(' km ', 'km', 'km', 'UTC')).toBe(true);
    expect(sameAsSeed('m', 'm', 'km', 'UTC')).toBe(false);
    expect(sameAsSeed('', '', '', 'UTC')).toBe(true);
    expect(sameAsSeed(0, '0', '', 'UTC')).toBe(false);
  });
});

describe('judgeExampleRows', () => {
  it('matches a row to the seed by its code, whatever the column order, and names the changed columns', () => {
    const seed = seedTargetsTable();
    const header = [...seed.header].reverse();
    const row = [...seed.rows.find((r) => r[0] === 'NHA_VS')!].reverse().map((v) => (typeof v === 'object' ? '' : v));
    const changed = [...row];
    changed[header.indexOf('ĐVT')] = 'chiếc';
    const tab = { name: 'Chỉ tiêu', values: [header, row, changed], displays: [header, row.map(String), changed.map(String)] };
    expect(judgeExampleRows(tab, seed, 'UTC')).toEqual([
      { row: 2, key: 'NHA_VS', remove: true },
      { row: 3, key: 'NHA_VS', remove: false, reason: 'đã sửa ĐVT' },
    ]);
  });
});

describe('runsFromEnd', () => {
  it('groups adjacent rows, last run first', () => {
    expect(runsFromEnd([2, 3, 4, 7, 9, 10])).toEqual([{ start: 9, count: 2 }, { start: 7, count: 1 }, { start: 2, count: 3 }]);
    expect(runsFromEnd([])).toEqual([]);
    expect(runsFromEnd([5, 4, 4])).toEqual([{ start: 4, count: 2 }]);
  });
});
