// Báo cáo tuần (docs/rollup.md): Đúng hạn with an on-time valid row in week W, else Trễ hạn with a late one, else Chưa nộp.
import type { CountedRow, Day } from '../types';
import type { WeekReport } from './rollup-types';

/** Báo cáo tuần of one village for week `week`, from its valid rows (already limited to timestamps ≤ T). */
export function weekReport(rows: readonly CountedRow[], week: Day): WeekReport {
  const ofWeek = rows.filter((r) => r.week === week);
  if (ofWeek.some((r) => r.onTime)) return 'Đúng hạn';
  if (ofWeek.length > 0) return 'Trễ hạn';
  return 'Chưa nộp';
}
