// Rule: an amount in metres written with one comma followed by exactly three digits (`1,500`, `3,200 m`): ⚠, read as 1,5 by the comma rule.
import { isMetreUnit, splitUnit } from '../amount';
import type { Indicator, ReportCell } from '../types';
import { formatViNumber } from '../vi-format';
import type { CellReading } from './amount-value';
import { shown } from './context';
import type { Draft } from './problem';

/** One to three digits (not starting with 0), a comma, exactly three digits: how a thousands group looks with an English comma. */
const COMMA_GROUP = /^([1-9]\d{0,2}),(\d{3})$/;

/**
 * The warning for a cell of an indicator counted in m whose text looks like thousands grouped with a
 * comma. Only text with no unit or a metre unit is concerned (`1,500 km` is plainly 1,5 km); a cell
 * whose value already has a problem gets none.
 */
export function checkCommaInMetres(
  cell: ReportCell,
  indicator: Indicator,
  reading: CellReading,
): Draft | null {
  if (reading.problem || reading.value === null || typeof cell.value !== 'string') return null;
  if (indicator.kind === 'Đạt/Chưa' || !isMetreUnit(indicator.unit)) return null;
  if (!cell.value.includes(',')) return null;
  const parts = splitUnit(cell.value.trim());
  if (parts.unit !== '' && !isMetreUnit(parts.unit)) return null;
  const m = COMMA_GROUP.exec(parts.number.trim());
  if (!m) return null;
  const meant = Number(m[1] + m[2]);
  const text = shown(cell);
  return {
    column: cell.column,
    col: cell.col,
    level: 'Cảnh báo',
    value: text,
    message:
      `"${text}" được đọc là ${formatViNumber(reading.value)} m vì dấu phẩy là dấu thập phân. ` +
      `Có phải ý là ${formatViNumber(meant)} m? Nếu vậy hãy sửa thành ${formatViNumber(meant)} hoặc ${meant}; ` +
      `nếu đúng là ${formatViNumber(reading.value)} m thì cán bộ ghi Đồng ý ở cột Xác nhận.`,
  };
}
