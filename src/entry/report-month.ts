// Menu "Báo cáo tháng" (runner action `report-month`, `--month`): the month's results, praise and criticism, in a printable dialog.
import {
  monthlyHtml,
  monthlyReport,
  monthSpan,
  monthText,
  parseMonthChoice,
  resolveMonth,
} from '../core/report';
import type { Instant } from '../core/types';
import { formatInstant } from '../core/zone';
import { now } from '../sheets/clock';
import { withDocumentLock } from '../sheets/lock';
import { showHtmlDialog } from '../sheets/ui';
import { UserError } from '../sheets/user-error';
import type { EntryPoint } from './entry-point';
import { dataErrorsSentence } from './report';
import { runAction } from './run-action';
import { validateWorkbook } from './validate-workbook';
import { weekArgument } from './week-arg';

export const MONTH_REPORT_LABEL = 'Báo cáo tháng';
/** File name under which the local runner saves the page (`DIR/bao-cao-thang.html`, and its PDF). */
export const MONTH_REPORT_FILE = 'bao-cao-thang.html';

/**
 * The use case, as of `asOf`: validates without writing, picks the month (the one holding `asOf`, or `asked`:
 * `previous` or `MM/yyyy`; a month not begun yet is refused) and builds the page. Takes no lock, shows nothing.
 */
export function buildMonthlyReport(
  asOf: Instant,
  asked?: string,
): { title: string; html: string; summary: string } {
  const { model, validation, counts, checkTab } = validateWorkbook(asOf, { write: false });
  const tz = model.settings.timeZone;
  let choice;
  if (asked !== undefined) {
    const parsed = parseMonthChoice(asked);
    if (!parsed.ok) throw new UserError(parsed.message);
    choice = parsed.value;
  }
  const month = resolveMonth(asOf, tz, choice);
  if (monthSpan(month, tz).start > asOf)
    throw new UserError(
      `Tháng ${monthText(month)} chưa bắt đầu (bây giờ là ${formatInstant(asOf, tz)}): hãy chọn tháng này hoặc một tháng đã qua.`,
    );
  const doc = monthlyReport(model, validation, month, asOf);
  return {
    title: `Báo cáo tháng ${doc.month}`,
    html: monthlyHtml(doc, { saveAs: MONTH_REPORT_FILE }),
    summary:
      `Đã lập báo cáo tháng ${doc.month} (${doc.asOf.replace(/\.$/, '').replace(/^Số liệu tính/, 'số liệu tính')}): ` +
      `biểu dương ${doc.praised.length}, phê bình ${doc.criticised.length} thôn.${dataErrorsSentence(counts.errors, checkTab)}`,
  };
}

export function monthReportEntries(): EntryPoint[] {
  return [
    {
      name: 'menuMonthlyReport',
      doc: [
        'NTM → Báo cáo tháng: lập báo cáo tháng gửi UBND xã (kết quả trong tháng của xã và từng thôn, biểu dương, phê bình) để in.',
        '@param {string=} month Tháng chọn riêng (runner --month): "previous" hoặc MM/yyyy; bấm từ menu thì bỏ trống (tháng này).',
      ],
      params: ['month'],
      run: (month?: unknown) =>
        runAction({ label: MONTH_REPORT_LABEL }, () => {
          const built = withDocumentLock(() => buildMonthlyReport(now(), weekArgument(month)));
          const shown = showHtmlDialog(built.title, built.html, 900, 700);
          return shown
            ? built.summary
            : `${built.summary} (Không mở được hộp thoại ở đây: không có giao diện bảng tính.)`;
        }),
      menu: { label: MONTH_REPORT_LABEL },
      action: 'report-month',
    },
  ];
}
