// Adapter for `Nhật ký`: one appended row per action (time, user, action, outcome).
import { LOG_COLUMNS, TAB, titles } from '../core/contract';
import { asText } from './cell-text';
import { now } from './clock';
import { logExecutionError } from './execution-log';
import { ensureTab } from './tab-io';

/** Who runs the action, when Apps Script may tell (empty in simple triggers or for consumer accounts). */
export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch (_e) {
    return '';
  }
}

/**
 * Appends one row to `Nhật ký` (creating the tab when missing). `appendRow` is one atomic step in Sheets:
 * the row is logged after the action let go of the document lock, and two actions ending at once must
 * not write the same row. The outcome is kept as text (a leading apostrophe), never read as a formula.
 */
export function logAction(at: Date, action: string, outcome: string): void {
  const sheet = ensureTab(TAB.log, titles(LOG_COLUMNS));
  sheet.appendRow([at, currentUser(), asText(action), asText(outcome)]);
}

/**
 * Logs `action` now; a failure to log never hides or stops the action itself: it goes, with the outcome it was
 * logging, to Executions (the one place a trigger's failure can still be seen).
 */
export function logActionSafely(action: string, outcome: string): void {
  try {
    logAction(new Date(now()), action, outcome);
  } catch (e) {
    const why =
      e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
    logExecutionError(
      `NTM Tracker: không ghi được tab Nhật ký (${why}). Thao tác: ${action}. Kết quả: ${outcome}`,
    );
  }
}
