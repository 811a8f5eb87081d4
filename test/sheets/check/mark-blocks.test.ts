// Blocks of cells to repaint, pure: nearby rows share a block, a wide gap starts one, never more than MAX_BLOCKS per tab.
import { MAX_BLOCKS, ROW_GAP, boxesOf } from '../../../src/sheets/check/mark-blocks';

const cells = (rows: number[], col = 2) => rows.map((row) => ({ row, col }));
const spans = (rows: number[]) => boxesOf(cells(rows)).map((b) => [b.top, b.bottom]);

describe('boxesOf', () => {
  it('nearby rows make one block spanning their columns', () => {
    const boxes = boxesOf([...cells([5, 9], 3), ...cells([7], 8)]);
    expect(boxes.map((b) => [b.top, b.bottom, b.left, b.right, b.cells.length])).toEqual([[5, 9, 3, 8, 3]]);
  });

  it(`a gap of more than ${ROW_GAP} rows starts a new block`, () => {
    expect(spans([3, 3 + ROW_GAP, 4 + 2 * ROW_GAP + 1])).toEqual([
      [3, 3 + ROW_GAP],
      [4 + 2 * ROW_GAP + 1, 4 + 2 * ROW_GAP + 1],
    ]);
  });

  it(`at most ${MAX_BLOCKS} blocks: only the widest gaps split`, () => {
    const rows = Array.from({ length: 50 }, (_, i) => 2 + i * 100 + (i === 10 ? 5_000 : 0));
    const boxes = spans(rows.sort((a, b) => a - b));
    expect(boxes).toHaveLength(MAX_BLOCKS);
    expect(boxes.flatMap(([top, bottom]) => [top, bottom])).toEqual(
      [...boxes.flatMap(([top, bottom]) => [top, bottom])].sort((a, b) => a - b),
    );
    expect(boxes.some(([, bottom]) => bottom === rows[9])).toBe(true); // the 5.000-row gap is a split
  });

  it('no cells, no block', () => {
    expect(boxesOf([])).toEqual([]);
  });
});
