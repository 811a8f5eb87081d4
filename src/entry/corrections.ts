// Sending the correction requests (menu "Gửi yêu cầu sửa số liệu", runner action `corrections`, the hourly run when switched on).
import { TAB, tabTitle } from '../core/contract';
import {
  correctionMessage,
  dueCorrections,
  type CorrectionItem,
  type DueCorrections,
} from '../core/corrections';
import { CORRECTION_KIND, takeWithinQuota, type LedgerResult } from '../core/reminders';
import { cleanSubject, communeLabel } from '../core/reminders/message-parts';
import type { Instant, Model } from '../core/types';
import { remainingQuota } from '../mail/mail-service';
import { now as clock } from '../sheets/clock';
import { openLedger, type Ledger, type LedgerRow } from '../sheets/ledger-tab';
import { withDocumentLock } from '../sheets/lock';
import type { EntryPoint } from './entry-point';
import { runAction } from './run-action';
import { sendResultLines, sendThroughLedger, type SendResults } from './send-through-ledger';
import { validateWorkbook } from './validate-workbook';

export const CORRECTIONS_LABEL = 'Gửi yêu cầu sửa số liệu';

export interface CorrectionRun extends SendResults<CorrectionItem> {
  model: Model;
  due: DueCorrections;
  /** Recipients the running account could still send to today, before this run. */
  quota: number;
  /** Due requests that did not fit today's quota: they stay due, and the next run sends them. */
  waiting: CorrectionItem[];
}

function ledgerRow(
  item: CorrectionItem,
  result: LedgerResult,
  note: string,
  recipients: readonly string[],
): LedgerRow {
  return {
    time: clock(),
    week: item.week,
    village: item.village,
    recipients: recipients.join(', '),
    kind: CORRECTION_KIND,
    result,
    note,
    key: item.digest,
  };
}

/**
 * The send itself; the caller holds the document lock. Validates as of `now` (without rewriting `Kiểm tra`), re-reads
 * the ledger, and sends each village's request whose problem set the ledger does not hold, as far as today's quota goes.
 * Nothing is ever logged `Hết hạn`: a set that is fixed or accepted is simply no longer due.
 */
export function sendCorrectionsHoldingLock(now: Instant): CorrectionRun {
  const { model, validation } = validateWorkbook(now, { write: false });
  const { settings } = model;
  const ledger = openLedger({
    timeZone: settings.timeZone,
    campaignStart: settings.campaignStart,
    create: true,
    withKey: true,
  }) as Ledger;
  const due = dueCorrections({ model, validation, ledger: ledger.entries, now });
  const quota = remainingQuota();
  const { send, rest } = takeWithinQuota(due.due, quota);
  const senderName = cleanSubject(`NTM ${communeLabel(settings.communeName)}`);
  const results = sendThroughLedger(
    { ledger, senderName, message: (item) => correctionMessage(item, model), row: ledgerRow },
    send,
  );
  return { model, due, quota, waiting: rest, ...results };
}

/** Sends the correction requests due now, holding the document lock the whole time (menu, runner). */
export function sendCorrections(now: Instant): CorrectionRun {
  return withDocumentLock(() => sendCorrectionsHoldingLock(now));
}

/** `Thịnh Bằng (3 lỗi)`. */
export function requestLabel(item: CorrectionItem): string {
  return `${item.village} (${item.count} lỗi)`;
}

/** True when the run sent, tried or left something for later (what the hourly run writes to `Nhật ký`). */
export function correctionRunDidSomething(run: CorrectionRun): boolean {
  return run.sent.length + run.partial.length + run.failed.length + run.waiting.length > 0;
}

/** What a run did, in a few Vietnamese sentences (the menu's message, the runner's line, `Nhật ký`). */
export function correctionsSummary(run: CorrectionRun): string {
  const parts = sendResultLines(
    run,
    { items: run.waiting, quota: run.quota },
    requestLabel,
    'thư yêu cầu sửa',
  );
  if (parts.length === 0) {
    parts.push(
      'Không có thư yêu cầu sửa nào cần gửi: các lỗi đang có đã được báo cho thôn (mỗi nhóm lỗi một lần), hoặc không còn lỗi.',
    );
  }
  for (const u of run.due.unreachable) {
    const row = run.model.villages.find((v) => v.name === u.village)?.row;
    parts.push(
      `Không gửi được yêu cầu sửa cho ${requestLabel(u)}: thôn chưa có địa chỉ email hợp lệ; hãy ghi ở tab ${tabTitle(run.model.tabTitles, TAB.villages)}, cột Email${row ? `, dòng ${row}` : ''}.`,
    );
  }
  if (run.due.unknownVillageErrors > 0) {
    parts.push(
      `${run.due.unknownVillageErrors} lỗi ở dòng báo cáo không rõ thôn: không gửi được cho thôn nào, chỉ xem ở tab ${tabTitle(run.model.tabTitles, TAB.check)}.`,
    );
  }
  return parts.join('\n');
}

/** The menu item and runner action. */
export function correctionEntries(): EntryPoint[] {
  return [
    {
      name: 'ntmSendCorrections',
      doc: [
        'Menu NTM → Gửi yêu cầu sửa số liệu: gửi mỗi thôn có báo cáo bị lỗi một thư nêu từng lỗi và cách sửa, mỗi nhóm lỗi một lần (sổ Nhắc hạn).',
      ],
      params: [],
      menu: { label: CORRECTIONS_LABEL },
      action: 'corrections',
      run: () =>
        runAction({ label: CORRECTIONS_LABEL, alertSummary: true }, () =>
          correctionsSummary(sendCorrections(clock())),
        ),
    },
  ];
}
