// Adapter for the spreadsheet's time zone, the one service custom functions may read without authorisation.
import { DEFAULT_TIME_ZONE, resolveTimeZone } from '../core/zone';

/** The active spreadsheet's zone (File > Settings), or Asia/Ho_Chi_Minh when it cannot be read or is unknown. */
export function spreadsheetTimeZone(): string {
  try {
    if (typeof SpreadsheetApp === 'undefined') return DEFAULT_TIME_ZONE;
    const active = SpreadsheetApp.getActive();
    return resolveTimeZone(active ? active.getSpreadsheetTimeZone() : undefined);
  } catch (_e) {
    return DEFAULT_TIME_ZONE;
  }
}
