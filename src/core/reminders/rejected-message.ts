// The reminder of a village whose reports of the week were all left out whole (docs/reminders.md): received, not counted, what to fix.
import { howToFix, reportHtml, reportText, shownReports } from '../corrections/report-lines';
import type { ReportToFix } from '../corrections/correction-types';
import type { Instant, Model, Village } from '../types';
import { weekLabel } from '../weeks';
import { deadlineLines } from './countdown';
import { html, safeUrl } from './html';
import {
  capitalize,
  cleanSubject,
  communeLabel,
  leaderGreeting,
  mailTag,
  moreLine,
  progressHtml,
  progressText,
  villageLabel,
} from './message-parts';
import type { ProgressLine, ReminderItem } from './reminder-types';
import { zaloText } from './zalo';

export interface RejectedContext {
  model: Model;
  now: Instant;
  village: Village;
  reports: readonly ReportToFix[];
  progress: readonly ProgressLine[];
  /** The village's form link (its `Link báo cáo` when known). */
  formUrl?: string;
}

/** Subject, plain text, HTML and Zalo text; at most `limit` problems and progress lines. */
export function rejectedReminder(item: ReminderItem, ctx: RejectedContext, limit: number) {
  const { model, now, village } = ctx;
  const label = villageLabel(village.name);
  const commune = communeLabel(model.settings.communeName);
  const tag = mailTag(model.settings.communeName);
  const week = weekLabel(item.week);
  const { final, deadline, countdown, due, last } = deadlineLines(item, model.settings.timeZone, now);
  const formUrl = safeUrl(ctx.formUrl);
  const count = ctx.reports.reduce((n, r) => n + r.problems.length, 0);
  const greeting = leaderGreeting(village);
  const intro =
    `${capitalize(commune)} đã nhận báo cáo của ${label} cho ${week}, nhưng báo cáo chưa được tính vì có ${count} lỗi. ` +
    'Xin sửa trước hạn để kết quả của thôn được tính.';
  const listTitle = 'Các lỗi cần sửa:';
  const list = shownReports(ctx.reports, limit);
  const how = howToFix(list.reports, formUrl);
  const tail = list.more > 0 ? `${moreLine(list.more, 'lỗi')} (xem ở lần sửa, hoặc hỏi cán bộ xã).` : '';
  const progressTitle = 'Kết quả thôn đã báo cáo đến nay, so với chỉ tiêu:';
  const footer = `Thư gửi tự động từ bảng theo dõi nông thôn mới ${commune}.`;

  const subject = cleanSubject(`${tag} ${final ? 'Nhắc lần cuối:' : 'Nhắc'} sửa báo cáo ${week} – ${label}`);
  const body = [
    greeting,
    '',
    intro,
    due,
    ...(last ? [last] : []),
    '',
    listTitle,
    ...list.reports.flatMap((r, i) => reportText(r, i, formUrl)),
    ...(tail ? [tail] : []),
    ...(ctx.progress.length ? ['', progressTitle, ...progressText(ctx.progress, limit)] : []),
    '',
    how,
    '',
    footer,
  ].join('\n');
  const htmlBody = html`<div style="font-family:Arial,sans-serif;font-size:14px">
<p>${greeting}</p>
<p>${intro}</p>
<p><b>${due}</b>${last ? html`<br><b style="color:#b00">${last}</b>` : null}</p>
<p>${listTitle}</p>
${list.reports.map((r, i) => reportHtml(r, i, formUrl))}
${tail ? html`<p>${tail}</p>` : null}
${ctx.progress.length ? html`<p>${progressTitle}</p>${progressHtml(ctx.progress, limit)}` : null}
<p>${how}</p>
<p style="color:#666;font-size:12px">${footer}</p>
</div>`.value;
  const zalo = zaloText({
    title: `${tag} ${final ? 'NHẮC LẦN CUỐI: sửa báo cáo' : 'Nhắc sửa báo cáo'} ${week}`,
    lines: [
      `${capitalize(label)} đã gửi báo cáo nhưng chưa được tính vì có ${count} lỗi. Hạn ${deadline} (${countdown}).`,
    ],
    formUrl,
  });
  return { subject, body, htmlBody, zalo };
}
