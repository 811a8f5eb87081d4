// Menu "Xuất báo cáo tuần" / "Báo cáo tuần trước" (runner action `report`): the weekly report to the UBND, in a printable dialog.
import { TAB } from '../core/contract';
import { reportHtml, reportText, weeklyReport, type ReportDoc } from '../core/report';
import { rollup, type Rollup } from '../core/rollup';
import type { Instant, Model } from '../core/types';
import { weekLabel } from '../core/weeks';
import { formatInstant } from '../core/zone';
import { now } from '../sheets/clock';
import { withDocumentLock } from '../sheets/lock';
import { showHtmlDialog } from '../sheets/ui';
import type { EntryPoint } from './entry-point';
import { runAction } from './run-action';
import { VALIDATE_LABEL } from './validate';
import { validateWorkbook } from './validate-workbook';
import { resolveWeek, weekArgument, type WeekAsked } from './week-arg';

export const REPORT_LABEL = 'Xuất báo cáo tuần';
export const PREVIOUS_REPORT_LABEL = 'Báo cáo tuần trước';
/** File name under which the local runner saves the report page (`DIR/bao-cao-tuan.html`). */
export const REPORT_FILE = 'bao-cao-tuan.html';
export const PREVIOUS_REPORT_FILE = 'bao-cao-tuan-truoc.html';

export interface WeeklyReportResult {
  /** The workbook the report was built from (settings: commune, officers, zone). */
  model: Model;
  rollup: Rollup;
  doc: ReportDoc;
  /** The printable page (print button, text version to copy). */
  html: string;
  /** The plain text version (Zalo, e-mail). */
  text: string;
  /** One Vietnamese sentence for the toast and `Nhật ký`. */
  summary: string;
}

/** '' or the sentence on the data errors left out of a report's figures, pointing to `Kiểm tra dữ liệu`. */
export function dataErrorsSentence(errors: number, checkTab: string = TAB.check): string {
  return errors > 0
    ? ` Còn ${errors} lỗi dữ liệu (giá trị lỗi không được tính vào báo cáo): chạy ${VALIDATE_LABEL} để xem trong tab ${checkTab}.`
    : '';
}

/** Week, as-of time, villages that reported, praised and reminded, and open problems of the inputs. */
export function reportSummary(
  r: Rollup,
  doc: ReportDoc,
  errors: number,
  checkTab: string = TAB.check,
): string {
  const total = r.scores.length;
  const submitted = total - doc.notSubmitted.length;
  const late = doc.late.length ? ` (${doc.late.length} trễ hạn)` : '';
  const missing = doc.notSubmitted.length ? `; chưa nộp: ${doc.notSubmitted.join(', ')}` : '';
  const check = dataErrorsSentence(errors, checkTab);
  return (
    `Đã lập báo cáo ${weekLabel(r.week)} (số liệu đến ${formatInstant(r.asOf, r.timeZone)}): ${submitted}/${total} thôn đã nộp${late}${missing}; ` +
    `biểu dương ${doc.praised.length}, nhắc nhở ${doc.reminded.length} thôn.${check}`
  );
}

/**
 * The report use case, as of instant `asOf`: validates without writing anything (`Kiểm tra`, marks,
 * `Tổng hợp` and `Lịch sử` are left as they are), rolls up in memory the week `reportWeek` picks
 * (the week holding `asOf`, or within 24 h after a deadline the week it closed; `week` chooses one)
 * and builds the report. Takes no lock and shows nothing.
 */
export function buildWeeklyReport(
  asOf: Instant,
  week?: WeekAsked,
  saveAs: string = REPORT_FILE,
): WeeklyReportResult {
  const { model, validation, counts, checkTab } = validateWorkbook(asOf, { write: false });
  const result = rollup(model, validation, asOf, resolveWeek(week, model.settings));
  const doc = weeklyReport(model, result, validation.rows);
  return {
    model,
    rollup: result,
    doc,
    html: reportHtml(doc, { saveAs }),
    text: reportText(doc),
    summary: reportSummary(result, doc, counts.errors, checkTab),
  };
}

/** Menu body: under the document lock, build the report, then show it over the sheet. */
function reportFromMenu(label: string, week: WeekAsked | undefined, saveAs: string) {
  return runAction({ label }, () => {
    const built = withDocumentLock(() => buildWeeklyReport(now(), week, saveAs));
    const shown = showHtmlDialog(
      `Báo cáo ${weekLabel(built.rollup.week).toLocaleLowerCase('vi')}`,
      built.html,
      900,
      700,
    );
    return shown
      ? built.summary
      : `${built.summary} (Không mở được hộp thoại ở đây: không có giao diện bảng tính.)`;
  });
}

export function reportEntries(): EntryPoint[] {
  return [
    {
      name: 'menuWeeklyReport',
      doc: [
        'NTM → Xuất báo cáo tuần: lập báo cáo tuần gửi UBND xã (kết quả, thi đua, hỗ trợ NQ 44, kế hoạch tuần tới) để in hoặc chép vào Zalo.',
        '@param {string=} week Tuần chọn riêng (runner --week): "previous" hoặc ngày hạn nộp dd/MM/yyyy; bấm từ menu thì bỏ trống.',
      ],
      params: ['week'],
      run: (week?: unknown) => reportFromMenu(REPORT_LABEL, weekArgument(week), REPORT_FILE),
      menu: { label: REPORT_LABEL },
      action: 'report',
    },
    {
      name: 'menuWeeklyReportPreviousWeek',
      doc: ['NTM → Báo cáo tuần trước: lập lại báo cáo của tuần trước với mọi báo cáo thôn đã nhận đến nay.'],
      params: [],
      run: () => reportFromMenu(PREVIOUS_REPORT_LABEL, 'previous', PREVIOUS_REPORT_FILE),
      menu: { label: PREVIOUS_REPORT_LABEL },
    },
  ];
}
