// The send loop reminders and correction requests share: for each item `Đang gửi` (flushed), the quota, the mail, then `Đã gửi` or `Lỗi`.
import { itemMessages, quotaCost, type Addressed, type LedgerResult } from '../core/reminders';
import { remainingQuota, sendMail } from '../mail/mail-service';
import { appendLedgerRow, type Ledger, type LedgerRow } from '../sheets/ledger-tab';
import { pushAll } from '../core/lists';
import { errorText } from '../core/error-text';

export interface Failed<T> {
  item: T;
  reason: string;
}

/** What a loop did with its items. */
export interface SendResults<T> {
  /** Logged `Đã gửi` to every recipient. */
  sent: T[];
  /** Logged `Đã gửi` but some batch of recipients failed (never resent: the others would get it twice). */
  partial: Failed<T>[];
  /** Logged `Lỗi`: nothing went out; the next run tries again. */
  failed: Failed<T>[];
}

export interface LedgerSend<T extends Addressed> {
  ledger: Ledger;
  /** Sender name shown to recipients: `NTM xã Sơn Bằng`. */
  senderName: string;
  message: (item: T) => {
    subject: string;
    body: string;
    htmlBody: string;
    attachments?: GoogleAppsScript.Base.BlobSource[];
  };
  /** The ledger row of the item with this result (`recipients`: those it went to, when not all). */
  row: (item: T, result: LedgerResult, note: string, recipients: readonly string[]) => LedgerRow;
}

/**
 * One item: `Đang gửi` (flushed) → quota check → the messages (≤ 50 recipients each) → `Đã gửi` or `Lỗi`.
 * A failure to write the ledger is not caught: the run stops before anything else is sent.
 */
function sendOne<T extends Addressed>(s: LedgerSend<T>, item: T, out: SendResults<T>): void {
  const message = s.message(item);
  const log = (result: LedgerResult, note = '', recipients: readonly string[] = item.recipients) =>
    appendLedgerRow(s.ledger, s.row(item, result, note, recipients));
  log('Đang gửi');
  const left = remainingQuota();
  if (left < quotaCost(item)) {
    const reason = `hạn mức gửi thư hôm nay của tài khoản còn ${left} người nhận, thư cần ${quotaCost(item)}; sẽ gửi lại ở lần chạy sau`;
    log('Lỗi', reason);
    out.failed.push({ item, reason });
    return;
  }
  const sentTo: string[] = [];
  let error = '';
  for (const to of itemMessages(item)) {
    try {
      sendMail({
        to,
        subject: message.subject,
        body: message.body,
        htmlBody: message.htmlBody,
        name: s.senderName,
        attachments: message.attachments,
      });
      pushAll(sentTo, to);
    } catch (e) {
      error = errorText(e);
      break;
    }
  }
  if (sentTo.length === 0) {
    log('Lỗi', error);
    out.failed.push({ item, reason: error });
  } else if (error) {
    const missed = item.recipients.filter((r) => !sentTo.includes(r));
    const reason = `chưa gửi được tới ${missed.join(', ')} (${error}); không gửi lại để người đã nhận không nhận hai lần`;
    log('Đã gửi', reason, sentTo);
    out.partial.push({ item, reason });
  } else {
    log('Đã gửi');
    out.sent.push(item);
  }
}

/** Sends each item in order through the ledger; the caller holds the document lock and has fitted them to the quota. */
export function sendThroughLedger<T extends Addressed>(
  s: LedgerSend<T>,
  items: readonly T[],
): SendResults<T> {
  const out: SendResults<T> = { sent: [], partial: [], failed: [] };
  for (const item of items) sendOne(s, item, out);
  return out;
}

/**
 * The summary sentences of a send: what went, what failed (retried next run) and what waits for quota, each item named
 * by `label`; `what` names the messages (`thư`, `thư yêu cầu sửa`).
 */
export function sendResultLines<T>(
  results: SendResults<T>,
  waiting: { items: readonly T[]; quota: number },
  label: (item: T) => string,
  what: string,
): string[] {
  const parts: string[] = [];
  const sent = [...results.sent, ...results.partial.map((p) => p.item)];
  if (sent.length > 0) parts.push(`Đã gửi ${sent.length} ${what}: ${sent.map(label).join('; ')}.`);
  for (const p of results.partial) parts.push(`${label(p.item)}: ${p.reason}.`);
  if (results.failed.length > 0) {
    parts.push(
      `${results.failed.length} thư lỗi, sẽ gửi lại ở lần chạy sau: ${results.failed.map((f) => `${label(f.item)} (${f.reason})`).join('; ')}.`,
    );
  }
  if (waiting.items.length > 0) {
    parts.push(
      `${waiting.items.length} thư chờ lần chạy sau vì hạn mức gửi thư hôm nay của tài khoản không đủ (còn ${waiting.quota} người nhận): ` +
        `${waiting.items.map(label).join('; ')}.`,
    );
  }
  return parts;
}
