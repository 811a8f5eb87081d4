// Tests of matching answers-tab rows to responses by timestamp for the Link sửa column.
import { editLinkColumn, firstRowWithoutLink } from '../../../src/core/forms';

const T = Date.UTC(2023, 2, 16, 1, 0, 0);

test('each row gets the edit link of the response sent in the same second', () => {
  const rows = [T + 400, T + 61_000, null];
  const responses = [
    { at: T + 61_250, editUrl: 'u2' },
    { at: T + 123, editUrl: 'u1' },
  ];
  expect(editLinkColumn(rows, ['', '', ''], responses)).toEqual(['u1', 'u2', '']);
});

test("two responses in one second go to that second's rows in order; a link already there is kept and not given twice", () => {
  const responses = [
    { at: T + 100, editUrl: 'a' },
    { at: T + 900, editUrl: 'b' },
    { at: T + 5_000, editUrl: 'c' },
  ];
  expect(editLinkColumn([T, T + 10, T + 5_000], ['', '', ''], responses)).toEqual(['a', 'b', 'c']);
  expect(editLinkColumn([T, T + 10, T + 5_000], ['a', '', 'người gõ'], responses)).toEqual([
    'a',
    'b',
    'người gõ',
  ]);
});

test('nothing to change gives null (no write)', () => {
  expect(editLinkColumn([T], ['a'], [{ at: T, editUrl: 'a' }])).toBeNull();
  expect(editLinkColumn([T], [''], [{ at: T + 2_000, editUrl: 'x' }])).toBeNull();
  expect(editLinkColumn([], [], [])).toBeNull();
});

test('responses need only be read from the first row without a link', () => {
  expect(firstRowWithoutLink([T + 5, T, T + 9, null], ['x', '', '', ''])).toBe(T);
  expect(firstRowWithoutLink([T, null], ['x', ''])).toBeNull();
});
