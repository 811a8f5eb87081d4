// Finds the workbook's `Múi giờ` setting in `Cấu hình` (forgiving match), the zone of every xlsx date cell.
import { fold } from '../../src/core/text';
import { columnLetters } from '../runtime/a1';
import type { CellData, SheetData, WorkbookData } from '../workbook-data';
import { isTimeZone } from './wall-clock';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const SETTINGS_TAB = fold('Cấu hình');
const PARAM = fold('Tham số');
const VALUE = fold('Giá trị');
const ZONE = fold('Múi giờ');

export interface ZoneSetting {
  /** The zone to use (the default when the setting is absent or blank). */
  timeZone: string;
  /** `Cấu hình!B8` when the workbook states a zone. */
  cell?: string;
  /** The text as written, when it is not a zone the platform knows. */
  invalid?: string;
}

function text(cell: CellData | null | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined || v instanceof Date ? '' : String(v).trim();
}

/** Row index and value column of the `Múi giờ` setting, by the `Tham số`/`Giá trị` header or, failing that, by the label alone. */
function locate(sheet: SheetData): { row: number; col: number } | null {
  const rows = sheet.rows;
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const heads = (rows[r] ?? []).map((c) => fold(text(c)));
    const p = heads.indexOf(PARAM);
    const v = heads.indexOf(VALUE);
    if (p < 0 || v < 0) continue;
    for (let k = r + 1; k < rows.length; k++) {
      if (fold(text(rows[k]?.[p])) === ZONE) return { row: k, col: v };
    }
    return null;
  }
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const c = row.findIndex((cell) => fold(text(cell)) === ZONE);
    if (c < 0) continue;
    let v = c + 1;
    while (v < row.length && !text(row[v])) v++;
    return { row: r, col: v };
  }
  return null;
}

/** Reads `Múi giờ` from the `Cấu hình` tab; absent or blank means Asia/Ho_Chi_Minh. */
export function findZoneSetting(workbook: WorkbookData, fallback = DEFAULT_TIME_ZONE): ZoneSetting {
  const sheet = workbook.sheets.find((s) => fold(s.name) === SETTINGS_TAB);
  const at = sheet && locate(sheet);
  if (!sheet || !at) return { timeZone: fallback };
  const cell = `${sheet.name}!${columnLetters(at.col + 1)}${at.row + 1}`;
  const written = text(sheet.rows[at.row]?.[at.col]);
  if (!written) return { timeZone: fallback, cell };
  if (!isTimeZone(written)) return { timeZone: fallback, cell, invalid: written };
  return { timeZone: written, cell };
}
