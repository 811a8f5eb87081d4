// Sending the reminders (menu "Gửi nhắc hạn", runner action `remind`, the hourly trigger): each ledger row before each step.
import { TAB, tabTitle } from '../core/contract';
import type { LedgerResult, ReminderItem } from '../core/reminders';
import { fold } from '../core/text';
import type { Instant, Model } from '../core/types';
import { campaignPhase, phaseSentence } from '../core/rollup';
import { campaignWeeks, weekLabel, weekOfInstant } from '../core/weeks';
import { now as clock } from '../sheets/clock';
import { appendLedgerRows, type Ledger, type LedgerRow } from '../sheets/ledger-tab';
import { withDocumentLock } from '../sheets/lock';
import { planReminders, type ReminderPlan } from './remind-plan';
import { sendResultLines, sendThroughLedger, type Failed, type SendResults } from './send-through-ledger';

export type FailedItem = Failed<ReminderItem>;

export interface RemindRun extends SendResults<ReminderItem> {
  plan: ReminderPlan;
  /** Logged `Hết hạn`. */
  expired: ReminderItem[];
}

function ledgerRow(
  item: ReminderItem,
  result: LedgerResult,
  note = '',
  recipients: readonly string[] = item.recipients,
): LedgerRow {
  return {
    time: clock(),
    week: item.week,
    village: item.village,
    recipients: recipients.join(', '),
    kind: item.kind,
    result,
    note,
  };
}

const EXPIRED_NOTE =
  'Không gửi muộn: đã hết thời gian nhắc của thư này mà chưa gửi được (hết hạn mức, lỗi, hoặc chưa chạy).';

/**
 * The send itself; the caller holds the document lock: re-reads the ledger, logs the expired items `Hết hạn`
 * (one block), then sends each due item that fits today's quota; the rest stays due for the next run.
 */
export function sendRemindersHoldingLock(now: Instant): RemindRun {
  const plan = planReminders(now, { createLedger: true });
  const ledger = plan.ledger as Ledger;
  appendLedgerRows(
    ledger,
    plan.due.expired.map((item) => ledgerRow(item, 'Hết hạn', EXPIRED_NOTE)),
  );
  const results = sendThroughLedger(
    { ledger, senderName: plan.senderName, message: plan.message, row: ledgerRow },
    plan.send,
  );
  return { plan, expired: plan.due.expired, ...results };
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
  const parts = sendResultLines(run, { items: plan.waiting, quota: plan.quota }, itemLabel, 'thư');
  if (run.expired.length > 0)
    parts.push(
      `Ghi Hết hạn (không gửi muộn) ${run.expired.length} thư: ${run.expired.map(itemLabel).join('; ')}.`,
    );
  for (const u of plan.due.unreachable)
    parts.push(`Không gửi được ${itemLabel(u)}: ${unreachableReason(u, plan.model)}.`);
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
  if (item.kind === 'Quá hạn')
    return `chưa có địa chỉ email hợp lệ của cán bộ: hãy ghi ở tab ${tabTitle(model.tabTitles, TAB.settings)}, tham số "Email cán bộ"`;
  const key = fold(item.village);
  const row = model.villages.find((v) => fold(v.name) === key)?.row;
  return `thôn chưa có địa chỉ email hợp lệ: hãy ghi ở tab ${tabTitle(model.tabTitles, TAB.villages)}, cột Email${row ? `, dòng ${row}` : ''}`;
}
