// Rule: an amount that would take the village's running total strictly above 150% of its own target (Lỗi); for `Lũy kế` the value itself is compared.
import type { Indicator, ReportCell, Village } from '../types';
import { formatViNumber } from '../vi-format';
import { shown } from './context';
import type { Draft } from './problem';

export const OVER_TARGET_RATIO = 1.5;

/** Strictly above `limit`, ignoring floating-point dust (0,19 + 0,38 is exactly 150% of 0,38). */
export function above(total: number, limit: number): boolean {
  return total - limit > 1e-9 * Math.max(1, Math.abs(limit));
}

/**
 * The error for a cell whose counted value would make the village's total pass 150% of `target`.
 * `runningSum` is the sum counted so far (ignored for `Lũy kế`, whose value is the total).
 */
export function checkOverTarget(
  cell: ReportCell,
  indicator: Indicator,
  village: Village,
  target: number,
  amount: number,
  runningSum: number,
): Draft | null {
  if (indicator.kind === 'Đạt/Chưa') return null;
  const cumulative = indicator.kind === 'Lũy kế';
  const total = cumulative ? amount : runningSum + amount;
  if (!above(total, OVER_TARGET_RATIO * target)) return null;
  const u = indicator.unit;
  const said = cumulative ? 'lũy kế báo là' : 'lũy kế sẽ là';
  const write = cumulative
    ? 'ghi tổng số đến nay của thôn'
    : 'ghi phần làm thêm từ lần báo cáo trước, không ghi tổng đến nay';
  return {
    column: cell.column,
    col: cell.col,
    level: 'Lỗi',
    value: shown(cell),
    message: `Vượt 150% chỉ tiêu của thôn ${village.name} (chỉ tiêu ${formatViNumber(target)} ${u}, ${said} ${formatViNumber(total)} ${u}): hãy kiểm tra lại số đã nhập và ${write}; nếu số đúng, cán bộ ghi Đồng ý ở cột Xác nhận.`,
  };
}
