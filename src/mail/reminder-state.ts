// Adapter for what reminders keep in document properties: the form link, who turned the hourly run on, the last week rolled up.
import { fold } from '../core/text';
import type { Day } from '../core/types';

/** Document property holding the report form's link (written by the forms feature or by hand). */
export const FORM_URL_KEY = 'formUrl';
/** Document property: the account that turned the hourly reminders on, and when (`email|ms`). */
export const TRIGGER_OWNER_KEY = 'ntm.reminderTriggerOwner';
/** Document property: the last week (deadline day number) the hourly run has rolled up. */
export const ROLLED_UP_WEEK_KEY = 'ntm.rolledUpWeek';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The report form's link: the `formUrl` document property, else the form linked to the spreadsheet, else undefined. */
export function formUrl(): string | undefined {
  try {
    const stored = props().getProperty(FORM_URL_KEY);
    if (stored && stored.trim()) return stored.trim();
    const linked = SpreadsheetApp.getActiveSpreadsheet().getFormUrl();
    return linked ? String(linked) : undefined;
  } catch (_e) {
    return undefined;
  }
}

/** Email of the account running now ('' when Apps Script does not tell). */
export function runningAccount(): string {
  try {
    return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '';
  } catch (_e) {
    return '';
  }
}

export interface TriggerOwner {
  email: string;
  since: number;
}

export function triggerOwner(): TriggerOwner | null {
  const v = props().getProperty(TRIGGER_OWNER_KEY);
  if (!v) return null;
  const at = v.lastIndexOf('|');
  const since = Number(v.slice(at + 1));
  return { email: at >= 0 ? v.slice(0, at) : v, since: Number.isFinite(since) ? since : 0 };
}

export function setTriggerOwner(email: string, since: number): void {
  props().setProperty(TRIGGER_OWNER_KEY, `${email}|${since}`);
}

/** Forgets the owner, but only when it is `email` (one account cannot see or remove another's trigger). */
export function clearTriggerOwner(email: string): void {
  const owner = triggerOwner();
  if (owner && fold(owner.email) === fold(email)) props().deleteProperty(TRIGGER_OWNER_KEY);
}

export function rolledUpWeek(): Day | null {
  const v = props().getProperty(ROLLED_UP_WEEK_KEY);
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) ? n : null;
}

export function setRolledUpWeek(week: Day): void {
  props().setProperty(ROLLED_UP_WEEK_KEY, String(week));
}
