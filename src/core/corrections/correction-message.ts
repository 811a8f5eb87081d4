// The correction-request email (docs/reminders.md) in plain Vietnamese for a village leader: subject, plain text and escaped HTML.
import { html } from '../reminders/html';
import {
  capitalize,
  cleanSubject,
  communeLabel,
  leaderGreeting,
  mailTag,
  moreLine,
  villageLabel,
} from '../reminders/message-parts';
import { findVillage, MAX_BODY_BYTES, utf8Length } from '../reminders/messages';
import type { Model } from '../types';
import { formatViNumber } from '../vi-format';
import type { CorrectionItem } from './correction-types';
import { howToFix, reportHtml, reportText, shownReports } from './report-lines';

export interface CorrectionMessage {
  subject: string;
  body: string;
  htmlBody: string;
}

const FIRST_LIMIT = 200;

/** The message for one village; long lists are cut (`… và N lỗi khác`) until the bodies fit `MAX_BODY_BYTES`. */
export function correctionMessage(item: CorrectionItem, model: Model): CorrectionMessage {
  for (let limit = FIRST_LIMIT; ; limit = Math.floor(limit / 2)) {
    const m = build(item, model, limit);
    if (utf8Length(m.body) + utf8Length(m.htmlBody) <= MAX_BODY_BYTES || limit <= 1) return m;
  }
}

function build(item: CorrectionItem, model: Model, limit: number): CorrectionMessage {
  const village = findVillage(model, item.village);
  const label = villageLabel(village.name);
  const commune = communeLabel(model.settings.communeName);
  const count = `${formatViNumber(item.count)} số liệu`;
  const greeting = leaderGreeting(village);
  const intro =
    `${capitalize(commune)} đã nhận báo cáo tiến độ xây dựng nông thôn mới của ${label}, nhưng có ${count} cần sửa. ` +
    'Các số này chưa được tính vào kết quả của thôn cho đến khi được sửa.';
  const footer = `Thư gửi tự động từ bảng theo dõi nông thôn mới ${commune}. Khi thôn đã sửa xong, thôn không nhận thêm thư về các lỗi này.`;
  const list = shownReports(item.reports, limit);
  const how = howToFix(list.reports, item.reportLink);
  const tail = list.more > 0 ? moreLine(list.more, 'lỗi') + ' (xin liên hệ cán bộ xã để biết đủ).' : '';

  const subject = cleanSubject(
    `${mailTag(model.settings.communeName)} ${capitalize(label)}: cần sửa ${count} báo cáo`,
  );
  const body = [
    greeting,
    '',
    intro,
    '',
    ...list.reports.flatMap((r, i) => [...reportText(r, i, item.reportLink), '']),
    ...(tail ? [tail, ''] : []),
    how,
    '',
    footer,
  ].join('\n');
  const htmlBody = html`<div style="font-family:Arial,sans-serif;font-size:14px">
<p>${greeting}</p>
<p>${intro}</p>
${list.reports.map((r, i) => reportHtml(r, i, item.reportLink))}
${tail ? html`<p>${tail}</p>` : null}
<p>${how}</p>
<p style="color:#666;font-size:12px">${footer}</p>
</div>`.value;
  return { subject, body, htmlBody };
}
