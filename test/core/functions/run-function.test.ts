// The runner of a custom function: results per element, blanks, defaults, one error naming function, argument and cell.
import { defineFunction, ElementProblem, runFunction, type FunctionDef } from '../../../src/core/functions';
import type { CellValue, Parsed } from '../../../src/core/types';
import { errorOf } from './error-of';

const ctx = { timeZone: 'Asia/Ho_Chi_Minh' };

/** A two-argument function over plain numbers that counts how often each argument is read. */
function adder(): { def: FunctionDef; reads: number[] } {
  const reads = [0, 0, 0];
  const num =
    (i: number) =>
    (v: CellValue): Parsed<number> => {
      reads[i]++;
      return typeof v === 'number'
        ? { ok: true, value: v }
        : { ok: false, message: `"${String(v)}" không phải số` };
    };
  const def = defineFunction({
    name: 'ADD',
    params: [
      { name: 'a', label: 'số thứ nhất', read: num(0) },
      { name: 'b', label: 'số thứ hai', read: num(1) },
      { name: 'c', label: 'số thêm', optional: true, read: num(2) },
    ],
    compute: ([a, b, c]) => {
      if (b === 13) throw new ElementProblem('13 không dùng được', 1);
      if (a === 7) throw new Error('7 không dùng được');
      // @ts-expect-error -- the optional `c` is undefined when blank, so the compiler refuses it as a number
      const asNumber: number = c;
      void asNumber;
      return a + b + (c ?? 100);
    },
  });
  return { def, reads };
}

describe('runFunction', () => {
  it('gives a single value for single values, the optional argument defaulting when omitted or blank', () => {
    const { def } = adder();
    expect(runFunction(def, [1, 2], ctx)).toBe(103);
    expect(runFunction(def, [1, 2, ''], ctx)).toBe(103);
    expect(runFunction(def, [1, 2, 3], ctx)).toBe(6);
  });

  it('pairs a range with single values element by element and reads each single value once', () => {
    const { def, reads } = adder();
    expect(
      runFunction(
        def,
        [
          [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          10,
          [[0]],
        ],
        ctx,
      ),
    ).toEqual([
      [11, 12],
      [13, 14],
      [15, 16],
    ]);
    expect(reads).toEqual([6, 1, 1]);
  });

  it('pairs two ranges of one shape cell by cell', () => {
    const { def } = adder();
    expect(
      runFunction(
        def,
        [
          [[1], [2]],
          [[10], [20]],
        ],
        ctx,
      ),
    ).toEqual([[111], [122]]);
  });

  it('keeps a blank required element blank, in the output shape', () => {
    const { def } = adder();
    expect(
      runFunction(
        def,
        [
          [
            [1, ''],
            ['  ', null as unknown as CellValue],
          ],
          1,
        ],
        ctx,
      ),
    ).toEqual([
      [102, ''],
      ['', ''],
    ]);
    expect(runFunction(def, ['', 1], ctx)).toBe('');
  });

  it('throws for a bad element even when another argument of that element is blank', () => {
    const { def } = adder();
    expect(
      errorOf(() =>
        runFunction(
          def,
          [
            [[''], ['x']],
            [[''], ['']],
          ],
          ctx,
        ),
      ),
    ).toBe('ADD: a (số thứ nhất), ô thứ 2 (dòng 2, cột 1): "x" không phải số');
  });

  it('names the argument but no cell when a single value is bad', () => {
    const { def } = adder();
    expect(errorOf(() => runFunction(def, [[[1], [2]], 'y'], ctx))).toBe(
      'ADD: b (số thứ hai): "y" không phải số',
    );
  });

  it('pins a computing problem on its argument and cell, or on the cell alone', () => {
    const { def } = adder();
    expect(errorOf(() => runFunction(def, [[[1, 2, 3]], [[1, 13, 1]]], ctx))).toBe(
      'ADD: b (số thứ hai), ô thứ 2 (dòng 1, cột 2): 13 không dùng được',
    );
    expect(errorOf(() => runFunction(def, [[[1], [7]], 1], ctx))).toBe(
      'ADD: ô thứ 2 (dòng 2, cột 1): 7 không dùng được',
    );
    expect(errorOf(() => runFunction(def, [7, 1], ctx))).toBe('ADD: 7 không dùng được');
  });

  it('refuses a missing required argument and too many arguments, showing how to write the formula', () => {
    const { def } = adder();
    expect(errorOf(() => runFunction(def, [1], ctx))).toBe(
      'ADD: thiếu đối số b (số thứ hai); hãy viết =ADD(a; b; c)',
    );
    expect(errorOf(() => runFunction(def, [1, 2, 3, 4], ctx))).toBe(
      'ADD: nhận tối đa 3 đối số (a, b, c), đang có 4',
    );
  });

  it('refuses ranges of different shapes with the function name in front', () => {
    const { def } = adder();
    expect(errorOf(() => runFunction(def, [[[1], [2]], [[1, 2]]], ctx))).toMatch(
      /^ADD: các vùng ô không cùng kích thước \(a \(số thứ nhất\): 2 dòng × 1 cột, b \(số thứ hai\): 1 dòng × 2 cột\)/,
    );
  });
});
