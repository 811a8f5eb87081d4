// What the reminders would do now, shared by sending and the preview: the validated workbook, the ledger, what is due, each message.
import {
  dueReminders,
  reminderMessage,
  takeWithinQuota,
  type DueReminders,
  type ReminderItem,
  type ReminderMessage,
} from '../core/reminders';
import { fillUrlIn } from '../core/forms';
import { safeUrl } from '../core/reminders/html';
import { cleanSubject, communeLabel } from '../core/reminders/message-parts';
import { findVillage } from '../core/reminders/messages';
import { rollup, type RollupLine } from '../core/rollup';
import { fold } from '../core/text';
import type { Instant, Model, ValidationResult } from '../core/types';
import { weekOfInstant } from '../core/weeks';
import { remainingQuota } from '../mail/mail-service';
import { formUrl } from '../mail/reminder-state';
import { openLedger, type Ledger } from '../sheets/ledger-tab';
import { validateWorkbook } from './validate-workbook';

export interface ReminderPlan {
  now: Instant;
  model: Model;
  /** The ledger as read now; null when the tab is missing and was not created (preview). */
  ledger: Ledger | null;
  due: DueReminders;
  /** Recipients the running account may still send to today. */
  quota: number;
  /** Due items that fit the quota, in order; `waiting` do not (they stay due for the next run). */
  send: ReminderItem[];
  waiting: ReminderItem[];
  /** Sender name shown to recipients: `NTM xã Sơn Bằng`. */
  senderName: string;
  /** The message of an item, with the village's progress lines from the rollup and its form link (`Link báo cáo`, else the form's). */
  message: (item: ReminderItem) => ReminderMessage;
}

/** Progress lines of each village (folded name → its rollup lines), computed once, only when a message needs them. */
function progressOf(
  model: Model,
  validation: ValidationResult,
  now: Instant,
): (village: string) => RollupLine[] {
  let byVillage: Map<string, RollupLine[]> | null = null;
  return (village) => {
    if (!byVillage) {
      byVillage = new Map();
      for (const line of rollup(
        model,
        validation,
        now,
        weekOfInstant(now, model.settings.deadline, model.settings.timeZone),
      ).lines) {
        const key = fold(line.village);
        const list = byVillage.get(key);
        if (list) list.push(line);
        else byVillage.set(key, [line]);
      }
    }
    return byVillage.get(fold(village)) ?? [];
  };
}

/**
 * Reads everything the reminders need as of `now`: validates without writing `Kiểm tra`, opens the ledger
 * (creating it when `createLedger`), and splits the due items by the mail quota. Writes nothing else.
 */
export function planReminders(now: Instant, options: { createLedger: boolean }): ReminderPlan {
  const { model, validation } = validateWorkbook(now, { write: false });
  const { settings } = model;
  const ledger = openLedger({
    timeZone: settings.timeZone,
    campaignStart: settings.campaignStart,
    create: options.createLedger,
  });
  const due = dueReminders({ model, validation, ledger: ledger ? ledger.entries : [], now });
  const quota = remainingQuota();
  const { send, rest } = takeWithinQuota(due.due, quota);
  const progress = progressOf(model, validation, now);
  // The form's link to fill in (Cấu hình › Biểu mẫu), else the one the document knows; each village gets its own prefilled link when known.
  const link = fillUrlIn(settings.formLinks ?? '') ?? formUrl();
  return {
    now,
    model,
    ledger,
    due,
    quota,
    send,
    waiting: rest,
    senderName: cleanSubject(`NTM ${communeLabel(settings.communeName)}`),
    message: (item) =>
      reminderMessage(item, {
        model,
        now,
        progress: item.kind === 'Quá hạn' ? undefined : progress(item.village),
        formUrl:
          (item.kind === 'Quá hạn' ? null : safeUrl(findVillage(model, item.village).reportLink)) ?? link,
      }),
  };
}
