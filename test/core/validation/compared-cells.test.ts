// Tests of the cells duplicates and resubmissions compare: the same set in any column order is the same, anything else differs.
import { comparedReadings, sameCells, type CellToCompare } from '../../../src/core/validation/compared-cells';
import type { ReportCell } from '../../../src/core/types';

function cell(code: string, value: number | null, text = String(value)): CellToCompare {
  const c: ReportCell = { code, column: `[${code}]`, col: 5, value: text, display: '' };
  return { indicator: { code }, value, cell: c };
}

function same(a: CellToCompare[], b: CellToCompare[]): boolean {
  return sameCells(comparedReadings(a)!, comparedReadings(b)!);
}

describe('compared cells', () => {
  it('a row with no cell has none', () => expect(comparedReadings([])).toBeNull());

  it('the same cells in another column order are the same', () => {
    expect(
      same(
        [cell('B', 1), cell('A', 2), cell('C', null, 'xong')],
        [cell('C', null, 'Xong'), cell('A', 2), cell('B', 1)],
      ),
    ).toBe(true);
  });

  it('numbers are compared to 9 decimals, texts folded', () => {
    expect(same([cell('A', 0.1 + 0.2)], [cell('A', 0.3)])).toBe(true);
    expect(same([cell('A', null, 'Đã  xong')], [cell('A', null, 'da xong')])).toBe(true);
    expect(same([cell('A', 0.3)], [cell('A', 0.31)])).toBe(false);
  });

  it('a different code, count, or a number against a text differs', () => {
    expect(same([cell('A', 1)], [cell('B', 1)])).toBe(false);
    expect(same([cell('A', 1)], [cell('A', 1), cell('B', 1)])).toBe(false);
    expect(same([cell('A', 1)], [cell('A', null, '1')])).toBe(false);
  });

  it('two cells of one code match in either order', () => {
    expect(
      same(
        [cell('A', 1), cell('A', null, 'x'), cell('A', 3)],
        [cell('A', 3), cell('A', null, 'x'), cell('A', 1)],
      ),
    ).toBe(true);
    expect(same([cell('A', 1), cell('A', 3)], [cell('A', 3), cell('A', 2)])).toBe(false);
  });
});
