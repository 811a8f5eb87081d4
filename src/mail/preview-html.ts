// The reminders preview page: what would be sent now, each message and its Zalo text, built only from escaped templates.
import { html, SafeHtml } from '../core/reminders/html';

export interface PreviewMessage {
  /** `Nhắc hạn – Thịnh Bằng (Tuần đến 16/03/2023)`. */
  label: string;
  recipients: readonly string[];
  subject: string;
  /** The message's HTML as the reminders core built it (every workbook text already escaped there). */
  htmlBody: string;
  zalo: string;
  /** False when today's quota cannot take it: it waits for the next run. */
  fits: boolean;
}

export interface PreviewData {
  /** `Xem lúc 16/03/2023 11:30`. */
  when: string;
  /** Whether the hourly run is on, for which account, and whose quota it uses. */
  automation: string;
  quota: number;
  messages: readonly PreviewMessage[];
  /** What to say when nothing is due (outside the campaign: that it has not started or has ended). */
  nothingDue: string;
  /** Labels of the items the next send logs `Hết hạn`. */
  expired: readonly string[];
  /** Items due with nobody to send to, and how to fix it. */
  unreachable: readonly { label: string; reason: string }[];
}

const BOX = 'border:1px solid #ccc;border-radius:4px;padding:8px;margin:8px 0';

function message(m: PreviewMessage): SafeHtml {
  return html`<div style="${BOX}">
<b>${m.label}</b><br>
Người nhận: ${m.recipients.join(', ')}<br>
Tiêu đề: ${m.subject}
${m.fits ? null : html`<p style="color:#b00">Lần này chưa gửi: hạn mức gửi thư hôm nay không đủ; thư chờ lần chạy sau.</p>`}
<details><summary>Nội dung thư</summary><div style="${BOX}">${new SafeHtml(m.htmlBody)}</div></details>
<p style="margin:6px 0 2px">Tin nhắn Zalo (chọn, sao chép rồi dán vào nhóm Zalo):</p>
<textarea readonly rows="4" style="width:100%;font-family:Arial,sans-serif">${m.zalo}</textarea>
</div>`;
}

/** The whole page; with nothing due it says so. */
export function previewHtml(d: PreviewData): string {
  const none = d.messages.length === 0 && d.expired.length === 0 && d.unreachable.length === 0;
  // A full document, as HtmlService expects; no meta tags (Apps Script drops them), links open outside the dialog.
  return html`<!DOCTYPE html>
<html lang="vi"><head><base target="_blank"><title>Xem trước nhắc hạn</title></head>
<body><div style="font-family:Arial,sans-serif;font-size:13px">
<p>${d.when}. Hạn mức gửi thư hôm nay của tài khoản đang dùng: còn ${d.quota} người nhận.</p>
<p>${d.automation}</p>
${none ? html`<p><b>${d.nothingDue}</b></p>` : null}
${d.messages.length ? html`<h3>Thư sẽ gửi khi bấm Gửi nhắc hạn (${d.messages.length})</h3>${d.messages.map(message)}` : null}
${d.expired.length ? html`<h3>Sẽ ghi Hết hạn, không gửi muộn (${d.expired.length})</h3><ul>${d.expired.map((l) => html`<li>${l}</li>`)}</ul>` : null}
${d.unreachable.length ? html`<h3>Không gửi được vì thiếu địa chỉ (${d.unreachable.length})</h3><ul>${d.unreachable.map((u) => html`<li>${u.label}: ${u.reason}.</li>`)}</ul>` : null}
<p style="color:#666">Xem trước không gửi thư nào và không ghi gì vào sổ.</p>
</div></body></html>`.value;
}
