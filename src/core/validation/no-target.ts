// Rule: an amount for an indicator the village has no target for: ⚠ Cảnh báo, and it is not counted.
// Choice: a 0 or a "no" (Chưa) there reports nothing, so nothing is left out and it is not warned
// (a form asks every village every question; a leader answering 0 for another village's indicator
// did nothing wrong). It is not counted either.
import { TAB } from '../contract';
import type { Indicator, ReportCell, Village } from '../types';
import { shown } from './context';
import type { Draft } from './problem';

/** The village's own target for the indicator, or `null` when it has none (blank or 0). */
export function targetOf(indicator: Indicator, village: Village): number | null {
  const t = indicator.targets[village.name];
  return typeof t === 'number' && Number.isFinite(t) && t > 0 ? t : null;
}

/** The warning for a cell whose village has no target for its indicator, if so; none for a 0 or a "no" (`value` 0). */
export function checkNoTarget(
  cell: ReportCell,
  indicator: Indicator,
  village: Village,
  value: number,
  targetsTab: string = TAB.targets,
): Draft | null {
  if (targetOf(indicator, village) !== null || value === 0) return null;
  return {
    column: cell.column,
    col: cell.col,
    level: 'Cảnh báo',
    value: shown(cell),
    message: `Thôn ${village.name} không có chỉ tiêu ${indicator.code} (${indicator.name}) nên số này không được tính: kiểm tra lại cột đã điền, hoặc thêm chỉ tiêu cho thôn ở tab ${targetsTab}.`,
  };
}
