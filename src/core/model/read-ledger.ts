// Reader of the ledger `Nhắc hạn`: its columns by header name and its rows as LedgerEntry (pure; the adapter only reads the tab).
import {
  CORRECTION_KIND,
  LEDGER_KEY_TITLE,
  LEDGER_KINDS,
  LEDGER_NOTE_TITLE,
  LEDGER_RESULTS,
  REMINDER_COLUMNS,
  TAB,
} from '../contract';
import type { LedgerEntry } from '../reminders';
import { fold, isBlank } from '../text';
import type { CellValue } from '../types';
import { parseDateTime } from '../vi-date';
import { isDateCell, asInstant } from '../zone';
import { a1 } from './a1';
import { findColumn, findHeader } from './headers';

/** The contract's six columns, in the order of `REMINDER_COLUMNS`. */
export const LEDGER_FIELDS = ['time', 'week', 'village', 'recipients', 'kind', 'result'] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number] | 'note' | 'key';
/** 0-based column of each field in the tab, -1 when missing (order is free, as in every tab). */
export type LedgerColumns = Record<LedgerField, number>;
/** Columns that key a row: without them a written row could not be recognised, and a message could go twice. */
const KEY_FIELDS: readonly LedgerField[] = ['week', 'village', 'kind', 'result'];

export type LedgerRead =
  { ok: true; columns: LedgerColumns; entries: LedgerEntry[] } | { ok: false; message: string };

/** The title of each field: the contract's six, then `Ghi chú` and `Khóa`. */
export function ledgerTitle(f: LedgerField): string {
  if (f === 'note') return LEDGER_NOTE_TITLE;
  if (f === 'key') return LEDGER_KEY_TITLE;
  return REMINDER_COLUMNS[LEDGER_FIELDS.indexOf(f)].title;
}

/** Where each field is in a header row, matched forgivingly by title. */
export function ledgerColumns(headers: readonly CellValue[]): LedgerColumns {
  const columns = {
    note: findHeader(headers, LEDGER_NOTE_TITLE),
    key: findHeader(headers, LEDGER_KEY_TITLE),
  } as LedgerColumns;
  LEDGER_FIELDS.forEach((f, i) => (columns[f] = findColumn(headers, REMINDER_COLUMNS[i])));
  return columns;
}

/** The kind or result written in a cell (matched forgivingly), or null. */
function pick<T extends string>(value: CellValue, words: readonly T[]): T | null {
  const key = fold(String(value ?? ''));
  return words.find((w) => fold(w) === key) ?? null;
}

const FIX_HEADER = 'Hãy ghi lại tiêu đề cột đó (hoặc hoàn tác thay đổi vừa làm trên tab này) rồi chạy lại.';

/**
 * The ledger's rows (`values` with the header row first). A row without a known `Loại` or without `Thôn` is not
 * one the add-on wrote and is skipped; an unknown or blank `Kết quả` counts as `Đang gửi` (perhaps sent: never
 * sent again). A missing key column under rows, request rows without `Khóa`, or an unreadable `Tuần` stop the
 * reading with a message naming the tab and the column or cell: a lost row could mean a second email.
 */
export function readLedger(
  values: readonly CellValue[][],
  timeZone: string,
  year: number,
  tabName: string = TAB.reminders,
): LedgerRead {
  const columns = ledgerColumns(values[0] ?? []);
  const rows = values.slice(1);
  const missing = KEY_FIELDS.filter((f) => columns[f] < 0);
  if (missing.length > 0 && rows.length > 0) {
    const names = missing.map((f) => `"${ledgerTitle(f)}"`).join(', ');
    return {
      ok: false,
      message: `Tab ${tabName} thiếu cột ${names} ở dòng 1 nên không biết thư nào đã gửi. ${FIX_HEADER}`,
    };
  }
  if (columns.key < 0 && rows.some((r) => pick(r[columns.kind] ?? '', LEDGER_KINDS) === CORRECTION_KIND)) {
    return {
      ok: false,
      message:
        `Tab ${tabName} có dòng "${CORRECTION_KIND}" nhưng thiếu cột "${LEDGER_KEY_TITLE}" ở dòng 1 nên không biết nhóm lỗi nào đã gửi. ` +
        FIX_HEADER,
    };
  }
  const at = (r: readonly CellValue[], f: LedgerField): CellValue =>
    columns[f] >= 0 ? (r[columns[f]] ?? '') : '';
  const entries: LedgerEntry[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.every((v) => isBlank(v))) continue;
    const kind = pick(at(r, 'kind'), LEDGER_KINDS);
    const village = String(at(r, 'village') ?? '').trim();
    if (!kind || village === '') continue;
    const week = parseDateTime(at(r, 'week'), timeZone, year);
    if (!week.ok) {
      return {
        ok: false,
        message:
          `Tab ${tabName}, ô ${a1(i + 2, columns.week + 1)}: không đọc được tuần (${week.message}). ` +
          `Sổ ${tabName} giúp không gửi thư hai lần, nên cần sửa ô này thành ngày hạn nộp của tuần (dd/MM/yyyy) rồi chạy lại.`,
      };
    }
    const time = at(r, 'time');
    entries.push({
      time: asInstant(isDateCell(time) ? time.getTime() : 0),
      week: week.value.day,
      village,
      recipients: String(at(r, 'recipients') ?? ''),
      kind,
      result: pick(at(r, 'result'), LEDGER_RESULTS) ?? 'Đang gửi',
      ...(kind === CORRECTION_KIND ? { key: String(at(r, 'key') ?? '').trim() } : {}),
    });
  }
  return { ok: true, columns, entries };
}
