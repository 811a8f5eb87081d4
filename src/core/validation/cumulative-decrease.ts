// Rule: a `Lũy kế` value lower than the village's previous one: ⚠ Cảnh báo (still counted: it is the latest value).
import type { Indicator, ReportCell, Village } from '../types';
import { formatViNumber } from '../vi-format';
import { shown } from './context';
import type { Draft } from './problem';

/** The warning when a `Lũy kế` value goes below `previous` (the village's value before it). */
export function checkCumulativeDecrease(
  cell: ReportCell,
  indicator: Indicator,
  village: Village,
  value: number,
  previous: number | null,
): Draft | null {
  if (indicator.kind !== 'Lũy kế' || previous === null || !(value < previous)) return null;
  const u = indicator.unit;
  return {
    column: cell.column,
    col: cell.col,
    level: 'Cảnh báo',
    value: shown(cell),
    message: `Lũy kế giảm so với lần báo trước của thôn ${village.name} (${formatViNumber(previous)} ${u} xuống ${formatViNumber(value)} ${u}): cột này ghi tổng đã làm từ đầu, hãy kiểm tra lại số.`,
  };
}
