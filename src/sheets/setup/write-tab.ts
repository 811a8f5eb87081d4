// Writing set-up's header rows, header notes and seed rows: one setValues and one setNotes per block, text kept as text.
import { seedCellValue, type SeedValue } from '../../core/contract';
import type { CellValue } from '../../core/types';
import { asText } from '../cell-text';
import { ensureSize, type Sheet } from '../tab-io';
import type { HeaderCell, HeaderPlan } from './header-plan';

/** A seed or default value as written: numbers as numbers, `{ day }` as a real date in `timeZone`, the rest as plain text. */
export function cellOf(v: SeedValue, timeZone: string): CellValue {
  if (typeof v === 'string') return asText(v);
  return seedCellValue(v, timeZone);
}

/** Header bold; the first row frozen unless people froze rows already. */
export function styleHeader(sheet: Sheet, width: number): void {
  if (width > 0) sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
}

/** Fills an empty tab: the header and `rows` with one setValues, the header notes with one setNotes. */
export function writeFreshTab(
  sheet: Sheet,
  header: readonly HeaderCell[],
  rows: readonly SeedValue[][],
  timeZone: string,
): void {
  const width = header.length;
  ensureSize(sheet, rows.length + 1, width);
  const block: CellValue[][] = [
    header.map((h) => asText(h.title)),
    ...rows.map((r) => Array.from({ length: width }, (_x, c) => cellOf(r[c] ?? '', timeZone))),
  ];
  sheet.getRange(1, 1, block.length, width).setValues(block);
  sheet.getRange(1, 1, 1, width).setNotes([header.map((h) => h.note)]);
  styleHeader(sheet, width);
}

/** Appends the planned titles after the last used column and sets the header notes; returns the header width. */
export function applyHeaderPlan(sheet: Sheet, plan: HeaderPlan): number {
  if (plan.append.length > 0) {
    ensureSize(sheet, 1, plan.width);
    sheet
      .getRange(1, plan.appendAt, 1, plan.append.length)
      .setValues([plan.append.map((a) => asText(a.title))]);
  }
  if (plan.notes) sheet.getRange(1, 1, 1, plan.width).setNotes([plan.notes]);
  styleHeader(sheet, plan.width);
  return plan.width;
}

/** Appends rows below the last used row with one setValues. */
export function appendSeedRows(sheet: Sheet, rows: readonly SeedValue[][], timeZone: string): void {
  if (rows.length === 0) return;
  const width = rows[0].length;
  const at = sheet.getLastRow() + 1;
  ensureSize(sheet, at + rows.length - 1, width);
  sheet.getRange(at, 1, rows.length, width).setValues(rows.map((r) => r.map((v) => cellOf(v, timeZone))));
}
