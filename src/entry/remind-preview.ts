// The reminders preview (menu "Xem trước nhắc hạn"): what a send would do now, each message and its Zalo text; sends and writes nothing.
import type { Instant } from '../core/types';
import { formatInstant } from '../core/zone';
import { previewHtml, type PreviewData } from '../mail/preview-html';
import { showHtmlDialog } from '../sheets/ui';
import { itemLabel, nothingDue, unreachableReason } from './remind';
import { planReminders } from './remind-plan';
import { automationStatus } from './reminder-trigger';

export const PREVIEW_TITLE = 'Xem trước nhắc hạn';

/** The preview's content as of `now` (reads the workbook, the ledger and the quota only). */
export function previewData(now: Instant): PreviewData {
  const plan = planReminders(now, { createLedger: false });
  const waiting = new Set(plan.waiting);
  return {
    nothingDue: nothingDue(plan),
    when: `Xem lúc ${formatInstant(now, plan.model.settings.timeZone)}`,
    automation: automationStatus(),
    quota: plan.quota,
    messages: plan.due.due.map((item) => {
      const m = plan.message(item);
      return {
        label: itemLabel(item),
        recipients: item.recipients,
        subject: m.subject,
        htmlBody: m.htmlBody,
        zalo: m.zalo,
        fits: !waiting.has(item),
      };
    }),
    expired: plan.due.expired.map(itemLabel),
    unreachable: plan.due.unreachable.map((item) => ({
      label: itemLabel(item),
      reason: unreachableReason(item, plan.model),
    })),
  };
}

/** Shows the preview dialog; returns a one-line summary. */
export function previewReminders(now: Instant): string {
  const data = previewData(now);
  showHtmlDialog(PREVIEW_TITLE, previewHtml(data), 760, 600);
  const fits = data.messages.filter((m) => m.fits).length;
  return data.messages.length === 0
    ? data.nothingDue
    : `Nếu gửi bây giờ: ${fits} thư đi ngay${fits < data.messages.length ? `, ${data.messages.length - fits} thư chờ hạn mức` : ''}.`;
}
