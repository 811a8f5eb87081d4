// Adapter for `Nhật ký`: one appended row per action (time, user, action, outcome).
import { LOG_COLUMNS, TAB, titles } from '../core/contract';
import { appendRows, ensureTab } from './tab-io';

/** Who runs the action, when Apps Script may tell (empty in simple triggers or for consumer accounts). */
export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch (_e) {
    return '';
  }
}

/** Appends one row to `Nhật ký` (creating the tab when missing). */
export function logAction(at: Date, action: string, outcome: string): void {
  const sheet = ensureTab(TAB.log, titles(LOG_COLUMNS));
  appendRows(sheet, [[at, currentUser(), action, `'${outcome}`]]);
}
