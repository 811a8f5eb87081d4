// The two tables of `Tổng hợp` (docs/rollup.md) as rows of cell values, in the contract's column order; numbers unrounded.
import type { CellValue } from '../types';
import type { Rollup, RollupLine } from './rollup-types';

export const ROLLUP_HEADERS = [
  'Thôn',
  'Mã',
  'Nội dung',
  'ĐVT',
  'Chỉ tiêu',
  'Lũy kế',
  'Tuần này',
  'Tỷ lệ',
  'Kế hoạch đến nay',
  'Nợ tồn',
  'Cần/ngày',
  'Trạng thái',
] as const;

export const SCORE_HEADERS = ['Thôn', 'Báo cáo tuần', 'Điểm', 'Xếp hạng', 'Đánh giá'] as const;

/** One line as a row of the first table (`Cần/ngày` blank for `Đạt/Chưa`). */
export function lineRow(l: RollupLine): CellValue[] {
  return [
    l.village,
    l.code,
    l.name,
    l.unit,
    l.target,
    l.cumulative,
    l.thisWeek,
    l.ratio,
    l.planned,
    l.backlog,
    l.perDay === null ? '' : l.perDay,
    l.status,
  ];
}

/** Rows of the first table (without its header): village lines, then the `Toàn xã` lines. */
export function rollupTableRows(rollup: Rollup): CellValue[][] {
  return [...rollup.lines, ...rollup.communeLines].map(lineRow);
}

/** Rows of the second table (without its header), in `Thôn` order. */
export function scoreTableRows(rollup: Rollup): CellValue[][] {
  return rollup.scores.map((s) => [s.village, s.weekReport, s.score, s.rank, s.verdict]);
}
