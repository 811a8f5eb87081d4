// Adapter for the marks on offending cells: repainted from the record of the cells the add-on marked, reading and writing only the cells that change.
import { OUTPUT_TABS } from '../core/contract';
import { fold } from '../core/text';
import type { TabData } from '../core/types';
import type { CheckRow } from './check/check-rows';
import { boxesOf, type Box, type Work } from './check/mark-blocks';
import { MARKS_TAB, parseRecord, recordRows, sameRecord } from './check/mark-record';
import { followRows, rowKey } from './check/mark-rows';
import { adoptedEntry, colorOf, ownLook, paint, repaintsSame, sameLook } from './check/mark-step';
import type { Look, MarkEntry } from './check/mark-step';
import { markOf, type CellProblem, type Mark } from './check/marks';
import { insertTab } from './new-tab';
import { ROW_BLOCK } from './row-block';
import { active, findSheet, writeBlock, type Sheet, type Spreadsheet } from './tab-io';

export interface MarkCounts {
  /** Cells marked by this run. */
  marked: number;
  /** Cells whose earlier mark was taken away. */
  cleared: number;
}

/** Tabs never marked: the outputs, and the record itself. */
const SKIPPED = new Set([...OUTPUT_TABS, MARKS_TAB].map((t) => fold(t)));

interface Wanted {
  row: number;
  col: number;
  mark: Mark;
}

/** Tab name → "row:col" → the mark that cell should show. */
function wantedByTab(rows: readonly CheckRow[]): Map<string, Map<string, Wanted>> {
  const problems = new Map<string, Map<string, { row: number; col: number; list: CellProblem[] }>>();
  for (const r of rows) {
    const { tab, row, col } = r.place;
    if (!row || !col) continue;
    const cells = problems.get(tab) ?? new Map<string, { row: number; col: number; list: CellProblem[] }>();
    problems.set(tab, cells);
    const at = `${row}:${col}`;
    const cell = cells.get(at) ?? { row, col, list: [] };
    cell.list.push({ level: r.level, message: r.message, accepted: r.accepted });
    cells.set(at, cell);
  }
  const out = new Map<string, Map<string, Wanted>>();
  for (const [tab, cells] of problems) {
    const marks = new Map<string, Wanted>();
    for (const [at, c] of cells) marks.set(at, { row: c.row, col: c.col, mark: markOf(c.list) });
    out.set(tab, marks);
  }
  return out;
}

/** Reads a block's backgrounds and notes, repaints its cells, writes back the smallest block holding each kind of change. */
function applyBox(sheet: Sheet, name: string, box: Box, kept: MarkEntry[], counts: MarkCounts): void {
  const range = sheet.getRange(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
  const backgrounds: (string | null)[][] = range.getBackgrounds().map((line) => line.map(colorOf));
  const notes = range.getNotes();
  const bgChanged: [number, number][] = [];
  const noteChanged: [number, number][] = [];
  for (const w of box.cells) {
    const [r, c] = [w.row - box.top, w.col - box.left];
    const now: Look = { background: backgrounds[r][c], note: notes[r][c] };
    const own = w.entry ? ownLook(now, w.entry) : now;
    let next = own;
    if (w.mark) {
      const p = paint(own, w.mark);
      next = p.look;
      kept.push({ tab: name, row: w.row, col: w.col, before: own, painted: p.painted });
    } else counts.cleared++;
    if (sameLook(next, now)) continue;
    if (next.background !== now.background) bgChanged.push([r, c]);
    if (next.note !== now.note) noteChanged.push([r, c]);
    backgrounds[r][c] = next.background;
    notes[r][c] = next.note;
  }
  writeSpan(sheet, box, bgChanged, backgrounds, (at, grid) => at.setBackgrounds(grid));
  writeSpan(sheet, box, noteChanged, notes, (at, grid) => at.setNotes(grid as string[][]));
}

function writeSpan<T>(
  sheet: Sheet,
  box: Box,
  changed: [number, number][],
  grid: T[][],
  write: (range: GoogleAppsScript.Spreadsheet.Range, grid: T[][]) => void,
): void {
  if (changed.length === 0) return;
  let [top, bottom, left, right] = [changed[0][0], changed[0][0], changed[0][1], changed[0][1]];
  for (const [r, c] of changed) {
    [top, bottom] = [Math.min(top, r), Math.max(bottom, r)];
    [left, right] = [Math.min(left, c), Math.max(right, c)];
  }
  const part = grid.slice(top, bottom + 1).map((line) => line.slice(left, right + 1));
  write(sheet.getRange(box.top + top, box.left + left, bottom - top + 1, right - left + 1), part);
}

/** Marks made before the record existed, found once by reading every markable tab's backgrounds and notes. */
function adoptEarlierMarks(sheets: readonly Sheet[]): MarkEntry[] {
  const out: MarkEntry[] = [];
  for (const sheet of sheets) {
    const [rows, cols] = [sheet.getLastRow(), sheet.getLastColumn()];
    // A block of rows at a time: a long tab's backgrounds and notes are never all held at once.
    for (let top = 1; top <= rows && cols > 0; top += ROW_BLOCK) {
      const range = sheet.getRange(top, 1, Math.min(ROW_BLOCK, rows - top + 1), cols);
      const backgrounds = range.getBackgrounds();
      const notes = range.getNotes();
      notes.forEach((line, r) =>
        line.forEach((note, c) => {
          if (note === '') return;
          const now = { background: colorOf(backgrounds[r][c]), note };
          const entry = adoptedEntry(sheet.getName(), top + r, c + 1, now);
          if (entry) out.push(entry);
        }),
      );
    }
  }
  return out;
}

function writeRecord(ss: Spreadsheet, sheet: Sheet | null, entries: readonly MarkEntry[]): void {
  let record = sheet;
  if (!record) {
    // Inserting a tab makes it the active one: the officer stays on the tab they were on.
    const shown = ss.getActiveSheet();
    record = insertTab(ss, MARKS_TAB);
    record.hideSheet();
    if (shown) ss.setActiveSheet(shown);
  }
  const [rows, cols] = [record.getLastRow(), record.getLastColumn()];
  if (rows > 0 && cols > 0) record.getRange(1, 1, rows, cols).clearContent();
  writeBlock(record, 1, 1, recordRows(entries));
}

const markableOf = (sheets: readonly Sheet[]) => sheets.filter((s) => !SKIPPED.has(fold(s.getName())));

/** Creates the record tab when missing (set-up), holding the marks an earlier version left, so no later run has to look for them. */
export function ensureMarkRecord(ss: Spreadsheet = active()): void {
  const sheets = ss.getSheets();
  if (findSheet(ss, MARKS_TAB, sheets)) return;
  writeRecord(ss, null, adoptEarlierMarks(markableOf(sheets)));
}

/**
 * Marks the cell of every problem (red for Lỗi, yellow for Cảnh báo, a note with the message) and
 * takes away the add-on's earlier marks where the problem is gone, giving the person back what the
 * cell had before (docs/validation.md). Only cells whose mark changes are read and written; the
 * record of marked cells is the hidden tab `NTM dấu ô`, read with the other tabs (`tabs`).
 * Output tabs are never touched. Formatting only: no value is written.
 */
export function markCells(
  rows: readonly CheckRow[],
  tabs: readonly TabData[],
  ss: Spreadsheet = active(),
): MarkCounts {
  const counts: MarkCounts = { marked: 0, cleared: 0 };
  const wanted = wantedByTab(rows);
  const sheets = ss.getSheets();
  const markable = markableOf(sheets);
  const recordSheet = findSheet(ss, MARKS_TAB, sheets);
  const earlier = recordSheet
    ? parseRecord(tabs.find((t) => t.name === recordSheet.getName()))
    : adoptEarlierMarks(markable);
  const kept: MarkEntry[] = [];
  for (const sheet of markable) {
    const name = sheet.getName();
    const values = tabs.find((t) => t.name === name)?.values ?? [];
    const mine = followRows(
      earlier.filter((e) => e.tab === name),
      values,
    );
    const recorded = new Map(mine.map((e) => [`${e.row}:${e.col}`, e]));
    const work: Work[] = [];
    for (const [at, w] of wanted.get(name) ?? new Map<string, Wanted>()) {
      counts.marked++;
      const entry = recorded.get(at);
      if (entry && repaintsSame(entry, w.mark)) kept.push(entry);
      else work.push({ ...w, entry });
    }
    for (const [at, entry] of recorded)
      if (!wanted.get(name)?.has(at)) work.push({ row: entry.row, col: entry.col, entry });
    for (const box of boxesOf(work)) applyBox(sheet, name, box, kept, counts);
  }
  const valuesOf = new Map(tabs.map((t) => [t.name, t.values]));
  const keyed = kept.map((e) => ({ ...e, key: rowKey(valuesOf.get(e.tab)?.[e.row - 1]) }));
  const order = new Map(markable.map((s, i) => [s.getName(), i]));
  keyed.sort((a, b) => (order.get(a.tab) ?? 0) - (order.get(b.tab) ?? 0) || a.row - b.row || a.col - b.col);
  if (!recordSheet || !sameRecord(keyed, earlier)) writeRecord(ss, recordSheet, keyed);
  return counts;
}
