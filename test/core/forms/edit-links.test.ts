// Tests of matching answers-tab rows to responses by timestamp for the Link sửa column.
import { addMs, asInstant } from '../../../src/core/zone';
import { editLinkColumn, firstRowWithoutLink } from '../../../src/core/forms';

const T = asInstant(Date.UTC(2023, 2, 16, 1, 0, 0));
const after = (ms: number) => addMs(T, ms);

test('each row gets the edit link of the response sent in the same second', () => {
  const rows = [after(400), after(61_000), null];
  const responses = [
    { at: after(61_250), editUrl: 'u2' },
    { at: after(123), editUrl: 'u1' },
  ];
  expect(editLinkColumn(rows, ['', '', ''], responses)).toEqual(['u1', 'u2', '']);
});

test("two responses in one second go to that second's rows in order; a link already there is kept and not given twice", () => {
  const responses = [
    { at: after(100), editUrl: 'a' },
    { at: after(900), editUrl: 'b' },
    { at: after(5_000), editUrl: 'c' },
  ];
  expect(editLinkColumn([T, after(10), after(5_000)], ['', '', ''], responses)).toEqual(['a', 'b', 'c']);
  expect(editLinkColumn([T, after(10), after(5_000)], ['a', '', 'người gõ'], responses)).toEqual([
    'a',
    'b',
    'người gõ',
  ]);
});

test('nothing to change gives null (no write)', () => {
  expect(editLinkColumn([T], ['a'], [{ at: T, editUrl: 'a' }])).toBeNull();
  expect(editLinkColumn([T], [''], [{ at: after(2_000), editUrl: 'x' }])).toBeNull();
  expect(editLinkColumn([], [], [])).toBeNull();
});

test('responses need only be read from the first row without a link', () => {
  expect(firstRowWithoutLink([after(5), T, after(9), null], ['x', '', '', ''])).toBe(T);
  expect(firstRowWithoutLink([T, null], ['x', ''])).toBeNull();
});
