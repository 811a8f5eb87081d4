// Adapter for what reminders keep in document properties: the form link and the last week rolled up (who turned the hourly run on: src/triggers/trigger-accounts.ts).
import { asDay } from '../core/zone';
import type { Day } from '../core/types';

/** Document property holding the report form's link (written by the forms feature or by hand). */
export const FORM_URL_KEY = 'formUrl';
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

export function rolledUpWeek(): Day | null {
  const v = props().getProperty(ROLLED_UP_WEEK_KEY);
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) ? asDay(n) : null;
}

export function setRolledUpWeek(week: Day): void {
  props().setProperty(ROLLED_UP_WEEK_KEY, String(week));
}
