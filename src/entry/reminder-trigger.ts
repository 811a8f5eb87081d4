// The hourly run: install or remove its one trigger, say who it mails as, and run the reminders (plus the correction requests when switched on, and the rollup after a deadline).
import { TAB } from '../core/contract';
import { lastClosedWeek } from '../core/report-week';
import { campaignWeeks } from '../core/weeks';
import type { Instant, Settings } from '../core/types';
import { formatInstant } from '../core/zone';
import { remainingQuota } from '../mail/mail-service';
import {
  clearTriggerOwner,
  rolledUpWeek,
  runningAccount,
  setRolledUpWeek,
  setTriggerOwner,
  triggerOwner,
} from '../mail/reminder-state';
import { logActionSafely } from '../sheets/audit-log';
import { active, tabTitle } from '../sheets/tab-io';
import { now as clock } from '../sheets/clock';
import { loadModel } from '../sheets/load-model';
import { withDocumentLock } from '../sheets/lock';
import { spreadsheetTimeZone } from '../sheets/spreadsheet-zone';
import { ensureTrigger, isInstalled, removeTrigger } from '../triggers/triggers';
import { correctionRunDidSomething, correctionsSummary, sendCorrectionsHoldingLock, type CorrectionRun } from './corrections';
import { errorText, remindSummary, sendRemindersHoldingLock, type RemindRun } from './remind';
import { rollupWeek } from './rollup';
import { runAction } from './run-action';

/** The generated top-level function the hourly trigger calls. */
export const HOURLY_HANDLER = 'onHourlyNtm';
export const AUTO_LABEL = 'Nhắc hạn tự động';
export const AUTO_CORRECTIONS_LABEL = 'Yêu cầu sửa tự động';

function account(email: string): string {
  return email ? `tài khoản ${email}` : 'tài khoản của người đã bật';
}

/** Whether the hourly run is on, for which account, and whose mail quota it uses (menu messages and the preview). */
export function automationStatus(): string {
  const mine = isInstalled(HOURLY_HANDLER);
  const me = runningAccount();
  const owner = triggerOwner();
  if (mine) {
    return `Nhắc hạn tự động: ĐANG BẬT (mỗi giờ một lần) trên ${account(me)}. Thư tự động gửi từ tài khoản này và tính vào hạn mức gửi thư hằng ngày của nó.`;
  }
  if (owner && owner.email && owner.email !== me) {
    return (
      `Nhắc hạn tự động: do ${owner.email} bật từ ${formatInstant(owner.since, spreadsheetTimeZone())} (mỗi giờ một lần). ` +
      `Thư tự động gửi từ tài khoản đó và tính vào hạn mức của tài khoản đó; chỉ tài khoản đó tắt được.`
    );
  }
  return 'Nhắc hạn tự động: CHƯA BẬT. Thư chỉ gửi khi bấm NTM → Gửi nhắc hạn; bật ở NTM → Tự động.';
}

/** The week whose deadline passed last before `t` (the same rule as "Tổng hợp tuần trước"). */
function passedWeek(settings: Settings, t: Instant): number {
  return lastClosedWeek(t, settings.deadline, settings.timeZone);
}

/** Installs the one hourly trigger (installing twice leaves one) and remembers who mails, and from which week on to roll up. */
export function installReminderTrigger(): string {
  const created = ensureTrigger(HOURLY_HANDLER, 'hourly');
  const me = runningAccount();
  const before = triggerOwner();
  setTriggerOwner(me, clock());
  try {
    const passed = passedWeek(loadModel().model.settings, clock());
    const last = rolledUpWeek();
    if (last === null || last < passed) setRolledUpWeek(passed);
  } catch (_e) {
    // no readable workbook yet: the first hourly run sets the starting week
  }
  const head = created
    ? 'Đã bật nhắc hạn tự động: mỗi giờ một lần, sổ tự gửi các thư nhắc hạn đến hạn (như NTM → Gửi nhắc hạn) và, lần chạy đầu sau mỗi hạn nộp, tự tổng hợp tuần vừa qua (Tổng hợp, Lịch sử).'
    : 'Nhắc hạn tự động đã bật từ trước trên tài khoản này: vẫn chỉ có một trình kích hoạt.';
  const other =
    before && before.email && me && before.email !== me
      ? ` Lưu ý: ${before.email} có thể cũng đã bật trên tài khoản của họ; thư vẫn không gửi hai lần (nhờ tab ${tabTitle(active(), TAB.reminders)}), nhưng nên để một người bật.`
      : '';
  return `${head} Thư gửi từ ${account(me)} và tính vào hạn mức gửi thư hằng ngày của tài khoản này (hôm nay còn ${remainingQuota()} người nhận).${other}`;
}

export function removeReminderTrigger(): string {
  const me = runningAccount();
  const removed = removeTrigger(HOURLY_HANDLER);
  const owner = triggerOwner();
  if (removed > 0) {
    clearTriggerOwner(me);
    return `Đã tắt nhắc hạn tự động trên ${account(me)}. Từ nay thư nhắc chỉ gửi khi bấm NTM → Gửi nhắc hạn.`;
  }
  if (owner && owner.email && owner.email !== me) {
    return `Tài khoản của bạn chưa bật nhắc hạn tự động. ${owner.email} đã bật: chỉ tài khoản đó tắt được (mở sổ bằng tài khoản đó, chọn NTM → Tự động → Tắt nhắc hạn tự động).`;
  }
  return 'Nhắc hạn tự động chưa bật nên không có gì để tắt.';
}

/** The settings of the run, or of the workbook when the reminders failed (e.g. an unreadable ledger); null when unreadable. */
function settingsAfter(run: RemindRun | undefined): Settings | null {
  if (run) return run.plan.model.settings;
  try {
    return loadModel().model.settings;
  } catch (_e) {
    return null; // the reminders' failure is already logged, and says what to fix
  }
}

/** Rolls up the week whose deadline passed since the last rollup of the hourly run (once per week); the caller holds the lock. */
function rollupAfterDeadline(settings: Settings, at: Instant): void {
  const passed = passedWeek(settings, at);
  const last = rolledUpWeek();
  if (last !== null && last >= passed) return;
  if (last === null || !campaignWeeks(settings).includes(passed)) {
    setRolledUpWeek(passed); // first run ever, or outside the campaign: nothing to roll up
    return;
  }
  // A failure is logged by runAction and tried again next hour (the week is recorded only once rolled up).
  runAction({ label: 'Tổng hợp tuần tự động' }, () => {
    const done = rollupWeek(at, passed);
    setRolledUpWeek(passed);
    return done.summary;
  });
}

/** The correction requests of the hour, when `Tự gửi yêu cầu sửa` is `Có` (logged only when something happened). */
function correctionsOfTheHour(at: Instant): void {
  const last: { run?: CorrectionRun } = {};
  const outcome = runAction({ label: AUTO_CORRECTIONS_LABEL, noLog: true }, () => {
    last.run = sendCorrectionsHoldingLock(at);
    return correctionsSummary(last.run);
  });
  if (last.run && correctionRunDidSomething(last.run)) logActionSafely(AUTO_CORRECTIONS_LABEL, outcome.summary);
}

/**
 * One hour, under the lock: the reminders (logged only when something happened), the correction requests when switched
 * on, then the rollup, each even when the one before failed.
 */
function hourHoldingLock(at: Instant): void {
  const last: { run?: RemindRun } = {};
  const outcome = runAction({ label: AUTO_LABEL, noLog: true }, () => {
    last.run = sendRemindersHoldingLock(at);
    return remindSummary(last.run);
  });
  const done = last.run;
  if (done && done.sent.length + done.partial.length + done.failed.length + done.expired.length > 0) logActionSafely(AUTO_LABEL, outcome.summary);
  const settings = settingsAfter(done);
  if (settings?.autoCorrections) correctionsOfTheHour(at);
  if (settings) rollupAfterDeadline(settings, at);
}

/**
 * The hourly trigger: the same reminders as the menu, then the rollup once after each deadline, all under one hold of
 * the document lock. When another action holds it, nothing runs: the failure is logged and the next hour catches up.
 */
export function hourlyRun(at: Instant = clock()): void {
  try {
    withDocumentLock(() => hourHoldingLock(at));
  } catch (e) {
    logActionSafely(AUTO_LABEL, `Lỗi: ${errorText(e)}`);
  }
}
