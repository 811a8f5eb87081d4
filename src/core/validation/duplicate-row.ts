// Rule: a row identical (village, report day, parsed amounts) to one with an earlier timestamp, in any report tab: ⚠ Cảnh báo, its amounts are not added again.
import type { Day, ReportRow } from '../types';
import { sameCells, type ComparedCells } from './compared-cells';
import { formatDay } from '../zone';
import type { Draft } from './problem';

interface Seen {
  cells: ComparedCells;
  row: ReportRow;
}

/** Remembers the rows seen (in timestamp order) by village and report day, and flags a repeat. */
export class DuplicateFinder {
  private readonly seen = new Map<string, Map<Day, Seen[]>>();

  /** The warning when a row of `village` and `day` with the same `cells` was seen earlier; otherwise remembers this row. */
  check(row: ReportRow, cells: ComparedCells | null, village: string, day: Day): Draft | null {
    if (cells === null) return null;
    let days = this.seen.get(village);
    if (!days) this.seen.set(village, (days = new Map()));
    let list = days.get(day);
    if (!list) days.set(day, (list = []));
    const first = list.find((s) => sameCells(s.cells, cells))?.row;
    if (!first) {
      list.push({ cells, row });
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
