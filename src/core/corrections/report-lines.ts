// The reports to fix as a leader reads them, in plain text and escaped HTML: shared by correction requests and reminders.
import { html, safeUrl, type SafeHtml } from '../reminders/html';
import { clip } from '../reminders/message-parts';
import type { LeaderProblem, ReportToFix } from './correction-types';

/** Longest value or question taken from an answer into a message. */
const MAX_VALUE_CHARS = 300;
export const ACCEPT_LINE = 'Nếu số đã ghi là đúng, xin báo cán bộ xã để cán bộ xác nhận.';
export const WHOLE_LINE = 'Cả báo cáo này chưa được tính cho đến khi sửa.';

/** The link to fix one report and what to do with it: its edit link, else the village's form link, else none. */
export function fixLink(
  report: ReportToFix,
  villageLink: string | null | undefined,
): { url: string | null; text: string } {
  const edit = safeUrl(report.editLink);
  if (edit) return { url: edit, text: 'Sửa chính báo cáo này tại' };
  const form = safeUrl(villageLink);
  if (form) return { url: form, text: 'Gửi lại báo cáo với số đã sửa tại' };
  return { url: null, text: 'Xin gửi một báo cáo mới với số đã sửa qua biểu mẫu báo cáo của xã' };
}

/** How to fix the reports listed above: open each one's link, or send a new report when none has one. */
export function howToFix(reports: readonly ReportToFix[], villageLink: string | null | undefined): string {
  const digits = '(chỉ ghi chữ số, ví dụ 3.200 hoặc 0,38)';
  return reports.some((r) => fixLink(r, villageLink).url)
    ? `Cách sửa: mở đường dẫn kèm theo từng báo cáo ở trên, sửa đúng các câu hỏi được nêu ${digits} rồi bấm Gửi.`
    : `Cách sửa: gửi một báo cáo mới qua biểu mẫu báo cáo của xã, ghi đúng các câu hỏi được nêu ở trên ${digits}.`;
}

/** The reports with at most `limit` problems in all (at least one), and how many problems were left out. */
export function shownReports(
  reports: readonly ReportToFix[],
  limit: number,
): { reports: ReportToFix[]; more: number } {
  let left = Math.max(1, limit);
  let more = 0;
  const out: ReportToFix[] = [];
  for (const r of reports) {
    const take = r.problems.slice(0, left);
    more += r.problems.length - take.length;
    left -= take.length;
    if (take.length > 0) out.push({ ...r, problems: take });
  }
  return { reports: out, more };
}

function question(p: LeaderProblem): string {
  return p.question ? clip(p.question, MAX_VALUE_CHARS) : '(cả báo cáo)';
}

function problemText(p: LeaderProblem): string[] {
  return [
    `   - Câu hỏi: ${question(p)}`,
    `     Đã ghi: "${clip(p.value, MAX_VALUE_CHARS)}"`,
    `     Sai ở đâu: ${clip(p.wrong, MAX_VALUE_CHARS * 2)}`,
    `     Cần ghi: ${clip(p.fix, MAX_VALUE_CHARS * 2)}`,
    ...(p.officerMayAccept ? [`     ${ACCEPT_LINE}`] : []),
  ];
}

/** Plain-text lines of the `i`-th report (numbered from 1): when sent, its problems, the link to fix it. */
export function reportText(r: ReportToFix, i: number, villageLink: string | null | undefined): string[] {
  const link = fixLink(r, villageLink);
  return [
    `${i + 1}. Báo cáo gửi lúc ${clip(r.sentAt)}`,
    ...(r.problems.some((p) => p.wholeRow) ? [`   ${WHOLE_LINE}`] : []),
    ...r.problems.flatMap(problemText),
    `   ${link.text}${link.url ? `: ${link.url}` : '.'}`,
  ];
}

const CELL = 'border:1px solid #ccc;padding:4px 8px;vertical-align:top';

function problemHtml(p: LeaderProblem): SafeHtml {
  return html`<tr><td style="${CELL}">${question(p)}</td><td style="${CELL}">${clip(p.value, MAX_VALUE_CHARS)}</td><td style="${CELL}">${clip(p.wrong, MAX_VALUE_CHARS * 2)}</td><td style="${CELL}"><b>${clip(p.fix, MAX_VALUE_CHARS * 2)}</b>${p.officerMayAccept ? html`<br><i>${ACCEPT_LINE}</i>` : null}</td></tr>`;
}

/** The same report in HTML: a heading, a table of its problems, the link. */
export function reportHtml(r: ReportToFix, i: number, villageLink: string | null | undefined): SafeHtml {
  const link = fixLink(r, villageLink);
  return html`<p><b>${i + 1}. Báo cáo gửi lúc ${clip(r.sentAt)}</b>${r.problems.some((p) => p.wholeRow) ? html`<br><span style="color:#b00">${WHOLE_LINE}</span>` : null}</p>
<table style="border-collapse:collapse"><tr><th style="${CELL}">Câu hỏi</th><th style="${CELL}">Đã ghi</th><th style="${CELL}">Sai ở đâu</th><th style="${CELL}">Cần ghi</th></tr>${r.problems.map(problemHtml)}</table>
<p>${link.url ? html`<a href="${link.url}">${link.text}</a>` : html`${link.text}.`}</p>`;
}
