// The fingerprint of a marked row and how recorded marks follow their rows when a person sorts a tab or deletes rows above.
import type { CellValue } from '../../../src/core/types';
import { followRows, rowKey } from '../../../src/sheets/check/mark-rows';
import type { MarkEntry } from '../../../src/sheets/check/mark-step';

const t0 = new Date(Date.UTC(2023, 2, 20, 1));
const rows: CellValue[][] = [
  ['Dấu thời gian', 'Thôn', 'Số'],
  [t0, 'Thượng Bằng', '200'],
  [new Date(t0.getTime() + 3_600_000), 'Trung Bằng', 'ba'],
  [new Date(t0.getTime() + 7_200_000), 'Hạ Bằng', 5],
];

const entry = (
  row: number,
  col: number,
  key: string | undefined,
  note = `NTM: Lỗi: ô ${row}`,
): MarkEntry => ({
  tab: 'Form',
  row,
  col,
  before: { background: null, note: '' },
  painted: { background: '#f4cccc', note },
  key,
});

describe('rowKey', () => {
  it('is the same for the same values wherever the row is, and differs when a value changes', () => {
    expect(rowKey(rows[2])).toBe(rowKey([...rows[2]]));
    expect(rowKey(rows[2])).toMatch(/^[0-9a-z]{10}$/);
    expect(rowKey([rows[2][0], rows[2][1], '3'])).not.toBe(rowKey(rows[2]));
    expect(rowKey([rows[2][0], 'Trung Bằng ', 'ba'])).not.toBe(rowKey(rows[2]));
  });

  it('tells a number from the same text, and a date from its milliseconds as a number', () => {
    expect(rowKey(['x', 5])).not.toBe(rowKey(['x', '5']));
    expect(rowKey([t0])).not.toBe(rowKey([t0.getTime()]));
    expect(rowKey(['a', 'b'])).not.toBe(rowKey(['ab', '']));
  });

  it('ignores blank cells at the end, and a blank or missing row has none', () => {
    expect(rowKey(['a', 'b', '', ''])).toBe(rowKey(['a', 'b']));
    expect(rowKey(['', ''])).toBe('');
    expect(rowKey(undefined)).toBe('');
  });
});

describe('followRows', () => {
  const keyed = (row: number, col: number) => entry(row, col, rowKey(rows[row - 1]));

  it('leaves entries whose row still holds the values it was marked on', () => {
    const entries = [keyed(2, 3), keyed(3, 3)];
    expect(followRows(entries, rows)).toEqual(entries);
  });

  it('moves each entry to where its row went when the tab was sorted', () => {
    const entries = [keyed(2, 3), keyed(3, 3), keyed(4, 2)];
    const sorted = [rows[0], rows[3], rows[1], rows[2]];
    expect(followRows(entries, sorted).map((e) => [e.row, e.col, e.painted.note])).toEqual([
      [3, 3, 'NTM: Lỗi: ô 2'],
      [4, 3, 'NTM: Lỗi: ô 3'],
      [2, 2, 'NTM: Lỗi: ô 4'],
    ]);
  });

  it('moves entries up when a row above is deleted', () => {
    const entries = [keyed(3, 3), keyed(4, 3)];
    const after = [rows[0], rows[2], rows[3]];
    expect(followRows(entries, after).map((e) => e.row)).toEqual([2, 3]);
  });

  it('keeps in place a row a person edited (its values are found nowhere)', () => {
    const entries = [keyed(3, 3)];
    const edited = rows.map((r, i) => (i === 2 ? [r[0], r[1], '3'] : r));
    expect(followRows(entries, edited)).toEqual(entries);
  });

  it('keeps in place when the values are on two rows (which one is not known), or when there is no fingerprint', () => {
    const twice = [rows[0], rows[3], rows[2], rows[2]];
    expect(followRows([keyed(2, 3)], twice)[0].row).toBe(2);
    const old = [entry(2, 3, ''), entry(3, 3, undefined)];
    expect(followRows(old, [rows[0], rows[3], rows[2], rows[1]])).toEqual(old);
  });

  it('moves nothing when two entries would claim one cell', () => {
    // Row 2 was edited in place (stays), and the row marked at 4 is now at 2.
    const entries = [entry(2, 3, 'edited-away'), keyed(4, 3)];
    const now = [rows[0], rows[3], rows[2], ['x', 'y', 'z']];
    expect(followRows(entries, now)).toEqual(entries);
  });
});
