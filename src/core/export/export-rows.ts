// `Lịch sử` → rows of the province export (docs/export.md): one row per history line that names a week, in schema order.
import { HISTORY_HEADERS } from '../rollup/history';
import { historyLayout, weekOfCell } from '../rollup/history-block';
import { fold } from '../text';
import type { CellValue } from '../types';
import { formatIsoDay } from '../zone';
import type { CsvValue } from './csv';
import { EXPORT_SCHEMA_VERSION } from './schema';

/** History titles the export cannot do without (the others may be missing: their fields stay blank). */
const NEEDED = ['Tuần', 'Thôn', 'Mã', 'Chỉ tiêu', 'Lũy kế', 'Tuần này', 'Kế hoạch đến nay', 'Nợ tồn'];
/** History titles read as numbers: a cell holding anything else leaves its row out, said in the summary. */
const NUMERIC = new Set(['Chỉ tiêu', 'Lũy kế', 'Tuần này', 'Kế hoạch đến nay', 'Nợ tồn']);

export interface HistoryExport {
  /** Rows in `EXPORT_COLUMNS` order. */
  rows: CsvValue[][];
  /** How many distinct weeks the rows cover. */
  weeks: number;
  /** Contract titles `Lịch sử` lacks among those the export needs (then `rows` is empty). */
  missing: string[];
  /** Rows left out, each `dòng N: why` (N as on the sheet's left edge). */
  skipped: string[];
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/**
 * The export rows of a `Lịch sử` tab read whole (`values[0]` its header) for commune `commune`, whose
 * `Tuần` dates are read in `timeZone`. Blank rows and rows whose `Tuần` names no date (a note an officer
 * typed) are passed over; a row with a non-number where a number belongs is left out and named.
 */
export function historyExport(
  values: readonly (readonly CellValue[])[],
  commune: string,
  timeZone: string,
): HistoryExport {
  const header = values[0] ?? [];
  let width = header.length;
  while (width > 0 && fold(text(header[width - 1])) === '') width--;
  const { columns } = historyLayout(header.slice(0, width) as CellValue[]);
  const at = new Map<string, number>(HISTORY_HEADERS.map((t, i) => [t, columns[i]]));
  const missing = NEEDED.filter((t) => at.get(t)! >= width);
  if (values.length === 0 || missing.length > 0)
    return { rows: [], weeks: 0, missing: values.length === 0 ? [...NEEDED] : missing, skipped: [] };
  const cell = (r: readonly CellValue[], title: string) => {
    const c = at.get(title)!;
    return c < width ? r[c] : '';
  };
  const rows: CsvValue[][] = [];
  const skipped: string[] = [];
  const weeks = new Set<number>();
  for (let i = 1; i < values.length; i++) {
    const r = values[i];
    const week = weekOfCell(cell(r, 'Tuần') ?? '', timeZone);
    if (week === null) continue;
    const numbers = new Map<string, number | null>();
    const bad: string[] = [];
    for (const title of NUMERIC) {
      const v = cell(r, title);
      if (typeof v === 'number' && Number.isFinite(v)) numbers.set(title, v);
      else if (text(v) === '') numbers.set(title, null);
      else bad.push(`${title} ghi "${text(v)}" (không phải số)`);
    }
    const thon = text(cell(r, 'Thôn'));
    const code = text(cell(r, 'Mã'));
    if (thon === '' || code === '') bad.push('thiếu Thôn hoặc Mã');
    else if ([...numbers.values()].some((n) => n === null)) bad.push('thiếu số ở cột số liệu');
    if (bad.length > 0) {
      skipped.push(`dòng ${i + 1}: ${bad.join('; ')}`);
      continue;
    }
    weeks.add(week);
    rows.push([
      EXPORT_SCHEMA_VERSION,
      commune,
      formatIsoDay(week),
      thon,
      code,
      text(cell(r, 'Nội dung')),
      text(cell(r, 'ĐVT')),
      numbers.get('Chỉ tiêu')!,
      numbers.get('Lũy kế')!,
      numbers.get('Tuần này')!,
      numbers.get('Kế hoạch đến nay')!,
      numbers.get('Nợ tồn')!,
      text(cell(r, 'Trạng thái')),
      null,
      null,
    ]);
  }
  return { rows, weeks: weeks.size, missing: [], skipped };
}
