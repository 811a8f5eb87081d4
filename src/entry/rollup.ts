// Menu "Tổng hợp tuần" / "Tổng hợp tuần trước" (runner action `rollup`): validate, rebuild `Tổng hợp`, replace the week in `Lịch sử`.
import { campaignNote, rollup, type Rollup } from '../core/rollup';
import type { Day, Instant } from '../core/types';
import { previousWeek, weekLabel, weekOfInstant } from '../core/weeks';
import { formatInstant } from '../core/zone';
import { now } from '../sheets/clock';
import { writeHistory, type HistoryWrite } from '../sheets/history-tab';
import { withDocumentLock } from '../sheets/lock';
import { writeRollupTab } from '../sheets/rollup-tab';
import type { Sheet } from '../sheets/tab-io';
import type { EntryPoint } from './entry-point';
import { runAction } from './run-action';
import { validateWorkbook } from './validate-workbook';

/** Which week to roll up: a day of it (its deadline day names it), or the week before the one holding as-of. */
export type WeekChoice = Day | 'previous';

export interface RollupWeekResult {
  rollup: Rollup;
  history: HistoryWrite;
  /** The rebuilt `Tổng hợp` tab. */
  sheet: Sheet;
  /** One Vietnamese sentence for the toast and `Nhật ký`. */
  summary: string;
}

function count(n: number, what: string): string {
  return `${n} ${what}`;
}

/** The officer's summary: week, as-of time, reports by status, what `Kiểm tra` lists. */
export function rollupSummary(r: Rollup, errors: number, warnings: number): string {
  const by = (s: string) => r.scores.filter((x) => x.weekReport === s).length;
  const reports = [count(by('Đúng hạn'), 'thôn nộp đúng hạn'), count(by('Trễ hạn'), 'trễ hạn'), count(by('Chưa nộp'), 'chưa nộp')];
  const check = errors + warnings > 0 ? ` Tab Kiểm tra có ${count(errors, 'lỗi')} và ${count(warnings, 'cảnh báo')} cần xem.` : '';
  const note = campaignNote(r);
  return `Đã tổng hợp ${weekLabel(r.week)} (số liệu đến ${formatInstant(r.asOf, r.timeZone)}): ${reports.join(', ')}.${check}${note ? ` ${note}` : ''}`;
}

/**
 * The rollup use case, as of instant `asOf`: validates (rebuilding `Kiểm tra`), rolls up `week`
 * (default: the week holding `asOf`; `'previous'`: the week before it, so reports sent late show
 * as `Trễ hạn`), rebuilds `Tổng hợp` and replaces that week's block of `Lịch sử`.
 * Takes no lock and shows nothing: the caller holds the document lock (menus, the hourly trigger).
 */
export function rollupWeek(asOf: Instant, week?: WeekChoice): RollupWeekResult {
  const { model, validation, counts } = validateWorkbook(asOf, { write: true });
  const { deadline, timeZone } = model.settings;
  const chosen = week === 'previous' ? previousWeek(weekOfInstant(asOf, deadline, timeZone)) : week;
  const result = rollup(model, validation, asOf, chosen);
  const sheet = writeRollupTab(result);
  const history = writeHistory(result);
  return { rollup: result, history, sheet, summary: rollupSummary(result, counts.errors, counts.warnings) };
}

/** Menu body: under the document lock, roll up, then show `Tổng hợp`. */
function rollupFromMenu(label: string, week?: WeekChoice) {
  return runAction({ label }, () =>
    withDocumentLock(() => {
      const done = rollupWeek(now(), week);
      done.sheet.activate();
      return done.summary;
    }),
  );
}

export function rollupEntries(): EntryPoint[] {
  return [
    {
      name: 'menuRollup',
      doc: ['NTM → Tổng hợp tuần: kiểm tra dữ liệu, dựng lại tab Tổng hợp của tuần này, lưu tuần vào Lịch sử.'],
      params: [],
      run: () => rollupFromMenu('Tổng hợp tuần'),
      menu: { label: 'Tổng hợp tuần' },
      action: 'rollup',
    },
    {
      name: 'menuRollupPreviousWeek',
      doc: ['NTM → Tổng hợp tuần trước: tổng hợp lại tuần trước với mọi báo cáo đã nhận đến nay (báo cáo nộp muộn ghi Trễ hạn).'],
      params: [],
      run: () => rollupFromMenu('Tổng hợp tuần trước', 'previous'),
      menu: { label: 'Tổng hợp tuần trước' },
    },
  ];
}
