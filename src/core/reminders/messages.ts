// The reminder emails (docs/reminders.md), in Vietnamese: subject, plain text, HTML from escaped templates, Zalo text.
import { TAB, tabTitle } from '../contract';
import { fold } from '../text';
import type { Instant, Model, Village } from '../types';
import { weekLabel } from '../weeks';
import { deadlineLines, formatCountdown, formatDeadline } from './countdown';
import { html, safeUrl } from './html';
import type { SafeHtml } from './html';
import {
  capitalize,
  cleanSubject,
  clip,
  leaderGreeting,
  communeLabel,
  mailTag,
  missingHtml,
  missingText,
  progressHtml,
  progressText,
  villageLabel,
} from './message-parts';
import type { ProgressLine, ReminderItem } from './reminder-types';
import { rejectedReminder } from './rejected-message';
import { zaloText } from './zalo';

export interface MessageContext {
  model: Model;
  now: Instant;
  /** The village's progress, as the rollup computes it (village reminders only). */
  progress?: ProgressLine[];
  /** Link to the report form (the village's `Link báo cáo` when known, else the form's). */
  formUrl?: string;
}

/** What goes out for one item: subject, plain and HTML body of the e-mail, plus a short text to paste into a Zalo group. */
export interface ReminderMessage {
  subject: string;
  body: string;
  htmlBody: string;
  zalo: string;
}

/** Body budget, plain text and HTML together, in UTF-8 bytes: well under Apps Script's 200 KB per message. */
export const MAX_BODY_BYTES = 100_000;
const FIRST_LIST_LIMIT = 100;

/** The message for a due item; long lists are cut (`… và N thôn khác`) until the bodies fit `MAX_BODY_BYTES`. */
export function reminderMessage(item: ReminderItem, ctx: MessageContext): ReminderMessage {
  for (let limit = FIRST_LIST_LIMIT; ; limit = Math.floor(limit / 2)) {
    const m = item.kind === 'Quá hạn' ? escalation(item, ctx, limit) : villageReminder(item, ctx, limit);
    if (utf8Length(m.body) + utf8Length(m.htmlBody) <= MAX_BODY_BYTES || limit <= 1) return m;
  }
}

/** UTF-8 size of a string (what the mail size limit counts). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function findVillage(model: Model, name: string): Village {
  const key = fold(name);
  const found = model.villages.find((v) => fold(v.name) === key);
  return found ?? { name, leader: '', emails: [], households: null, phone: '', row: 0 };
}

function tag(model: Model): string {
  return mailTag(model.settings.communeName);
}

function howToReport(village: string, formUrl: string | null): string {
  const where = formUrl ? `tại ${formUrl}` : 'xã đã gửi';
  return (
    `Cách báo cáo: mở biểu mẫu báo cáo ${where}, chọn ${villageLabel(village)}, ` +
    `ghi số lượng đã làm bằng chữ số (ví dụ 3.200 hoặc 0,38) rồi bấm Gửi.`
  );
}

function villageReminder(item: ReminderItem, ctx: MessageContext, limit: number): ReminderMessage {
  const { model, now } = ctx;
  const village = findVillage(model, item.village);
  if (item.rejected?.length) {
    return rejectedReminder(
      item,
      { model, now, village, reports: item.rejected, progress: ctx.progress ?? [], formUrl: ctx.formUrl },
      limit,
    );
  }
  const label = villageLabel(village.name);
  const commune = communeLabel(model.settings.communeName);
  const week = weekLabel(item.week);
  const { final, deadline, countdown, due, last } = deadlineLines(item, model.settings.timeZone, now);
  const formUrl = safeUrl(ctx.formUrl);
  const greeting = leaderGreeting(village);
  const intro = `${capitalize(commune)} chưa nhận được báo cáo tiến độ xây dựng nông thôn mới của ${label} cho ${week}.`;
  const progress = ctx.progress ?? [];
  const progressTitle = 'Kết quả thôn đã báo cáo đến nay, so với chỉ tiêu:';
  const how = howToReport(village.name, formUrl);
  const footer = `Thư gửi tự động từ bảng theo dõi nông thôn mới ${commune}. Nếu thôn đã gửi báo cáo, xin bỏ qua thư này.`;

  const subject = cleanSubject(
    `${tag(model)} ${final ? 'Nhắc lần cuối:' : 'Nhắc'} báo cáo ${week} – ${label}`,
  );
  const body = [
    greeting,
    '',
    intro,
    due,
    ...(last ? [last] : []),
    ...(progress.length ? ['', progressTitle, ...progressText(progress, limit)] : []),
    '',
    how,
    '',
    footer,
  ].join('\n');
  const link: SafeHtml | null = formUrl ? html`<p><a href="${formUrl}">Mở biểu mẫu báo cáo</a></p>` : null;
  const htmlBody = html`<div style="font-family:Arial,sans-serif;font-size:14px">
<p>${greeting}</p>
<p>${intro}</p>
<p><b>${due}</b>${last ? html`<br><b style="color:#b00">${last}</b>` : null}</p>
${progress.length ? html`<p>${progressTitle}</p>${progressHtml(progress, limit)}` : null}
<p>${how}</p>
${link}
<p style="color:#666;font-size:12px">${footer}</p>
</div>`.value;
  const zalo = zaloText({
    title: `${tag(model)} ${final ? 'NHẮC LẦN CUỐI: báo cáo' : 'Nhắc báo cáo'} ${week}`,
    lines: [`${capitalize(label)} chưa gửi báo cáo. Hạn ${deadline} (${countdown}).`],
    formUrl,
  });
  return { subject, body, htmlBody, zalo };
}

function escalation(item: ReminderItem, ctx: MessageContext, limit: number): ReminderMessage {
  const { model, now } = ctx;
  const missing = (item.missingVillages ?? []).map((name) => findVillage(model, name));
  const commune = communeLabel(model.settings.communeName);
  const week = weekLabel(item.week);
  const deadline = formatDeadline(item.deadline, model.settings.timeZone);
  const countdown = formatCountdown(item.deadline, now);
  const formUrl = safeUrl(ctx.formUrl);
  const count = `${missing.length} thôn chưa nộp báo cáo`;
  const greeting = `Kính gửi cán bộ phụ trách nông thôn mới ${commune},`;
  const intro = `Đã quá hạn nộp báo cáo ${week} (hạn ${deadline}; ${countdown}). Còn ${count}:`;
  const ask = 'Đề nghị liên hệ trực tiếp các thôn trên để đôn đốc báo cáo, rồi chạy lại Tổng hợp tuần.';
  const footer = `Thư gửi tự động từ bảng theo dõi nông thôn mới ${commune}.`;

  const subject = cleanSubject(`${tag(model)} Quá hạn: ${count} ${week}`);
  const body = [
    greeting,
    '',
    intro,
    ...missingText(missing, limit, tabTitle(model.tabTitles, TAB.villages)),
    '',
    ask,
    ...(formUrl ? [`Biểu mẫu báo cáo: ${formUrl}`] : []),
    '',
    footer,
  ].join('\n');
  const htmlBody = html`<div style="font-family:Arial,sans-serif;font-size:14px">
<p>${greeting}</p>
<p>${intro}</p>
${missingHtml(missing, limit)}
<p>${ask}</p>
${formUrl ? html`<p><a href="${formUrl}">Biểu mẫu báo cáo</a></p>` : null}
<p style="color:#666;font-size:12px">${footer}</p>
</div>`.value;
  const zalo = zaloText({
    title: `${tag(model)} Quá hạn báo cáo ${week}`,
    lines: [`Chưa nộp (${missing.length}): ${namesLine(missing)}.`],
    formUrl,
  });
  return { subject, body, htmlBody, zalo };
}

const ZALO_NAMES = 20;

function namesLine(villages: Village[]): string {
  const names = villages.slice(0, ZALO_NAMES).map((v) => clip(v.name));
  const more = villages.length - names.length;
  return more > 0 ? `${names.join(', ')} … và ${more} thôn khác` : names.join(', ');
}
