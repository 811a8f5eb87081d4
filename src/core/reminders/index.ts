// The reminders core as the adapters use it: what is due now, how to fit the quota, and what each message says.
export { dueReminders } from './due-reminders';
export { activeVillages, reminderWeeks } from './reminder-scope';
export type { DueRemindersInput } from './due-reminders';
export { takeWithinQuota, itemMessages, quotaCost } from './quota';
export type { Addressed, QuotaSplit } from './quota';
export { validRecipients, isValidEmail, recipientBatches, MAX_RECIPIENTS_PER_MESSAGE } from './recipients';
export { reminderMessage, MAX_BODY_BYTES } from './messages';
export type { MessageContext, ReminderMessage } from './messages';
export { escapeHtml } from './html';
export { weekWindows, remindBeforeHours, FINAL_HOURS } from './reminder-windows';
export type { WeekWindows } from './reminder-windows';
export { LedgerIndex } from './ledger';
export { COMMUNE_WIDE, CORRECTION_KIND, LEDGER_KINDS } from './reminder-types';
export type {
  DueReminders,
  LedgerEntry,
  LedgerKind,
  LedgerResult,
  ProgressLine,
  ReminderItem,
  ReminderKind,
} from './reminder-types';
