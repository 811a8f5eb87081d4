// Rule: for an indicator counted in `hộ`, a running total above the village's `Số hộ`: ⚠ Cảnh báo (still counted).
import { TAB } from '../contract';
import { fold } from '../text';
import type { Indicator, ReportCell, Village } from '../types';
import { formatViNumber } from '../vi-format';
import { shown } from './context';
import type { Draft } from './problem';

export function isHouseholdUnit(unit: string): boolean {
  return fold(unit) === 'ho';
}

/** The warning when the total after this counted cell (`total`) passes the village's households. */
export function checkHouseholds(
  cell: ReportCell,
  indicator: Indicator,
  village: Village,
  total: number,
  villagesTab: string = TAB.villages,
): Draft | null {
  if (indicator.kind === 'Đạt/Chưa' || !isHouseholdUnit(indicator.unit)) return null;
  if (village.households === null || !(total > village.households)) return null;
  return {
    column: cell.column,
    col: cell.col,
    level: 'Cảnh báo',
    value: shown(cell),
    message: `Lũy kế ${formatViNumber(total)} hộ vượt số hộ của thôn ${village.name} (${formatViNumber(village.households)} hộ): kiểm tra lại số đã nhập hoặc cột Số hộ ở tab ${villagesTab}.`,
  };
}
