// `Lịch sử` rows (docs/rollup.md): the rollup table's rows with `Tuần` (the week's deadline date) in front.
import type { CellValue, Day } from '../types';
import { instantOf } from '../zone';
import { ROLLUP_HEADERS, rollupTableRows } from './rollup-tables';
import type { Rollup } from './rollup-types';

export const HISTORY_HEADERS = ['Tuần', ...ROLLUP_HEADERS] as const;

/**
 * The `Tuần` cell of a week: by default a Date at midnight of the deadline day in the rollup's
 * zone (`Múi giờ`), which a sheet in that zone shows as that date. An adapter that needs another
 * representation (the day number, a text) passes its own `weekCell`.
 */
export function weekDateCell(week: Day, timeZone: string): CellValue {
  return new Date(instantOf(week, 0, timeZone));
}

/** The week's block of `Lịch sử` (without header): one row per rollup table row, `Tuần` first. */
export function historyRows(
  rollup: Rollup,
  weekCell: (week: Day) => CellValue = (w) => weekDateCell(w, rollup.timeZone),
): CellValue[][] {
  const tuan = weekCell(rollup.week);
  return rollupTableRows(rollup).map((row) => [tuan, ...row]);
}
