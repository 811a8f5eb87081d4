// `Lịch sử` in one table: a week's block replaced in place, a new week in week order, other rows untouched.
import { HISTORY_HEADERS } from '../../../src/core/rollup/history';
import {
  firstDifferentRow,
  historyLayout,
  placeRow,
  replaceWeekBlock,
  weekOfCell,
} from '../../../src/core/rollup/history-block';
import type { CellValue } from '../../../src/core/types';
import { instantOf } from '../../../src/core/zone';
import { TZ, d } from './fixtures';

const date = (day: number, month: number) => new Date(instantOf(d(day, month), 0, TZ));
const rowOf = (week: CellValue, village: string, value: number): CellValue[] => [week, village, value];
const opts = { timeZone: TZ };

describe('weekOfCell', () => {
  it('reads a date cell in the zone, and day-first text with a year', () => {
    expect(weekOfCell(date(30, 3), TZ)).toBe(d(30, 3));
    expect(weekOfCell('30/03/2023', TZ)).toBe(d(30, 3));
    expect(weekOfCell('2023-03-30', TZ)).toBe(d(30, 3));
  });
  it('names no week for a blank, a note, a number or a date without its year', () => {
    for (const v of ['', '  ', 'ghi chú', 45015, true, '30/03']) expect(weekOfCell(v, TZ)).toBeNull();
  });
  it('reads a date at midnight in Asia/Ho_Chi_Minh as that day, whatever the machine zone', () => {
    expect(weekOfCell(new Date(Date.UTC(2023, 2, 29, 17, 0)), TZ)).toBe(d(30, 3));
  });
});

describe('replaceWeekBlock', () => {
  const table = [
    rowOf(date(16, 3), 'A', 1),
    rowOf(date(16, 3), 'B', 2),
    rowOf(date(23, 3), 'A', 3),
    rowOf(date(30, 3), 'A', 4),
  ];

  it('replaces the week in place, whatever its new length', () => {
    const out = replaceWeekBlock(
      table,
      d(23, 3),
      [rowOf(date(23, 3), 'A', 30), rowOf(date(23, 3), 'B', 31)],
      opts,
    );
    expect(out.map((r) => r[2])).toEqual([1, 2, 30, 31, 4]);
    const shorter = replaceWeekBlock(table, d(16, 3), [rowOf(date(16, 3), 'A', 10)], opts);
    expect(shorter.map((r) => r[2])).toEqual([10, 3, 4]);
  });

  it('puts a new week before the first later week, or at the end', () => {
    expect(replaceWeekBlock(table, d(20, 3), [rowOf(date(20, 3), 'A', 9)], opts).map((r) => r[2])).toEqual([
      1, 2, 9, 3, 4,
    ]);
    expect(replaceWeekBlock(table, d(6, 4), [rowOf(date(6, 4), 'A', 9)], opts).map((r) => r[2])).toEqual([
      1, 2, 3, 4, 9,
    ]);
    expect(replaceWeekBlock([], d(6, 4), [rowOf(date(6, 4), 'A', 9)], opts)).toEqual([
      rowOf(date(6, 4), 'A', 9),
    ]);
  });

  it('is idempotent: replacing a week by the same rows gives the same table', () => {
    const block = [rowOf(date(23, 3), 'A', 3)];
    const once = replaceWeekBlock(table, d(23, 3), block, opts);
    expect(replaceWeekBlock(once, d(23, 3), block, opts)).toEqual(once);
    expect(once).toEqual(table);
  });

  it('matches a week written as text too, and keeps rows naming no week where they are', () => {
    const mixed = [rowOf('16/03/2023', 'A', 1), ['ghi chú của cán bộ', '', ''], rowOf(date(30, 3), 'A', 4)];
    const out = replaceWeekBlock(mixed, d(16, 3), [rowOf(date(16, 3), 'A', 10)], opts);
    expect(out).toEqual([
      rowOf(date(16, 3), 'A', 10),
      ['ghi chú của cán bộ', '', ''],
      rowOf(date(30, 3), 'A', 4),
    ]);
  });

  it('reads the week from another column when told', () => {
    const moved = table.map((r) => [r[1], r[2], r[0]]);
    const out = replaceWeekBlock(moved, d(30, 3), [['A', 40, date(30, 3)]], { timeZone: TZ, weekColumn: 2 });
    expect(out.map((r) => r[1])).toEqual([1, 2, 3, 40]);
  });

  it('does not change the rows it was given', () => {
    const copy = table.map((r) => [...r]);
    replaceWeekBlock(table, d(23, 3), [], opts);
    expect(table).toEqual(copy);
  });
});

describe('historyLayout and placeRow', () => {
  it('uses the contract header on an empty tab', () => {
    const l = historyLayout([]);
    expect(l.header).toEqual([...HISTORY_HEADERS]);
    expect(l.columns).toEqual(HISTORY_HEADERS.map((_, i) => i));
  });

  it('finds titles forgivingly, keeps extra columns and appends missing titles', () => {
    const l = historyLayout(['Ghi chú', 'tuan', 'THON', ...HISTORY_HEADERS.slice(2, -1), '', '']);
    expect(l.header.slice(0, 3)).toEqual(['Ghi chú', 'tuan', 'THON']);
    expect(l.header[l.header.length - 1]).toBe('Trạng thái');
    expect(l.columns[0]).toBe(1);
    expect(l.columns[1]).toBe(2);
    expect(l.columns[HISTORY_HEADERS.length - 1]).toBe(l.header.length - 1);
    const row = placeRow(
      HISTORY_HEADERS.map((_, i) => i),
      l.columns,
      l.header.length,
    );
    expect(row[0]).toBe('');
    expect(row[1]).toBe(0);
    expect(row[l.header.length - 1]).toBe(HISTORY_HEADERS.length - 1);
  });
});

describe('firstDifferentRow', () => {
  it('finds the first changed row, comparing dates by instant and ignoring trailing blanks', () => {
    const a = [rowOf(date(16, 3), 'A', 1), rowOf(date(23, 3), 'A', 2)];
    expect(
      firstDifferentRow(
        a,
        a.map((r) => [...r.map((c) => (c instanceof Date ? new Date(c.getTime()) : c)), '']),
      ),
    ).toBe(2);
    expect(firstDifferentRow(a, [a[0], rowOf(date(23, 3), 'A', 2.5)])).toBe(1);
    expect(firstDifferentRow(a, [rowOf(date(17, 3), 'A', 1)])).toBe(0);
    expect(firstDifferentRow(a, [a[0]])).toBe(1);
  });
});
