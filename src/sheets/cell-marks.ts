// Adapter for the marks on offending cells: per tab one getBackgrounds and getNotes, one setBackgrounds and setNotes over what changed.
import { OUTPUT_TABS } from '../core/contract';
import { fold } from '../core/text';
import type { CheckRow } from './check/check-rows';
import { changed, isNone, markOf, nextLook, type CellProblem, type CellLook, type Mark } from './check/marks';
import { active, type Sheet, type Spreadsheet } from './tab-io';

export interface MarkCounts {
  /** Cells marked by this run. */
  marked: number;
  /** Cells whose earlier mark was taken away. */
  cleared: number;
}

const OUTPUTS = new Set(OUTPUT_TABS.map((t) => fold(t)));

/** Tab name → "row:col" → the problems of that cell. */
function problemsByCell(rows: readonly CheckRow[]): Map<string, Map<string, CellProblem[]>> {
  const out = new Map<string, Map<string, CellProblem[]>>();
  for (const r of rows) {
    const { tab, row, col } = r.place;
    if (!row || !col) continue;
    const cells = out.get(tab) ?? new Map<string, CellProblem[]>();
    out.set(tab, cells);
    const at = `${row}:${col}`;
    cells.set(at, [...(cells.get(at) ?? []), { level: r.level, message: r.message, accepted: r.accepted }]);
  }
  return out;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function grow(box: Box | null, r: number, c: number): Box {
  if (!box) return { top: r, left: c, bottom: r, right: c };
  return {
    top: Math.min(box.top, r),
    left: Math.min(box.left, c),
    bottom: Math.max(box.bottom, r),
    right: Math.max(box.right, c),
  };
}

function slice<T>(grid: T[][], box: Box): T[][] {
  return grid.slice(box.top, box.bottom + 1).map((line) => line.slice(box.left, box.right + 1));
}

function markSheet(sheet: Sheet, wanted: Map<string, Mark>, counts: MarkCounts): void {
  let rows = sheet.getLastRow();
  let cols = sheet.getLastColumn();
  for (const at of wanted.keys()) {
    const [r, c] = at.split(':').map(Number);
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  }
  if (rows === 0 || cols === 0) return;
  const range = sheet.getRange(1, 1, rows, cols);
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  const nextBg: (string | null)[][] = backgrounds.map((line) => line.map((b) => (isNone(b) ? null : b)));
  const nextNotes = notes.map((line) => [...line]);
  let bgBox: Box | null = null;
  let noteBox: Box | null = null;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const mark = wanted.get(`${r + 1}:${c + 1}`);
      const look: CellLook = nextLook(backgrounds[r][c], notes[r][c], mark);
      const diff = changed(backgrounds[r][c], notes[r][c], look);
      if (diff.background) {
        nextBg[r][c] = look.background;
        bgBox = grow(bgBox, r, c);
      }
      if (diff.note) {
        nextNotes[r][c] = look.note;
        noteBox = grow(noteBox, r, c);
      }
      if (mark) counts.marked++;
      else if (diff.note || diff.background) counts.cleared++;
    }
  }
  const at = (b: Box) => sheet.getRange(b.top + 1, b.left + 1, b.bottom - b.top + 1, b.right - b.left + 1);
  if (bgBox) at(bgBox).setBackgrounds(slice(nextBg, bgBox));
  if (noteBox) at(noteBox).setNotes(slice(nextNotes, noteBox));
}

/**
 * Marks the cell of every problem (red for Lỗi, yellow for Cảnh báo, a note with the message) and
 * takes away the add-on's earlier marks where the problem is gone. Output tabs are never touched.
 * Formatting only: no value is written.
 */
export function markCells(rows: readonly CheckRow[], ss: Spreadsheet = active()): MarkCounts {
  const counts: MarkCounts = { marked: 0, cleared: 0 };
  const byTab = problemsByCell(rows);
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (OUTPUTS.has(fold(name))) continue;
    const cells = byTab.get(name) ?? new Map<string, CellProblem[]>();
    const wanted = new Map<string, Mark>([...cells].map(([at, ps]) => [at, markOf(ps)]));
    markSheet(sheet, wanted, counts);
  }
  return counts;
}
