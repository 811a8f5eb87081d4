// The `Kiểm tra` grid, pure: its columns (the officer's order and extra columns kept), the rows as values to write, acceptances read back.
import { CHECK_COLUMNS } from '../../core/contract';
import { headerKey } from '../../core/model';
import { acceptanceKey } from '../../core/validation';
import { isBlank } from '../../core/text';
import type { CellValue, TabData } from '../../core/types';
import { asText } from '../cell-text';
import { confirmation, isAgreement, type Confirmation } from './agreement';
import type { CheckRow, Place } from './check-rows';

/** Extra column holding each row's acceptance key, so an `Đồng ý` survives rebuilds and row moves. */
export const KEY_TITLE = 'Khóa';
export const KEY_NOTE =
  'Khóa giữ xác nhận của cán bộ qua các lần kiểm tra: tab, dấu thời gian, thôn, cột và giá trị gốc. Đừng sửa hay xóa cột này.';

type Role =
  'tab' | 'row' | 'village' | 'column' | 'level' | 'message' | 'value' | 'confirm' | 'key' | 'extra';
const ROLES: readonly Role[] = ['tab', 'row', 'village', 'column', 'level', 'message', 'value', 'confirm'];

interface Column {
  title: string;
  role: Role;
  note: string;
  /** 0-based column in the previous `Kiểm tra`, -1 when new. */
  prev: number;
}

function contractColumns(): Column[] {
  return [
    ...CHECK_COLUMNS.map((c, i) => ({ title: c.title, role: ROLES[i], note: c.note, prev: -1 })),
    { title: KEY_TITLE, role: 'key' as Role, note: KEY_NOTE, prev: -1 },
  ];
}

/** The columns: the previous header's order (extra columns kept), then the missing contract columns, then `Khóa`. */
export function checkColumns(prev?: TabData): Column[] {
  const wanted = contractColumns();
  const header = prev?.values[0] ?? [];
  const out: Column[] = [];
  header.forEach((h, i) => {
    if (isBlank(h)) return;
    const c = wanted.find((w) => w.prev < 0 && headerKey(w.title) === headerKey(h));
    if (c) {
      c.prev = i;
      out.push(c);
    } else out.push({ title: String(h), role: 'extra', note: '', prev: i });
  });
  return [...out, ...wanted.filter((c) => c.prev < 0)];
}

function column(cols: readonly Column[], role: Role): number {
  return cols.findIndex((c) => c.role === role);
}

/** The timestamp text of a report row (tab, sheet row), to recompute a key; undefined when there is no such row. */
export type TimestampOf = (tab: string, row: number) => string | undefined;

const textOf = (v: CellValue | undefined): string => (v === undefined || v === null ? '' : String(v));

/** A key as `Khóa` holds it, made again by today's `acceptanceKey` (a number written `5.000` then is `5000` now). */
function storedKey(k: string): string {
  try {
    const parts: unknown = JSON.parse(k);
    if (Array.isArray(parts) && parts.length === 5 && parts.every((p) => typeof p === 'string'))
      return acceptanceKey(parts[0], parts[1], parts[2], parts[3], parts[4]);
  } catch {
    // Not a key this add-on wrote: kept as it is, so it matches nothing new.
  }
  return k;
}

/**
 * Keys the officer accepted in the previous `Kiểm tra` (`Đồng ý` in `Xác nhận`), read from `Khóa`.
 * A row whose `Khóa` is blank or gone gets its key recomputed from its own Tab, Dòng, Thôn, Cột and
 * Giá trị and the timestamp of that report row, so deleting the column loses nothing while the
 * report rows stay where they are.
 */
export function acceptedKeys(prev?: TabData, timestampOf?: TimestampOf): Set<string> {
  const out = new Set<string>();
  if (!prev) return out;
  const cols = checkColumns(prev);
  const at = (role: Role) => cols[column(cols, role)].prev;
  const [confirm, key] = [at('confirm'), at('key')];
  if (confirm < 0) return out;
  prev.values.slice(1).forEach((line, i) => {
    if (!isAgreement(line[confirm])) return;
    const k = key >= 0 ? textOf(line[key]).trim() : '';
    if (k !== '') return void out.add(storedKey(k));
    if (!timestampOf || [at('tab'), at('row'), at('column'), at('value')].some((c) => c < 0)) return;
    const [tab, row] = [textOf(line[at('tab')]), Number(line[at('row')])];
    const stamp = Number.isInteger(row) ? timestampOf(tab, row) : undefined;
    if (stamp === undefined) return;
    const village = at('village') >= 0 ? textOf(line[at('village')]) : '';
    const value = prev.displays[i + 1]?.[at('value')] ?? textOf(line[at('value')]);
    out.add(acceptanceKey(tab, stamp, village, textOf(line[at('column')]), value));
  });
  return out;
}

/** First previous row of each key: where a remark in `Xác nhận` and extra columns are carried from. */
function previousRows(prev: TabData | undefined, cols: readonly Column[]): Map<string, CellValue[]> {
  const out = new Map<string, CellValue[]>();
  const key = cols[column(cols, 'key')].prev;
  if (!prev || key < 0) return out;
  for (const line of prev.values.slice(1)) {
    const k = line[key];
    if (typeof k === 'string' && k.trim() !== '' && !out.has(k.trim())) out.set(k.trim(), line);
  }
  return out;
}

/** A value written so that text stays text (never a formula, number or date). */
function safe(v: CellValue | undefined): CellValue {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? asText(v) : v;
}

function confirmOf(r: CheckRow, old: CellValue[] | undefined, at: number): Confirmation {
  return confirmation(r.acceptable, r.accepted, old && at >= 0 ? old[at] : '');
}

export interface CheckTable {
  header: string[];
  notes: string[];
  /** Header row then one row per problem, ready for one setValues. */
  values: CellValue[][];
  /** 1-based columns of `Tab` (linked), `Giá trị` (plain text) and `Khóa` (hidden). */
  tabCol: number;
  valueCol: number;
  keyCol: number;
  /** Where each problem row links to. */
  places: Place[];
  /** 1-based columns of `Xác nhận` and of `Vấn đề` (long messages: wrapped). */
  confirmCol: number;
  messageCol: number;
  /** Per problem row: true when the officer's text in `Xác nhận` is kept but not understood (flagged). */
  unclear: boolean[];
}

export function buildCheckTable(rows: readonly CheckRow[], prev?: TabData): CheckTable {
  const cols = checkColumns(prev);
  const olds = previousRows(prev, cols);
  const confirmAt = cols[column(cols, 'confirm')].prev;
  const old = (r: CheckRow) => (r.key ? olds.get(r.key) : undefined);
  const confirms = rows.map((r) => confirmOf(r, old(r), confirmAt));
  const cell = (r: CheckRow, i: number, c: Column): CellValue => {
    const prevRow = old(r);
    switch (c.role) {
      case 'tab':
        return safe(r.tab);
      case 'row':
        return r.row;
      case 'village':
        return safe(r.village);
      case 'column':
        return safe(r.column);
      case 'level':
        return r.level;
      case 'message':
        return safe(confirms[i].unclear ? `${r.message}\n${confirms[i].unclear}` : r.message);
      case 'value':
        return safe(r.value);
      case 'confirm':
        return safe(confirms[i].value);
      case 'key':
        return safe(r.key);
      default:
        return prevRow ? safe(prevRow[c.prev]) : '';
    }
  };
  return {
    header: cols.map((c) => c.title),
    notes: cols.map((c) => c.note),
    values: [cols.map((c) => safe(c.title)), ...rows.map((r, i) => cols.map((c) => cell(r, i, c)))],
    tabCol: column(cols, 'tab') + 1,
    valueCol: column(cols, 'value') + 1,
    keyCol: column(cols, 'key') + 1,
    places: rows.map((r) => r.place),
    confirmCol: column(cols, 'confirm') + 1,
    messageCol: column(cols, 'message') + 1,
    unclear: confirms.map((c) => c.unclear !== ''),
  };
}
