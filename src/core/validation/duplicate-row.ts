// Rule: a row identical (village, report day, parsed amounts) to one with an earlier timestamp, in any report tab: ⚠ Cảnh báo, its amounts are not added again.
import { fold } from '../text';
import type { Day, ReportRow } from '../types';
import { formatDay } from '../zone';
import type { Draft } from './problem';

/** One non-blank indicator cell as compared: its code and parsed number, or its text when it holds no number. */
export interface ComparedCell {
  code: string;
  value: number | null;
  text: string;
}

/** Identity of a row for duplicates; `null` when the row reports no amount at all (nothing to duplicate). */
export function rowSignature(village: string, day: Day, cells: readonly ComparedCell[]): string | null {
  if (cells.length === 0) return null;
  const parts = cells
    .map(
      (c) => `${c.code}=${c.value === null ? '!' + fold(c.text) : String(Math.round(c.value * 1e9) / 1e9)}`,
    )
    .sort();
  return JSON.stringify([village, day, parts]);
}

/** Remembers the rows seen (in timestamp order) and flags a repeat. */
export class DuplicateFinder {
  private readonly seen = new Map<string, ReportRow>();

  /** The warning when `signature` was seen on an earlier row; otherwise remembers this row. */
  check(row: ReportRow, signature: string | null, day: Day): Draft | null {
    if (signature === null) return null;
    const first = this.seen.get(signature);
    if (!first) {
      this.seen.set(signature, row);
      return null;
    }
    const where = first.tab === row.tab ? `dòng ${first.row}` : `tab "${first.tab}" dòng ${first.row}`;
    return {
      column: '',
      col: row.timestampCol,
      level: 'Cảnh báo',
      value: row.timestampDisplay,
      message: `Trùng với báo cáo ở ${where} (cùng thôn, ngày báo cáo ${formatDay(day)} và số liệu) nên số liệu không được cộng thêm lần nữa: nếu đây là phần việc mới, cán bộ ghi Đồng ý ở cột Xác nhận; nếu gửi nhầm, có thể bỏ qua.`,
    };
  }
}
