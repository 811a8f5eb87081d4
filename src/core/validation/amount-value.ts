// Rule: an amount that is not a number, is negative, is not whole for a counted unit, or has a unit that does not convert (Lỗi); Đạt/Chưa cells read yes/no.
import { isCountedUnit, parseAmount } from '../amount';
import type { Indicator, ReportCell } from '../types';
import { formatViNumber } from '../vi-format';
import { parseYesNo } from '../yes-no';
import { shown } from './context';
import type { Draft } from './problem';

/** What a non-blank indicator cell holds: its number in the indicator's unit (Đạt/Chưa: 1 or 0), or none. */
export interface CellReading {
  /** The parsed number, or `null` when the cell holds no number at all. */
  value: number | null;
  /** The Lỗi found on the value, if any. */
  problem?: Draft;
}

const WHOLE_EPSILON = 1e-9;

function isWhole(n: number): boolean {
  return Math.abs(n - Math.round(n)) < WHOLE_EPSILON;
}

/** A Lỗi on `cell`. */
function valueError(cell: ReportCell, message: string, acceptable: boolean): Draft {
  return { column: cell.column, col: cell.col, level: 'Lỗi', value: shown(cell), acceptable, message };
}

/** Reads and checks one non-blank indicator cell. */
export function readCell(cell: ReportCell, indicator: Indicator): CellReading {
  if (indicator.kind === 'Đạt/Chưa') {
    const yn = parseYesNo(cell.value);
    if (yn.ok) return { value: yn.value ? 1 : 0 };
    return { value: null, problem: valueError(cell, yn.message, false) };
  }
  const p = parseAmount(cell.value, indicator.unit);
  if (!p.ok) return { value: null, problem: valueError(cell, p.message, false) };
  const n = p.value;
  if (n < 0) {
    return {
      value: n,
      problem: valueError(
        cell,
        `Số âm (${shown(cell)}): hãy ghi khối lượng đã làm được, là số không âm (ví dụ ${formatViNumber(-n)}).`,
        true,
      ),
    };
  }
  if (isCountedUnit(indicator.unit) && !isWhole(n)) {
    return {
      value: n,
      problem: valueError(
        cell,
        `"${shown(cell)}" không phải số nguyên: ${indicator.unit} được đếm từng ${indicator.unit}, hãy ghi số nguyên (ví dụ ${formatViNumber(Math.max(1, Math.round(n)))}).`,
        true,
      ),
    };
  }
  return { value: n };
}

/** True when a non-blank cell reports some work (a number other than 0, a yes, or text that is not a number). */
export function reportsWork(reading: CellReading): boolean {
  return reading.value === null || reading.value !== 0;
}
