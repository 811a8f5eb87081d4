// The hourly run: install or remove its one trigger, say who it mails as, and run the reminders (plus the correction requests when switched on, and the rollup after a deadline).
import { TAB } from '../core/contract';
import { lastClosedWeek } from '../core/report-week';
import { campaignWeeks } from '../core/weeks';
import type { Day, Instant, Settings } from '../core/types';
import { remainingQuota } from '../mail/mail-service';
import { rolledUpWeek, setRolledUpWeek } from '../mail/reminder-state';
import { logActionSafely } from '../sheets/audit-log';
import { now as clock } from '../sheets/clock';
import { loadModel } from '../sheets/load-model';
import { logExecutionError } from '../sheets/execution-log';
import { withDocumentLock } from '../sheets/lock';
import { active, hasActiveSpreadsheet, tabTitle } from '../sheets/tab-io';
import { currentAccount } from '../triggers/trigger-accounts';
import { ensureTrigger, removeTrigger } from '../triggers/triggers';
import {
  correctionRunDidSomething,
  correctionsSummary,
  sendCorrectionsHoldingLock,
  type CorrectionRun,
} from './corrections';
import { errorText } from '../core/error-text';
import { remindSummary, sendRemindersHoldingLock, type RemindRun } from './remind';
import { rollupWeek } from './rollup';
import { runAction } from './run-action';
import { otherAccountsOn, triggerStatus } from './trigger-status';

/** The generated top-level function the hourly trigger calls. */
export const HOURLY_HANDLER = 'onHourlyNtm';
export const AUTO_LABEL = 'Nhắc hạn tự động';
export const AUTO_CORRECTIONS_LABEL = 'Yêu cầu sửa tự động';
/** The Executions line of an hourly run that finds no active spreadsheet (what is wrong and how to fix it). */
export const NO_SPREADSHEET_LINE =
  'NTM Tracker – Nhắc hạn tự động: không chạy, không gửi thư và không ghi gì vì không có bảng tính đang mở (SpreadsheetApp.getActiveSpreadsheet() trả về null). ' +
  'Mã phải gắn với chính bảng tính NTM (Tiện ích → Apps Script từ bảng tính đó); hãy xóa trình kích hoạt này (Apps Script → Trình kích hoạt) rồi bật lại trong bảng tính: NTM → Tự động → Bật nhắc hạn tự động.';

function account(email: string): string {
  return email ? `tài khoản ${email}` : 'tài khoản của người đã bật';
}

/** Whether the hourly run is on, for which accounts, and whose mail quota it uses (menu messages and the preview). */
export function automationStatus(): string {
  return triggerStatus('hourly', HOURLY_HANDLER, 'Nhắc hạn tự động');
}

/** The week whose deadline passed last before `t` (the same rule as "Tổng hợp tuần trước"). */
function passedWeek(settings: Settings, t: Instant): Day {
  return lastClosedWeek(t, settings.deadline, settings.timeZone);
}

/** Installs this account's one hourly trigger (installing twice leaves one) and remembers from which week on to roll up. */
export function installReminderTrigger(): string {
  const created = ensureTrigger(HOURLY_HANDLER, 'hourly');
  const me = currentAccount();
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
  const others = otherAccountsOn('hourly', me);
  const other = others.length
    ? ` Lưu ý: ${others.join(', ')} cũng đã bật trên tài khoản của họ; thư vẫn không gửi hai lần (nhờ tab ${tabTitle(active(), TAB.reminders)}), nhưng nên để một người bật.`
    : '';
  return `${head} Thư gửi từ ${account(me)} và tính vào hạn mức gửi thư hằng ngày của tài khoản này (hôm nay còn ${remainingQuota()} người nhận).${other}`;
}

/** Removes this account's hourly trigger; says whose triggers still run (only their accounts can remove them). */
export function removeReminderTrigger(): string {
  const me = currentAccount();
  const removed = removeTrigger(HOURLY_HANDLER, 'hourly');
  const others = otherAccountsOn('hourly', me);
  const still = others.length
    ? ` Trình kích hoạt của ${others.join(', ')} vẫn chạy mỗi giờ và vẫn gửi thư: chỉ ${others.length > 1 ? 'các tài khoản đó' : 'tài khoản đó'} tắt được (mở sổ bằng tài khoản đó, chọn NTM → Tự động → Tắt nhắc hạn tự động).`
    : '';
  if (removed > 0) {
    const after = others.length ? still : ' Từ nay thư nhắc chỉ gửi khi bấm NTM → Gửi nhắc hạn.';
    return `Đã tắt nhắc hạn tự động trên ${account(me)}.${after}`;
  }
  if (others.length) return `Tài khoản của bạn chưa bật nhắc hạn tự động.${still}`;
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
  if (last.run && correctionRunDidSomething(last.run))
    logActionSafely(AUTO_CORRECTIONS_LABEL, outcome.summary);
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
  if (done && done.sent.length + done.partial.length + done.failed.length + done.expired.length > 0)
    logActionSafely(AUTO_LABEL, outcome.summary);
  const settings = settingsAfter(done);
  if (settings?.autoCorrections) correctionsOfTheHour(at);
  if (settings) rollupAfterDeadline(settings, at);
}

/**
 * The hourly trigger: the same reminders as the menu, then the rollup once after each deadline, all under one hold of
 * the document lock. When another action holds it, nothing runs: the failure is logged and the next hour catches up.
 * With no active spreadsheet nothing runs and nothing is written: one error line goes to Executions.
 */
export function hourlyRun(at: Instant = clock()): void {
  if (!hasActiveSpreadsheet()) {
    logExecutionError(NO_SPREADSHEET_LINE); // nothing else can be written: no tab, no log, no mail
    return;
  }
  try {
    withDocumentLock(() => hourHoldingLock(at));
  } catch (e) {
    logActionSafely(AUTO_LABEL, `Lỗi: ${errorText(e)}`);
  }
}
