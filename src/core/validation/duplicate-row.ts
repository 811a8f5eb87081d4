// Rule: a row identical (village, report day, parsed amounts) to one with an earlier timestamp, in any report tab: ⚠ Cảnh báo, its amounts are not added again.
import type { Day, ReportRow } from '../types';
import { sameCells, type ComparedCells } from './compared-cells';
import { formatDay } from '../zone';
import type { Draft } from './problem';

/** A row seen, chained to the earlier rows that share its bucket (oldest first). */
interface Seen {
  village: string;
  day: Day;
  cells: ComparedCells;
  row: ReportRow;
  next: Seen | null;
}

/** Remembers the rows seen (in timestamp order) by village, report day and cells' hash, and flags a repeat. */
export class DuplicateFinder {
  /** The first row seen per bucket, a number mixing the village's place, the day and the cells' hash: only rows that may be equal share one. */
  private readonly seen = new Map<number, Seen>();
  /** A number per village name, given in the order met. */
  private readonly villages = new Map<string, number>();

  private bucket(village: string, day: Day, cells: ComparedCells): number {
    let v = this.villages.get(village);
    if (v === undefined) this.villages.set(village, (v = this.villages.size));
    return Math.imul(Math.imul(cells.hash ^ v, 0x01000193) ^ day, 0x01000193) & 0x3fffffff;
  }

  /** The warning when a row of `village` and `day` with the same `cells` was seen earlier; otherwise remembers this row. */
  check(row: ReportRow, cells: ComparedCells | null, village: string, day: Day): Draft | null {
    if (cells === null) return null;
    const key = this.bucket(village, day, cells);
    let s = this.seen.get(key);
    if (s === undefined) {
      this.seen.set(key, { village, day, cells, row, next: null });
      return null;
    }
    for (;;) {
      if (s.village === village && s.day === day && sameCells(s.cells, cells)) break;
      if (s.next === null) {
        s.next = { village, day, cells, row, next: null };
        return null;
      }
      s = s.next;
    }
    const first = s.row;
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
