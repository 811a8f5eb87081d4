// Rule: a row whose report day falls in a peak phase, with amounts but no `Ảnh`: ⚠ Cảnh báo (only tabs with an `Ảnh` column).
import { isBlank } from '../text';
import type { Day, Period, ReportRow } from '../types';
import { formatDay } from '../zone';
import type { Titles } from './context';
import type { Draft } from './problem';

/** The peak phase holding `day` (both ends included), if any. */
export function peakPhaseOf(day: Day, phases: readonly Period[]): Period | null {
  return phases.find((p) => p.start <= day && day <= p.end) ?? null;
}

/** `hasAmounts`: the row reports some work (see amount-value's `reportsWork`). */
export function checkPeakPhoto(
  row: ReportRow,
  day: Day,
  hasAmounts: boolean,
  phases: readonly Period[],
  titles: Titles,
): Draft | null {
  if (row.photo === null || !isBlank(row.photo) || !hasAmounts) return null;
  const phase = peakPhaseOf(day, phases);
  if (!phase) return null;
  return {
    column: titles.photo,
    col: row.photoCol ?? row.timestampCol,
    level: 'Cảnh báo',
    value: row.photo,
    message: `Ngày ${formatDay(day)} thuộc đợt cao điểm (${formatDay(phase.start)}–${formatDay(phase.end)}) mà báo cáo có số liệu chưa kèm ảnh: hãy gửi ảnh (đường link) ở cột Ảnh.`,
  };
}
