// Rule: a row of the same village and report day as an earlier row sent less than 2 hours before it, with different amounts: ⚠ "có thể là báo cáo sửa lại".
import type { ReportRow } from '../types';
import { formatDay, formatInstant } from '../zone';
import { sameCells, type ComparedCells } from './compared-cells';
import type { AdmittedRow } from './context';
import type { Draft } from './problem';

/** How close two sendings must be for the later to look like a corrected report. */
export const RESUBMISSION_WINDOW_MS = 2 * 3600_000;

export interface Resubmission {
  /** The warning on the later row. */
  draft: Draft;
  /** The earlier row it may correct. */
  earlier: AdmittedRow;
  /** The earlier row's place in the rows checked (the `index` it was checked with). */
  earlierIndex: number;
}

interface Sent {
  a: AdmittedRow;
  index: number;
  cells: ComparedCells;
}

function where(earlier: ReportRow, later: ReportRow): string {
  return earlier.tab === later.tab ? `dòng ${earlier.row}` : `tab "${earlier.tab}" dòng ${earlier.row}`;
}

/**
 * Remembers the rows seen (in timestamp order) by village and report day, and flags a row sent less
 * than 2 hours after one of them with different amounts. The earlier row named is the latest such one.
 * Both rows count until the officer deletes one or accepts the warning; accepting it means the later
 * row replaces the earlier one, whose amounts then stop counting.
 */
export class ResubmissionFinder {
  /** Per village and report day (village number × 2³² + day), the last row seen. */
  private readonly last = new Map<number, Sent>();
  /** A number per village name, given in the order met. */
  private readonly villages = new Map<string, number>();

  constructor(private readonly timeZone: string) {}

  private keyOf(village: string, day: number): number {
    let v = this.villages.get(village);
    if (v === undefined) this.villages.set(village, (v = this.villages.size));
    return v * 2 ** 32 + day;
  }

  /** The warning for `a` (with compared cells `cells`, at place `index` of the rows checked), then remembers it. */
  check(a: AdmittedRow, cells: ComparedCells | null, index: number): Resubmission | null {
    if (cells === null) return null;
    // Days are whole and far below 2³¹ in size, so the key is one number per (village, day).
    const key = this.keyOf(a.village.name, a.day);
    // Rows come in timestamp order: the last one sent is the latest, and the only one that can be close enough.
    const last = this.last.get(key);
    if (!last) {
      this.last.set(key, { a, index, cells });
      return null;
    }
    const earlier = last.a;
    const earlierIndex = last.index;
    const same = sameCells(last.cells, cells);
    // The slot is reused: it now holds this row.
    last.a = a;
    last.index = index;
    last.cells = cells;
    if (a.instant - earlier.instant >= RESUBMISSION_WINDOW_MS || same) return null;
    const minutes = Math.round((a.instant - earlier.instant) / 60_000);
    const row = a.row;
    return {
      earlier,
      earlierIndex,
      draft: {
        column: a.titles.timestamp,
        col: row.timestampCol,
        level: 'Cảnh báo',
        value: row.timestampDisplay,
        message:
          `Có thể là báo cáo sửa lại: gửi ${minutes} phút sau báo cáo ở ${where(earlier.row, row)} (gửi lúc ${formatInstant(earlier.instant, this.timeZone)}), ` +
          `cùng thôn ${a.village.name} và ngày báo cáo ${formatDay(a.day)} nhưng số liệu khác. Hiện cả hai dòng đều được tính. ` +
          `Nếu dòng này sửa lại dòng trước, hãy xóa dòng trước hoặc cán bộ ghi Đồng ý ở cột Xác nhận (khi đó chỉ dòng này được tính); nếu là phần việc khác, có thể bỏ qua.`,
      },
    };
  }
}
