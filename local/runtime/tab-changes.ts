// What a tab loaded from a file held when loaded, and what the run has changed in it since (cells, rows and columns, tab settings).
import type { CellPart, SheetData, TabChanges, WorkbookData } from '../workbook-data';
import { WallDate, type Cell } from './cell';
import { originOfKey } from './grid';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { dumpWorkbook } from './workbook-io';

/** A tab as it was loaded: where it was in the file and its settings (its cells' originals are kept by the grid, `Grid.originals`). */
export interface LoadedTab {
  /** Position of the tab in the loaded WorkbookData. */
  index: number;
  /** The tab as loaded, without its rows. */
  settings: Omit<SheetData, 'rows'>;
}

const blank = (v: Cell['value']) => v === undefined || v === '';

function sameValue(a: Cell['value'], b: Cell['value']): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a instanceof WallDate || b instanceof WallDate)
    return a instanceof WallDate && b instanceof WallDate && a.wall === b.wall;
  return a === b;
}

/** The parts of a cell that differ between now and as loaded (undefined = no cell). */
export function partsChanged(now: Cell | undefined, was: Cell | undefined): CellPart[] {
  const parts: CellPart[] = [];
  if (!sameValue(now?.value, was?.value) || now?.formula !== was?.formula || now?.link !== was?.link)
    parts.push('value');
  if ((now?.format || undefined) !== (was?.format || undefined)) parts.push('format');
  if ((now?.note || undefined) !== (was?.note || undefined)) parts.push('note');
  if (now?.background !== was?.background) parts.push('background');
  if (!!now?.bold !== !!was?.bold) parts.push('bold');
  if ((now?.wrap === 'WRAP') !== (was?.wrap === 'WRAP')) parts.push('wrap');
  return parts;
}

/** `[loaded position - 1]` = the current position, from `[current - 1]` = the loaded one. */
function inverse(origins: (number | undefined)[] | null): (at: number) => number | undefined {
  if (!origins) return (at) => at;
  const back: number[] = [];
  origins.forEach((o, i) => {
    if (o !== undefined) back[o - 1] = i + 1;
  });
  return (at) => back[at - 1];
}

const canonical = (list: object[] | undefined): string =>
  JSON.stringify((list ?? []).map((x) => JSON.stringify(x)).sort());

/** What changed in a loaded tab; `dumped` is its dump (for the tab's rules as they are now). */
export function tabChanges(sheet: FakeSheet, loaded: LoadedTab, dumped: SheetData): TabChanges {
  const g = sheet.grid;
  const data = loaded.settings;
  const originals = g.originals ?? new Map<number, Cell | undefined>();
  const cells: TabChanges['cells'] = [];
  // Cells there now: where nothing was loaded (an inserted row or column), or handed out for writing since
  // loading (compared with what they held); every other cell still holds what was loaded.
  for (const [row, col, cell] of g.cells()) {
    const key = g.originKey(row, col);
    if (key !== undefined && !originals.has(key)) continue;
    const parts = partsChanged(cell, key === undefined ? undefined : originals.get(key));
    if (parts.length) cells.push({ row, col, parts });
  }
  // Loaded cells cleared to nothing since, where they are now (gone with a deleted row or column: nothing to write).
  const rowNow = inverse(g.rowOrigins);
  const colNow = inverse(g.colOrigins);
  for (const [key, was] of originals) {
    if (!was) continue;
    const [r, c] = originOfKey(key);
    const [row, col] = [rowNow(r), colNow(c)];
    if (row === undefined || col === undefined || g.get(row, col)) continue;
    const parts = partsChanged(undefined, was);
    if (parts.length) cells.push({ row, col, parts });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const moved = g.rowOrigins !== null || g.colOrigins !== null;
  const widths = new Set([...Object.keys(sheet.columnWidths), ...Object.keys(data.columnWidths ?? {})]);
  const hidden = [...sheet.hiddenColumns].sort((a, b) => a - b);
  return {
    from: loaded.index,
    rows: g.rowOrigins ? [...g.rowOrigins] : null,
    cols: g.colOrigins ? [...g.colOrigins] : null,
    cells,
    frozenRows: sheet.frozenRows !== (data.frozenRows ?? 0),
    columnWidths: [...widths]
      .map(Number)
      .filter((c) => sheet.columnWidths[c] !== data.columnWidths?.[c])
      .sort((a, b) => a - b),
    hiddenColumns: JSON.stringify(hidden) !== JSON.stringify(data.hiddenColumns ?? []),
    dataValidations: moved || canonical(dumped.dataValidations) !== canonical(data.dataValidations),
    conditionalFormats: moved || canonical(dumped.conditionalFormats) !== canonical(data.conditionalFormats),
  };
}

/** The snapshot of every tab with, for each tab loaded from the file, what the run changed in it (null: a tab the run added). */
export function dumpWithChanges(ss: FakeSpreadsheet): {
  workbook: WorkbookData;
  changes: (TabChanges | null)[];
} {
  const workbook = dumpWorkbook(ss);
  const changes = ss.sheets.map((s, i) => (s.loaded ? tabChanges(s, s.loaded, workbook.sheets[i]) : null));
  return { workbook, changes };
}
