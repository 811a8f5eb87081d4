// The cells whose mark changes, pure: grouped into blocks of nearby rows, each read and written with one call of each kind.
import type { MarkEntry } from './mark-step';
import type { Mark } from './marks';

/** Cells to change this close together (in rows) are read and written as one block. */
export const ROW_GAP = 20;
/** At most this many blocks per tab and run. */
export const MAX_BLOCKS = 8;

/** A cell to repaint: its new mark (none: the mark goes) and its record entry (none: a new mark). */
export interface Work {
  row: number;
  col: number;
  mark?: Mark;
  entry?: MarkEntry;
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  cells: Work[];
}

/**
 * The cells to change, in blocks of nearby rows: a gap of more than ROW_GAP rows starts a new block,
 * but only at the MAX_BLOCKS - 1 widest gaps, so a run makes a bounded number of calls however many
 * cells change (a first run on a tab full of problems reads more cells rather than more blocks).
 */
export function boxesOf(work: Work[]): Box[] {
  const cells = [...work].sort((a, b) => a.row - b.row || a.col - b.col);
  const gaps: number[] = [];
  for (let i = 1; i < cells.length; i++) if (cells[i].row - cells[i - 1].row > ROW_GAP) gaps.push(i);
  gaps.sort((a, b) => cells[b].row - cells[b - 1].row - (cells[a].row - cells[a - 1].row) || a - b);
  const splits = new Set(gaps.slice(0, MAX_BLOCKS - 1));
  const boxes: Box[] = [];
  cells.forEach((w, i) => {
    const last = boxes[boxes.length - 1];
    if (last && !splits.has(i)) {
      last.bottom = w.row;
      last.left = Math.min(last.left, w.col);
      last.right = Math.max(last.right, w.col);
      last.cells.push(w);
    } else boxes.push({ top: w.row, bottom: w.row, left: w.col, right: w.col, cells: [w] });
  });
  return boxes;
}
