// Display formats of the rollup's cells (vi-VN by the spreadsheet's locale): amounts, fractions, đồng, dates, text.
import type { CellValue } from '../../core/types';

export const PERCENT = '0.0%';
export const WHOLE = '#,##0';
export const DECIMAL = '#,##0.##';
export const DONG = '#,##0 "đ"';
export const RANK = '0';
export const DATE = 'dd/MM/yyyy';
/** Plain text: what a text or blank cell gets, so nothing typed or written there is read as a number. */
export const TEXT = '@';

/** Most decimals an amount is shown with. */
const MAX_DECIMALS = 6;

/**
 * An amount's format: `#,##0.##` when it shows decimals, `#,##0` when it rounds to a whole number
 * at two decimals (Sheets would print `#,##0.##` on 3200 as "3.200," with a dangling separator).
 * An amount below 0,1 gets the decimals that show two significant digits (up to six), so a small
 * need or backlog of a km indicator (1,7 m a day: 0,0017 km) is never shown as 0 or as one digit.
 */
export function amountFormat(v: CellValue): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return TEXT;
  const a = Math.abs(v);
  if (a > 0 && Math.round(a * 100) < 10) {
    for (let d = 3; d <= MAX_DECIMALS; d++)
      if (Math.round(a * 10 ** d) >= 10) return `#,##0.${'#'.repeat(d)}`;
    return Math.round(a * 10 ** MAX_DECIMALS) > 0 ? `#,##0.${'#'.repeat(MAX_DECIMALS)}` : WHOLE;
  }
  return Number.isInteger(Math.round(v * 100) / 100) ? WHOLE : DECIMAL;
}

/** The format for `v` in a column whose numbers take `numberFormat` (a function of the value, or a fixed pattern). */
export function cellFormat(v: CellValue, numberFormat: string | ((v: CellValue) => string)): string {
  if (v instanceof Date) return DATE;
  if (typeof v !== 'number') return TEXT;
  return typeof numberFormat === 'function' ? numberFormat(v) : numberFormat;
}

export type ColumnFormat = string | ((v: CellValue) => string);

/** Number formats of the rollup table's columns, in `ROLLUP_HEADERS` order (also `Lịch sử` after `Tuần`). */
export const LINE_FORMATS: readonly ColumnFormat[] = [
  TEXT,
  TEXT,
  TEXT,
  TEXT, // Thôn, Mã, Nội dung, ĐVT
  amountFormat,
  amountFormat,
  amountFormat, // Chỉ tiêu, Lũy kế, Tuần này
  PERCENT, // Tỷ lệ
  amountFormat,
  amountFormat,
  amountFormat, // Kế hoạch đến nay, Nợ tồn, Cần/ngày
  TEXT, // Trạng thái
];

/** Formats of the second table: Thôn, Báo cáo tuần, Điểm, Xếp hạng, Đánh giá. */
export const SCORE_FORMATS: readonly ColumnFormat[] = [TEXT, TEXT, PERCENT, RANK, TEXT];

/** Formats of a block's rows, column by column (columns past `columns` are text). */
export function blockFormats(rows: readonly CellValue[][], columns: readonly ColumnFormat[]): string[][] {
  return rows.map((r) => r.map((v, c) => cellFormat(v, columns[c] ?? TEXT)));
}
