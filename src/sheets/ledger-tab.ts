// Adapter for the ledger `Nhắc hạn` (reminders and correction requests): rows read as LedgerEntry by header name, appended, never rewritten.
import { REMINDER_COLUMNS, TAB, titles } from '../core/contract';
import { a1, findColumn, findHeader } from '../core/model';
import { CORRECTION_KIND, LEDGER_KINDS, type LedgerEntry, type LedgerResult } from '../core/reminders';
import { weekDateCell } from '../core/rollup';
import { fold, isBlank } from '../core/text';
import type { CellValue, Day } from '../core/types';
import { parseDateTime } from '../core/vi-date';
import { isDateCell, ymdOfDay } from '../core/zone';
import { asText } from './cell-text';
import { active, ensureTab, writeBlock, type Sheet } from './tab-io';
import { UserError } from './user-error';
import { maxOf, pushAll } from '../core/lists';

/** Extra column after the contract's six: why a row is `Lỗi` (or what else is worth knowing about it). */
export const LEDGER_NOTE_TITLE = 'Ghi chú';
/** Extra column added when the first correction request is logged: the digest of its problem set (docs/reminders.md). */
export const LEDGER_KEY_TITLE = 'Khóa';

const FIELDS = ['time', 'week', 'village', 'recipients', 'kind', 'result'] as const;
type Field = (typeof FIELDS)[number] | 'note' | 'key';
/** Columns that key a row: without them a written row could not be recognised, and a message could go twice. */
const KEY_FIELDS: readonly Field[] = ['week', 'village', 'kind', 'result'];
const KINDS = LEDGER_KINDS;
const RESULTS: readonly LedgerResult[] = ['Đang gửi', 'Đã gửi', 'Lỗi', 'Hết hạn'];

/** A row to append: a ledger entry, plus the reason of a `Lỗi` (or a remark) for the `Ghi chú` column. */
export interface LedgerRow extends LedgerEntry {
  note?: string;
}

export interface Ledger {
  sheet: Sheet;
  entries: LedgerEntry[];
  /** 0-based column of each field in the tab (order is free, as in every tab). */
  columns: Record<Field, number>;
  /** Zone of the `Tuần` cells (`Múi giờ`). */
  timeZone: string;
}

/** The kind or result written in a cell (matched forgivingly), or null. */
function pick<T extends string>(value: CellValue, words: readonly T[]): T | null {
  const key = fold(String(value ?? ''));
  return words.find((w) => fold(w) === key) ?? null;
}

function readWeek(
  value: CellValue,
  timeZone: string,
  year: number,
  row: number,
  col: number,
  tabName: string,
): Day {
  const parsed = parseDateTime(value, timeZone, year);
  if (parsed.ok) return parsed.value.day;
  throw new UserError(
    `Tab ${tabName}, ô ${a1(row, col + 1)}: không đọc được tuần (${parsed.message}). ` +
      `Sổ ${tabName} giúp không gửi thư hai lần, nên cần sửa ô này thành ngày hạn nộp của tuần (dd/MM/yyyy) rồi chạy lại.`,
  );
}

/**
 * The rows of the ledger. A row without a known `Loại` or without `Thôn` is not one the add-on wrote and is skipped;
 * an unknown or blank `Kết quả` counts as `Đang gửi` (perhaps sent: never sent again); an unreadable `Tuần` stops.
 */
export function ledgerEntries(
  values: CellValue[][],
  columns: Record<Field, number>,
  timeZone: string,
  year: number,
  tabName: string = TAB.reminders,
): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  const at = (r: CellValue[], f: Field): CellValue => (columns[f] >= 0 ? (r[columns[f]] ?? '') : '');
  values.slice(1).forEach((r, i) => {
    if (r.every((v) => isBlank(v))) return;
    const kind = pick(at(r, 'kind'), KINDS);
    const village = String(at(r, 'village') ?? '').trim();
    if (!kind || village === '') return;
    const time = at(r, 'time');
    out.push({
      time: isDateCell(time) ? time.getTime() : 0,
      week: readWeek(at(r, 'week'), timeZone, year, i + 2, columns.week, tabName),
      village,
      recipients: String(at(r, 'recipients') ?? ''),
      kind,
      result: pick(at(r, 'result'), RESULTS) ?? 'Đang gửi',
      ...(kind === CORRECTION_KIND ? { key: String(at(r, 'key') ?? '').trim() } : {}),
    });
  });
  return out;
}

function columnsOf(headers: readonly CellValue[]): Record<Field, number> {
  const columns = {
    note: findHeader(headers, LEDGER_NOTE_TITLE),
    key: findHeader(headers, LEDGER_KEY_TITLE),
  } as Record<Field, number>;
  FIELDS.forEach((f, i) => (columns[f] = findColumn(headers, REMINDER_COLUMNS[i])));
  return columns;
}

/**
 * Opens the ledger: creates the tab when missing (with `create`), adds missing header titles at the end of an
 * empty ledger, and reads every row with one getValues. Returns null when the tab is missing and not created.
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
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const values: CellValue[][] =
    lastRow > 0 && lastCol > 0 ? (sheet.getRange(1, 1, lastRow, lastCol).getValues() as CellValue[][]) : [];
  const headers = values[0] ?? [];
  let columns = columnsOf(headers);
  const missing = KEY_FIELDS.filter((f) => columns[f] < 0);
  if (missing.length > 0 && values.length > 1) {
    const names = missing
      .map((f) => `"${REMINDER_COLUMNS[FIELDS.indexOf(f as (typeof FIELDS)[number])].title}"`)
      .join(', ');
    throw new UserError(
      `Tab ${sheet.getName()} thiếu cột ${names} ở dòng 1 nên không biết thư nào đã gửi. ` +
        `Hãy ghi lại tiêu đề cột đó (hoặc hoàn tác thay đổi vừa làm trên tab này) rồi chạy lại.`,
    );
  }
  if (
    columns.key < 0 &&
    values.slice(1).some((r) => pick(r[columns.kind] ?? '', KINDS) === CORRECTION_KIND)
  ) {
    throw new UserError(
      `Tab ${sheet.getName()} có dòng "${CORRECTION_KIND}" nhưng thiếu cột "${LEDGER_KEY_TITLE}" ở dòng 1 nên không biết nhóm lỗi nào đã gửi. ` +
        `Hãy ghi lại tiêu đề cột đó (hoặc hoàn tác thay đổi vừa làm trên tab này) rồi chạy lại.`,
    );
  }
  if (options.create) {
    const optional: [Field, string][] = [
      ['note', LEDGER_NOTE_TITLE],
      ...(options.withKey ? [['key', LEDGER_KEY_TITLE] as [Field, string]] : []),
    ];
    const allTitles = new Map<Field, string>([
      ...FIELDS.map((f, i) => [f, REMINDER_COLUMNS[i].title] as [Field, string]),
      ...optional,
    ]);
    const add = [...allTitles.keys()].filter((f) => columns[f] < 0);
    if (add.length > 0) {
      const start = headers.length === 0 || headers.every((h) => isBlank(h)) ? 0 : headers.length;
      const added = add.map((f) => allTitles.get(f) as string);
      writeBlock(sheet, 1, start + 1, [added]);
      columns = columnsOf([...headers.slice(0, start), ...added]);
    }
  }
  const year = ymdOfDay(options.campaignStart).year;
  return {
    sheet,
    entries: ledgerEntries(values, columns, options.timeZone, year, sheet.getName()),
    columns,
    timeZone: options.timeZone,
  };
}

/** The cells of one ledger row, placed by the tab's own column order; text a person could misread is kept as text. */
export function ledgerCells(row: LedgerRow, columns: Record<Field, number>, timeZone: string): CellValue[] {
  const width = maxOf(Object.values(columns)) + 1;
  const cells: CellValue[] = new Array<CellValue>(width).fill('');
  const put = (f: Field, v: CellValue) => {
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
