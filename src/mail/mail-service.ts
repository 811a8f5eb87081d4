// Adapter for MailApp: the remaining daily quota and one message (with its attachments) sent to the given addresses only (no cc, no bcc).

export interface OutgoingMail {
  /** Valid addresses, at most 50 (one message). */
  to: readonly string[];
  subject: string;
  body: string;
  htmlBody: string;
  /** Sender name shown to recipients, e.g. `NTM xã Sơn Bằng`. */
  name: string;
  /** Files sent with it (the weekly report's PDF). */
  attachments?: GoogleAppsScript.Base.BlobSource[];
}

/** Recipients the running account may still send to today (each recipient of each message counts one). */
export function remainingQuota(): number {
  const n = Number(MailApp.getRemainingDailyQuota());
  return Number.isFinite(n) ? n : 0;
}

/** Sends one message from the running account; throws what MailApp throws. */
export function sendMail(mail: OutgoingMail): void {
  MailApp.sendEmail({
    to: mail.to.join(','),
    subject: mail.subject,
    body: mail.body,
    htmlBody: mail.htmlBody,
    name: mail.name,
    ...(mail.attachments && mail.attachments.length > 0 ? { attachments: mail.attachments } : {}),
  });
}
