// Pairing of custom-function arguments: shapes, single values with ranges, 1×1 ranges, refused shapes, positions.
import { cellAt, commonShape, gridOf, positionText, shapeText } from '../../../src/core/functions';

describe('gridOf', () => {
  it('takes a non-array as a single value and a 2-D array as a range of its shape', () => {
    expect(gridOf(5, 'a')).toEqual({ cells: null, shape: { rows: 1, cols: 1 }, value: 5 });
    const g = gridOf(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      'a',
    );
    expect(g.shape).toEqual({ rows: 2, cols: 3 });
    expect(cellAt(g, 1, 2)).toBe(6);
  });

  it('takes a flat array as one row', () => {
    expect(gridOf([1, 2], 'a').shape).toEqual({ rows: 1, cols: 2 });
  });

  it('refuses an empty or ragged range, naming the argument', () => {
    expect(() => gridOf([], 'target (chỉ tiêu)')).toThrow('vùng ô của target (chỉ tiêu) rỗng');
    expect(() => gridOf([[1, 2], [3]], 'x')).toThrow('các dòng dài ngắn khác nhau');
  });
});

describe('commonShape', () => {
  const names = ['a', 'b', 'c'];
  it('is null when every argument is a single value', () => {
    expect(commonShape([gridOf(1, 'a'), gridOf('x', 'b')], names)).toBeNull();
  });

  it('is the shape of the ranges; single values and 1×1 ranges pair with every element', () => {
    const shape = commonShape([gridOf([[1], [2], [3]], 'a'), gridOf(7, 'b'), gridOf([[9]], 'c')], names);
    expect(shape).toEqual({ rows: 3, cols: 1 });
    const one = gridOf([[9]], 'c');
    expect([cellAt(one, 0, 0), cellAt(one, 2, 0)]).toEqual([9, 9]);
  });

  it('is 1×1 when the only ranges are 1×1', () => {
    expect(commonShape([gridOf([[1]], 'a'), gridOf(2, 'b')], names)).toEqual({ rows: 1, cols: 1 });
  });

  it('refuses ranges of different shapes, listing each with its size', () => {
    const run = () => commonShape([gridOf([[1], [2], [3]], 'a'), gridOf([[1, 2, 3]], 'b')], names);
    expect(run).toThrow('các vùng ô không cùng kích thước (a: 3 dòng × 1 cột, b: 1 dòng × 3 cột)');
    expect(run).toThrow('hãy chọn các vùng có cùng số dòng và số cột');
  });
});

describe('positions', () => {
  it('count cells row by row from 1 inside the range', () => {
    const shape = { rows: 4, cols: 3 };
    expect(positionText(0, 0, shape)).toBe('ô thứ 1 (dòng 1, cột 1)');
    expect(positionText(1, 0, shape)).toBe('ô thứ 4 (dòng 2, cột 1)');
    expect(positionText(3, 2, shape)).toBe('ô thứ 12 (dòng 4, cột 3)');
    expect(shapeText(shape)).toBe('4 dòng × 3 cột');
  });
});
