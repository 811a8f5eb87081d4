// Adapter for the ledger `Nhắc hạn` (reminders and correction requests): read with one getValues, appended, never rewritten.
import { LEDGER_NOTE_TITLE, REMINDER_COLUMNS, TAB, titles } from '../core/contract';
import {
  LEDGER_FIELDS,
  ledgerColumns,
  ledgerTitle,
  readLedger,
  type LedgerColumns,
  type LedgerField,
} from '../core/model';
import type { LedgerEntry } from '../core/reminders';
import { weekDateCell } from '../core/rollup';
import { isBlank } from '../core/text';
import type { CellValue, Day } from '../core/types';
import { ymdOfDay } from '../core/zone';
import { asText } from './cell-text';
import { active, ensureTab, readValues, writeBlock, type Sheet } from './tab-io';
import { UserError } from './user-error';
import { maxOf, pushAll } from '../core/lists';

/** A row to append: a ledger entry, plus the reason of a `Lỗi` (or a remark) for the `Ghi chú` column. */
export interface LedgerRow extends LedgerEntry {
  note?: string;
}

export interface Ledger {
  sheet: Sheet;
  entries: LedgerEntry[];
  /** 0-based column of each field in the tab (order is free, as in every tab). */
  columns: LedgerColumns;
  /** Zone of the `Tuần` cells (`Múi giờ`). */
  timeZone: string;
}

/**
 * Opens the ledger: creates the tab when missing (with `create`), reads every row with one getValues and
 * `readLedger`, then adds missing header titles at the end (with `create`). Returns null when the tab is
 * missing and not created; a ledger that cannot be read safely stops the run before anything is written.
 */
export function openLedger(options: {
  timeZone: string;
  campaignStart: Day;
  create: boolean;
  withKey?: boolean;
}): Ledger | null {
  const ss = active();
  let sheet = ss.getSheetByName(TAB.reminders);
  if (!sheet && !options.create) return null;
  if (!sheet) {
    sheet = ensureTab(TAB.reminders, [...titles(REMINDER_COLUMNS), LEDGER_NOTE_TITLE], ss);
    const rows = sheet.getMaxRows() - 1;
    if (rows > 0) {
      sheet.getRange(2, 1, rows, 1).setNumberFormat('dd/MM/yyyy HH:mm:ss');
      sheet.getRange(2, 2, rows, 1).setNumberFormat('dd/MM/yyyy');
    }
  }
  const values = readValues(sheet);
  const year = ymdOfDay(options.campaignStart).year;
  const read = readLedger(values, options.timeZone, year, sheet.getName());
  if (!read.ok) throw new UserError(read.message);
  let columns = read.columns;
  if (options.create) {
    const wanted: LedgerField[] = [...LEDGER_FIELDS, 'note', ...(options.withKey ? ['key' as const] : [])];
    const add = wanted.filter((f) => columns[f] < 0);
    if (add.length > 0) {
      const headers = values[0] ?? [];
      const start = headers.length === 0 || headers.every((h) => isBlank(h)) ? 0 : headers.length;
      const added = add.map(ledgerTitle);
      writeBlock(sheet, 1, start + 1, [added]);
      columns = ledgerColumns([...headers.slice(0, start), ...added]);
    }
  }
  return { sheet, entries: read.entries, columns, timeZone: options.timeZone };
}

/** The cells of one ledger row, placed by the tab's own column order; text a person could misread is kept as text. */
export function ledgerCells(row: LedgerRow, columns: LedgerColumns, timeZone: string): CellValue[] {
  const width = maxOf(Object.values(columns)) + 1;
  const cells: CellValue[] = new Array<CellValue>(width).fill('');
  const put = (f: LedgerField, v: CellValue) => {
    if (columns[f] >= 0) cells[columns[f]] = v;
  };
  put('time', new Date(row.time));
  put('week', weekDateCell(row.week, timeZone));
  put('village', asText(row.village));
  put('recipients', asText(row.recipients));
  put('kind', row.kind);
  put('result', row.result);
  put('note', asText(row.note ?? ''));
  put('key', asText(row.key ?? ''));
  return cells;
}

/**
 * Appends one row with one call (a state change of one message: it must be on the sheet before the next step),
 * and flushes it so it is durable before any mail goes out.
 */
export function appendLedgerRow(ledger: Ledger, row: LedgerRow): void {
  ledger.sheet.appendRow(ledgerCells(row, ledger.columns, ledger.timeZone));
  SpreadsheetApp.flush();
  ledger.entries.push(row);
}

/** Appends a block of rows with one setValues (e.g. every `Hết hạn` of a run), flushed. */
export function appendLedgerRows(ledger: Ledger, rows: readonly LedgerRow[]): void {
  if (rows.length === 0) return;
  writeBlock(
    ledger.sheet,
    ledger.sheet.getLastRow() + 1,
    1,
    rows.map((r) => ledgerCells(r, ledger.columns, ledger.timeZone)),
  );
  SpreadsheetApp.flush();
  pushAll(ledger.entries, rows);
}
