// Pure pieces of the example removal: "still as seeded" for each kind of value, and deleting runs bottom-up.
import {
  seedPlan,
  seedTargetsTable,
  seedValueText,
  seedVillagesTable,
  type SeedTable,
} from '../../../src/core/contract';
import type { TabData } from '../../../src/core/types';
import { dayFromYmd, instantOf, addDays } from '../../../src/core/zone';
import { exampleRowsLeft, judgeExampleRows, sameAsSeed } from '../../../src/sheets/setup/example-rows';
import { runsFromEnd } from '../../../src/sheets/setup/remove-examples';

const day = dayFromYmd(2023, 5, 15);

describe('sameAsSeed', () => {
  it('a date is the same day in the workbook zone, or the same text; another day is a change', () => {
    const zone = 'Asia/Ho_Chi_Minh';
    expect(sameAsSeed(new Date(instantOf(day, 0, zone)), '', { day }, zone)).toBe(true);
    expect(sameAsSeed(new Date(instantOf(day, 23 * 60, zone)), '', { day }, zone)).toBe(true);
    expect(sameAsSeed('15/05/2023', '15/05/2023', { day }, zone)).toBe(true);
    expect(sameAsSeed(new Date(instantOf(addDays(day, 1), 0, zone)), '', { day }, zone)).toBe(false);
    expect(sameAsSeed(new Date(instantOf(day, 0, 'America/New_York')), '', { day }, 'America/New_York')).toBe(
      true,
    );
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
    const row = [...seed.rows.find((r) => r[0] === 'NHA_VS')!]
      .reverse()
      .map((v) => (typeof v === 'object' ? '' : v));
    const changed = [...row];
    changed[header.indexOf('ĐVT')] = 'chiếc';
    const tab = {
      name: 'Chỉ tiêu',
      values: [header, row, changed],
      displays: [header, row.map(String), changed.map(String)],
    };
    expect(judgeExampleRows(tab, seed, 'UTC')).toEqual([
      { row: 2, key: 'NHA_VS', remove: true },
      { row: 3, key: 'NHA_VS', remove: false, reason: 'đã sửa ĐVT' },
    ]);
  });
});

describe('runsFromEnd', () => {
  it('groups adjacent rows, last run first', () => {
    expect(runsFromEnd([2, 3, 4, 7, 9, 10])).toEqual([
      { start: 9, count: 2 },
      { start: 7, count: 1 },
      { start: 2, count: 3 },
    ]);
    expect(runsFromEnd([])).toEqual([]);
    expect(runsFromEnd([5, 4, 4])).toEqual([{ start: 4, count: 2 }]);
  });
});

describe('exampleRowsLeft', () => {
  /** A seed table as a tab would read it: dates as the text typed, every cell shown as the seed writes it. */
  const asTab = (t: SeedTable): TabData => ({
    name: t.tab,
    values: [
      [...t.header],
      ...t.rows.map((r) => r.map((v) => (typeof v === 'object' ? seedValueText(v) : v))),
    ],
    displays: [[...t.header], ...t.rows.map((r) => r.map((v) => seedValueText(v)))],
  });

  it('counts what Xóa dữ liệu mẫu would remove: every seeded row, fewer once one is changed, none without the tabs', () => {
    const plan = seedPlan();
    const villages = asTab(seedVillagesTable(plan));
    const targets = asTab(seedTargetsTable(plan));
    expect(exampleRowsLeft([villages, targets], 'UTC')).toEqual({
      villages: plan.villages.length,
      targets: targets.values.length - 1,
    });
    const hangRao = targets.values.findIndex((r) => r[0] === 'HANG_RAO');
    targets.values[hangRao][6] = 800;
    targets.displays[hangRao][6] = '800';
    // The changed row stays, and with it every village it still gives a target to.
    expect(exampleRowsLeft([villages, targets], 'UTC')).toEqual({
      villages: 0,
      targets: targets.values.length - 2,
    });
    expect(exampleRowsLeft([villages], 'UTC')).toEqual({ villages: 0, targets: 0 });
  });
});
