// The correction-request email (SPEC §5) in plain Vietnamese for a village leader: subject, plain text and escaped HTML.
import { html, safeUrl, type SafeHtml } from '../reminders/html';
import { capitalize, cleanSubject, clip, communeLabel, mailTag, moreLine, villageLabel } from '../reminders/message-parts';
import { findVillage, MAX_BODY_BYTES, utf8Length } from '../reminders/messages';
import type { Model } from '../types';
import { formatViNumber } from '../vi-format';
import type { CorrectionItem, LeaderProblem, ReportToFix } from './correction-types';

export interface CorrectionMessage {
  subject: string;
  body: string;
  htmlBody: string;
}

/** Longest value or question taken from an answer into the message. */
const MAX_VALUE_CHARS = 300;
const FIRST_LIMIT = 200;
const ACCEPT_LINE = 'Nếu số đã ghi là đúng, xin báo cán bộ xã để cán bộ xác nhận.';
const WHOLE_LINE = 'Cả báo cáo này chưa được tính cho đến khi sửa.';

/** The link to fix one report and what to do with it: its edit link, else the village's form link, else none. */
export function fixLink(report: ReportToFix, item: CorrectionItem): { url: string | null; text: string } {
  const edit = safeUrl(report.editLink);
  if (edit) return { url: edit, text: 'Sửa chính báo cáo này tại' };
  const form = safeUrl(item.reportLink);
  if (form) return { url: form, text: 'Gửi lại báo cáo với số đã sửa tại' };
  return { url: null, text: 'Xin gửi một báo cáo mới với số đã sửa qua biểu mẫu báo cáo của xã' };
}

/** The message for one village; long lists are cut (`… và N lỗi khác`) until the bodies fit `MAX_BODY_BYTES`. */
export function correctionMessage(item: CorrectionItem, model: Model): CorrectionMessage {
  for (let limit = FIRST_LIMIT; ; limit = Math.floor(limit / 2)) {
    const m = build(item, model, limit);
    if (utf8Length(m.body) + utf8Length(m.htmlBody) <= MAX_BODY_BYTES || limit <= 1) return m;
  }
}

/** The reports with at most `limit` problems in all, and how many problems were left out. */
function shown(reports: readonly ReportToFix[], limit: number): { reports: ReportToFix[]; more: number } {
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

function reportText(r: ReportToFix, i: number, item: CorrectionItem): string[] {
  const link = fixLink(r, item);
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

function reportHtml(r: ReportToFix, i: number, item: CorrectionItem): SafeHtml {
  const link = fixLink(r, item);
  return html`<p><b>${i + 1}. Báo cáo gửi lúc ${clip(r.sentAt)}</b>${r.problems.some((p) => p.wholeRow) ? html`<br><span style="color:#b00">${WHOLE_LINE}</span>` : null}</p>
<table style="border-collapse:collapse"><tr><th style="${CELL}">Câu hỏi</th><th style="${CELL}">Đã ghi</th><th style="${CELL}">Sai ở đâu</th><th style="${CELL}">Cần ghi</th></tr>${r.problems.map(problemHtml)}</table>
<p>${link.url ? html`<a href="${link.url}">${link.text}</a>` : html`${link.text}.`}</p>`;
}

function build(item: CorrectionItem, model: Model, limit: number): CorrectionMessage {
  const village = findVillage(model, item.village);
  const label = villageLabel(village.name);
  const commune = communeLabel(model.settings.communeName);
  const count = `${formatViNumber(item.count)} số liệu`;
  const leader = clip(village.leader);
  const greeting = `Kính gửi trưởng ${label}${leader ? ` (${leader})` : ''},`;
  const intro =
    `${capitalize(commune)} đã nhận báo cáo tiến độ xây dựng nông thôn mới của ${label}, nhưng có ${count} cần sửa. ` +
    'Các số này chưa được tính vào kết quả của thôn cho đến khi được sửa.';
  const how = 'Cách sửa: mở đường dẫn của từng báo cáo dưới đây, sửa đúng các câu hỏi được nêu (chỉ ghi chữ số, ví dụ 3.200 hoặc 0,38) rồi bấm Gửi.';
  const footer = `Thư gửi tự động từ bảng theo dõi nông thôn mới ${commune}. Khi thôn đã sửa xong, thôn không nhận thêm thư về các lỗi này.`;
  const list = shown(item.reports, limit);
  const tail = list.more > 0 ? moreLine(list.more, 'lỗi') + ' (xin liên hệ cán bộ xã để biết đủ).' : '';

  const subject = cleanSubject(`${mailTag(model.settings.communeName)} ${capitalize(label)}: cần sửa ${count} báo cáo`);
  const body = [
    greeting,
    '',
    intro,
    '',
    ...list.reports.flatMap((r, i) => [...reportText(r, i, item), '']),
    ...(tail ? [tail, ''] : []),
    how,
    '',
    footer,
  ].join('\n');
  const htmlBody = html`<div style="font-family:Arial,sans-serif;font-size:14px">
<p>${greeting}</p>
<p>${intro}</p>
${list.reports.map((r, i) => reportHtml(r, i, item))}
${tail ? html`<p>${tail}</p>` : null}
<p>${how}</p>
<p style="color:#666;font-size:12px">${footer}</p>
</div>`.value;
  return { subject, body, htmlBody };
}
