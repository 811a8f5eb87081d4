// Sending the reminders (menu "Gửi nhắc hạn", runner action `remind`, the hourly trigger): each ledger row before each step.
import { itemMessages, quotaCost, type LedgerResult, type ReminderItem } from '../core/reminders';
import { fold } from '../core/text';
import type { Instant, Model } from '../core/types';
import { campaignPhase, phaseSentence } from '../core/rollup';
import { campaignWeeks, weekLabel, weekOfInstant } from '../core/weeks';
import { remainingQuota, sendMail } from '../mail/mail-service';
import { now as clock } from '../sheets/clock';
import { appendLedgerRow, appendLedgerRows, type Ledger, type LedgerRow } from '../sheets/ledger-tab';
import { withDocumentLock } from '../sheets/lock';
import { planReminders, type ReminderPlan } from './remind-plan';

export interface FailedItem {
  item: ReminderItem;
  reason: string;
}

export interface RemindRun {
  plan: ReminderPlan;
  /** Logged `Đã gửi` to every recipient. */
  sent: ReminderItem[];
  /** Logged `Đã gửi` but some batch of recipients failed (never resent: the others would get it twice). */
  partial: FailedItem[];
  /** Logged `Lỗi`: nothing went out; retried by the next run while the window is open. */
  failed: FailedItem[];
  /** Logged `Hết hạn`. */
  expired: ReminderItem[];
}

/** Text of anything thrown (Apps Script errors, or values from another realm where `instanceof Error` fails). */
export function errorText(e: unknown): string {
  const m = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return m.replace(/\s+/g, ' ').trim() || 'lỗi không rõ';
}

function ledgerRow(item: ReminderItem, result: LedgerResult, note = '', recipients = item.recipients): LedgerRow {
  return { time: clock(), week: item.week, village: item.village, recipients: recipients.join(', '), kind: item.kind, result, note };
}

const EXPIRED_NOTE = 'Không gửi muộn: đã hết thời gian nhắc của thư này mà chưa gửi được (hết hạn mức, lỗi, hoặc chưa chạy).';

/**
 * One item: `Đang gửi` (flushed) → quota check → the messages (≤ 50 recipients each) → `Đã gửi` or `Lỗi`.
 * A failure to write the ledger is not caught: the run stops before anything else is sent.
 */
function sendItem(plan: ReminderPlan, ledger: Ledger, item: ReminderItem, run: RemindRun): void {
  const message = plan.message(item);
  appendLedgerRow(ledger, ledgerRow(item, 'Đang gửi'));
  const left = remainingQuota();
  if (left < quotaCost(item)) {
    const reason = `hạn mức gửi thư hôm nay của tài khoản còn ${left} người nhận, thư cần ${quotaCost(item)}; sẽ gửi lại ở lần chạy sau`;
    appendLedgerRow(ledger, ledgerRow(item, 'Lỗi', reason));
    run.failed.push({ item, reason });
    return;
  }
  const sentTo: string[] = [];
  let error = '';
  for (const to of itemMessages(item)) {
    try {
      sendMail({ to, subject: message.subject, body: message.body, htmlBody: message.htmlBody, name: plan.senderName });
      sentTo.push(...to);
    } catch (e) {
      error = errorText(e);
      break;
    }
  }
  if (sentTo.length === 0) {
    appendLedgerRow(ledger, ledgerRow(item, 'Lỗi', error));
    run.failed.push({ item, reason: error });
  } else if (error) {
    const missed = item.recipients.filter((r) => !sentTo.includes(r));
    const reason = `chưa gửi được tới ${missed.join(', ')} (${error}); không gửi lại để người đã nhận không nhận hai lần`;
    appendLedgerRow(ledger, ledgerRow(item, 'Đã gửi', reason, sentTo));
    run.partial.push({ item, reason });
  } else {
    appendLedgerRow(ledger, ledgerRow(item, 'Đã gửi'));
    run.sent.push(item);
  }
}

/**
 * The send itself; the caller holds the document lock: re-reads the ledger, logs the expired items `Hết hạn`
 * (one block), then sends each due item that fits today's quota; the rest stays due for the next run.
 */
export function sendRemindersHoldingLock(now: Instant): RemindRun {
  const plan = planReminders(now, { createLedger: true });
  const ledger = plan.ledger as Ledger;
  const run: RemindRun = { plan, sent: [], partial: [], failed: [], expired: plan.due.expired };
  appendLedgerRows(ledger, plan.due.expired.map((item) => ledgerRow(item, 'Hết hạn', EXPIRED_NOTE)));
  for (const item of plan.send) sendItem(plan, ledger, item, run);
  return run;
}

/** Sends what is due now, holding the document lock the whole time (menu, runner). */
export function sendReminders(now: Instant): RemindRun {
  return withDocumentLock(() => sendRemindersHoldingLock(now));
}

/** `Nhắc hạn – thôn Thịnh Bằng (Tuần đến 16/03/2023)`. */
export function itemLabel(item: ReminderItem): string {
  return `${item.kind} – ${item.village} (${weekLabel(item.week)})`;
}

/** What a run did, in a few Vietnamese sentences (the menu's message, the runner's line, `Nhật ký`). */
export function remindSummary(run: RemindRun): string {
  const { plan } = run;
  const parts: string[] = [];
  const sent = [...run.sent, ...run.partial.map((p) => p.item)];
  if (sent.length > 0) parts.push(`Đã gửi ${sent.length} thư: ${sent.map(itemLabel).join('; ')}.`);
  for (const p of run.partial) parts.push(`${itemLabel(p.item)}: ${p.reason}.`);
  if (run.failed.length > 0) {
    parts.push(`${run.failed.length} thư lỗi, sẽ gửi lại ở lần chạy sau: ${run.failed.map((f) => `${itemLabel(f.item)} (${f.reason})`).join('; ')}.`);
  }
  if (plan.waiting.length > 0) {
    parts.push(
      `${plan.waiting.length} thư chờ lần chạy sau vì hạn mức gửi thư hôm nay của tài khoản không đủ (còn ${plan.quota} người nhận): ` +
        `${plan.waiting.map(itemLabel).join('; ')}.`,
    );
  }
  if (run.expired.length > 0) parts.push(`Ghi Hết hạn (không gửi muộn) ${run.expired.length} thư: ${run.expired.map(itemLabel).join('; ')}.`);
  for (const u of plan.due.unreachable) parts.push(`Không gửi được ${itemLabel(u)}: ${unreachableReason(u, plan.model)}.`);
  return parts.length > 0 ? parts.join('\n') : nothingDue(plan);
}

/** The summary when nothing is due: outside the campaign, it says the campaign has not started or has ended. */
export function nothingDue(plan: Pick<ReminderPlan, 'now' | 'model'>): string {
  const { settings } = plan.model;
  const week = weekOfInstant(plan.now, settings.deadline, settings.timeZone);
  const campaign = { start: settings.campaignStart, end: settings.campaignEnd };
  const phase = campaignPhase(week, campaignWeeks(settings).includes(week), campaign);
  return `Lúc này không có thư nhắc hạn nào cần gửi.${phase === 'in' ? '' : ` ${phaseSentence(phase, campaign)}`}`;
}

/** Why an item has nobody to send to, and where to fix it. */
export function unreachableReason(item: ReminderItem, model: Model): string {
  if (item.kind === 'Quá hạn') return 'chưa có địa chỉ email hợp lệ của cán bộ: hãy ghi ở tab Cấu hình, tham số "Email cán bộ"';
  const key = fold(item.village);
  const row = model.villages.find((v) => fold(v.name) === key)?.row;
  return `thôn chưa có địa chỉ email hợp lệ: hãy ghi ở tab Thôn, cột Email${row ? `, dòng ${row}` : ''}`;
}
