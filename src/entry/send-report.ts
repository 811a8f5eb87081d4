// Menu "Gửi báo cáo tuần" (runner action `send-report`): the weekly report as a PDF to `Email cán bộ`, through the ledger, once a week unless sent again on purpose.
import { REPORT_KIND, TAB, tabTitle } from '../core/contract';
import { errorText } from '../core/error-text';
import { COMMUNE_WIDE, LedgerIndex, type LedgerResult } from '../core/reminders';
import { cleanSubject, communeLabel } from '../core/reminders/message-parts';
import { reportMail } from '../core/report';
import type { Instant } from '../core/types';
import { weekLabel } from '../core/weeks';
import { formatInstant } from '../core/zone';
import { remainingQuota } from '../mail/mail-service';
import { htmlToPdf } from '../mail/pdf';
import { now } from '../sheets/clock';
import { openLedger, type LedgerRow } from '../sheets/ledger-tab';
import { withDocumentLock } from '../sheets/lock';
import { confirm } from '../sheets/ui';
import { UserError } from '../sheets/user-error';
import type { EntryPoint } from './entry-point';
import { buildWeeklyReport } from './report';
import { runAction } from './run-action';
import { sendThroughLedger } from './send-through-ledger';
import { weekArgument, type WeekAsked } from './week-arg';

export const SEND_REPORT_LABEL = 'Gửi báo cáo tuần';

/** Whether a report already sent goes again: ask the officer (menu), yes (runner `--resend`), or no (runner). */
export type Resend = 'ask' | 'yes' | 'no';

/** The runner passes `resend` or `once`; a menu click passes nothing: ask. */
export function resendArgument(arg: unknown): Resend {
  if (typeof arg !== 'string') return 'ask';
  return arg === 'resend' ? 'yes' : 'no';
}

/** What one locked pass did: sent (summary), or found the week's report sent at `sentAt` and stopped. */
type Pass = { sent: string } | { sentAt: Instant; week: string; timeZone: string };

/**
 * Under the document lock: builds the report, reads the ledger; when the week's report is settled at a time other
 * than `confirmedAt`, stops and says when; else checks addresses and quota, converts the page to PDF (before any
 * ledger row: a failed conversion sends nothing) and sends it through the ledger.
 */
function sendPass(week: WeekAsked | undefined, confirmedAt: Instant | null): Pass {
  return withDocumentLock(() => {
    const built = buildWeeklyReport(now(), week);
    const { settings, tabTitles } = built.model;
    const settingsTab = tabTitle(tabTitles, TAB.settings);
    const recipients = [...new Set(settings.officerEmails)];
    if (recipients.length === 0)
      throw new UserError(
        `Chưa có địa chỉ nhận báo cáo: hãy ghi email của cán bộ vào tab ${settingsTab}, tham số "Email cán bộ" (cột Giá trị), ví dụ can-bo@example.vn, rồi chạy lại ${SEND_REPORT_LABEL}.`,
      );
    const ledger = openLedger({
      timeZone: settings.timeZone,
      campaignStart: settings.campaignStart,
      create: true,
    })!;
    const reportWeek = built.rollup.week;
    const label = weekLabel(reportWeek);
    const sentAt = new LedgerIndex(ledger.entries).settledAt(reportWeek, COMMUNE_WIDE, REPORT_KIND);
    if (sentAt !== null && sentAt !== confirmedAt)
      return { sentAt, week: label, timeZone: settings.timeZone };
    const quota = remainingQuota();
    if (quota < recipients.length)
      throw new UserError(
        `Chưa gửi báo cáo ${label.toLocaleLowerCase('vi')}: hạn mức gửi thư hôm nay của tài khoản còn ${quota} người nhận, báo cáo cần ${recipients.length} ` +
          `(mỗi địa chỉ ở "Email cán bộ" tính một). Hãy gửi lại vào ngày mai, hoặc bớt địa chỉ ở tab ${settingsTab}, tham số "Email cán bộ".`,
      );
    const mail = reportMail(built.doc, settings.communeName, built.text);
    let pdf: GoogleAppsScript.Base.Blob;
    try {
      pdf = htmlToPdf(built.html, mail.pageName);
    } catch (e) {
      throw new UserError(
        `Chưa gửi báo cáo: không chuyển được báo cáo sang PDF (${errorText(e)}). Chưa gửi thư nào; hãy chạy lại ${SEND_REPORT_LABEL}.`,
      );
    }
    const note =
      sentAt !== null
        ? `gửi lại theo xác nhận của cán bộ (lần trước: ${formatInstant(sentAt, settings.timeZone)})`
        : '';
    const row = (
      item: { recipients: readonly string[] },
      result: LedgerResult,
      why: string,
      to: readonly string[],
    ): LedgerRow => ({
      time: now(),
      week: reportWeek,
      village: COMMUNE_WIDE,
      recipients: to.join(', '),
      kind: REPORT_KIND,
      result,
      note: why || note,
    });
    const results = sendThroughLedger(
      {
        ledger,
        senderName: cleanSubject(`NTM ${communeLabel(settings.communeName)}`),
        message: () => ({ ...mail, attachments: [pdf] }),
        row,
      },
      [{ recipients }],
    );
    if (results.failed.length > 0)
      throw new UserError(
        `Chưa gửi được báo cáo ${label.toLocaleLowerCase('vi')}: ${results.failed[0].reason}. Sổ ${tabTitle(tabTitles, TAB.reminders)} ghi "Lỗi"; hãy chạy lại ${SEND_REPORT_LABEL}.`,
      );
    const partial = results.partial.length > 0 ? ` Lưu ý: ${results.partial[0].reason}.` : '';
    const again = sentAt !== null ? ' (gửi lại)' : '';
    return {
      sent: `Đã gửi báo cáo ${label.toLocaleLowerCase('vi')}${again} kèm tệp ${mail.pdfName} tới ${recipients.join(', ')}.${partial} ${built.summary}`,
    };
  });
}

/** The question before sending a week's report again. */
export function resendQuestion(week: string, sentAt: Instant, timeZone: string): string {
  return `Báo cáo ${week.toLocaleLowerCase('vi')} đã gửi lúc ${formatInstant(sentAt, timeZone)}. Gửi lại?`;
}

/**
 * The use case: sends the week's report unless the ledger says it went already; then `ask` asks the officer (outside
 * the lock, so nobody waits on the dialog) and sends again only if they say yes and nobody sent it meanwhile.
 */
export function sendWeeklyReport(week: WeekAsked | undefined, resend: Resend): string {
  const first = sendPass(week, null);
  if ('sent' in first) return first.sent;
  const question = resendQuestion(first.week, first.sentAt, first.timeZone);
  const how = 'Muốn gửi lại: bấm lại NTM › Gửi báo cáo tuần và chọn Có (runner: thêm --resend).';
  if (resend === 'no') return `${question.replace(/ Gửi lại\?$/, '')} Không gửi lại. ${how}`;
  if (resend === 'ask' && !confirm(SEND_REPORT_LABEL, question))
    return `${question.replace(/ Gửi lại\?$/, '')} Không gửi lại.`;
  const second = sendPass(week, first.sentAt);
  if ('sent' in second) return second.sent;
  return `${resendQuestion(second.week, second.sentAt, second.timeZone).replace(/ Gửi lại\?$/, '')} (vừa có người gửi trong lúc chờ xác nhận). Không gửi lại.`;
}

export function sendReportEntries(): EntryPoint[] {
  return [
    {
      name: 'menuSendWeeklyReport',
      doc: [
        'NTM → Gửi báo cáo tuần: gửi báo cáo tuần (tệp PDF) tới Email cán bộ, mỗi tuần một lần trừ khi cán bộ xác nhận gửi lại.',
        '@param {string=} week Tuần chọn riêng (runner --week): "previous" hoặc ngày hạn nộp dd/MM/yyyy; bấm từ menu thì bỏ trống.',
        '@param {string=} resend Runner: "resend" để gửi lại báo cáo đã gửi, "once" để không gửi lại; bấm từ menu thì bỏ trống (hỏi cán bộ).',
      ],
      params: ['week', 'resend'],
      run: (week?: unknown, resend?: unknown) =>
        runAction({ label: SEND_REPORT_LABEL, alertSummary: true }, () =>
          sendWeeklyReport(weekArgument(week), resendArgument(resend)),
        ),
      menu: { label: SEND_REPORT_LABEL },
      action: 'send-report',
    },
  ];
}
