// Menu "Tổng hợp tuần" / "Tổng hợp tuần trước" (runner action `rollup`): validate, rebuild `Tổng hợp`, replace the week in `Lịch sử`.
import { campaignNote, rollup, weekNote, type Rollup } from '../core/rollup';
import type { Instant } from '../core/types';
import { weekLabel } from '../core/weeks';
import { formatInstant } from '../core/zone';
import { now } from '../sheets/clock';
import { writeHistory, type HistoryWrite } from '../sheets/history-tab';
import { withDocumentLock } from '../sheets/lock';
import { writeRollupTab } from '../sheets/rollup-tab';
import type { Sheet } from '../sheets/tab-io';
import type { EntryPoint } from './entry-point';
import { runAction } from './run-action';
import { validateWorkbook } from './validate-workbook';
import { resolveWeek, weekArgument, type WeekAsked } from './week-arg';

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
  const reports = [
    count(by('Đúng hạn'), 'thôn nộp đúng hạn'),
    count(by('Trễ hạn'), 'trễ hạn'),
    count(by('Chưa nộp'), 'chưa nộp'),
  ];
  const check =
    errors + warnings > 0
      ? ` Tab Kiểm tra có ${count(errors, 'lỗi')} và ${count(warnings, 'cảnh báo')} cần xem.`
      : '';
  const notes = [weekNote(r), campaignNote(r)]
    .filter((n) => n !== '')
    .map((n) => ` ${n}`)
    .join('');
  return `Đã tổng hợp ${weekLabel(r.week)} (số liệu đến ${formatInstant(r.asOf, r.timeZone)}): ${reports.join(', ')}.${check}${notes}`;
}

/**
 * The rollup use case, as of instant `asOf`: validates (rebuilding `Kiểm tra`), rolls up the week
 * `reportWeek` picks (`src/core/report-week.ts`: the week holding `asOf`, or within 24 h after a
 * deadline the week it closed; `week` chooses one: a day, `'previous'`, or the runner's `--week`
 * text), rebuilds `Tổng hợp` and replaces that week's block of `Lịch sử`.
 * Takes no lock and shows nothing: the caller holds the document lock (menus, the hourly trigger).
 */
export function rollupWeek(asOf: Instant, week?: WeekAsked): RollupWeekResult {
  const { model, validation, counts } = validateWorkbook(asOf, { write: true });
  const result = rollup(model, validation, asOf, resolveWeek(week, model.settings));
  const sheet = writeRollupTab(result);
  const history = writeHistory(result);
  return { rollup: result, history, sheet, summary: rollupSummary(result, counts.errors, counts.warnings) };
}

/** Menu body: under the document lock, roll up, then show `Tổng hợp`. */
function rollupFromMenu(label: string, week?: WeekAsked) {
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
      doc: [
        'NTM → Tổng hợp tuần: kiểm tra dữ liệu, dựng lại tab Tổng hợp của tuần này (trong 24 giờ sau hạn nộp: của tuần vừa hết hạn), lưu tuần vào Lịch sử.',
        '@param {string=} week Tuần chọn riêng (runner --week): "previous" hoặc ngày hạn nộp dd/MM/yyyy; bấm từ menu thì bỏ trống.',
      ],
      params: ['week'],
      run: (week?: unknown) => rollupFromMenu('Tổng hợp tuần', weekArgument(week)),
      menu: { label: 'Tổng hợp tuần' },
      action: 'rollup',
    },
    {
      name: 'menuRollupPreviousWeek',
      doc: [
        'NTM → Tổng hợp tuần trước: tổng hợp lại tuần trước với mọi báo cáo đã nhận đến nay (báo cáo nộp muộn ghi Trễ hạn).',
      ],
      params: [],
      run: () => rollupFromMenu('Tổng hợp tuần trước', 'previous'),
      menu: { label: 'Tổng hợp tuần trước' },
    },
  ];
}
