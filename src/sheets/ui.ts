// Adapter for the spreadsheet UI: the NTM menu, toasts and alerts (no-ops where no UI exists, e.g. triggers).
import type { MenuPlace } from '../entry/entry-point';

export interface MenuItem {
  place: MenuPlace;
  functionName: string;
}

function ui(): GoogleAppsScript.Base.Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch (_e) {
    return null; // time-driven and form-submit triggers have no UI
  }
}

/** Adds the top-level `NTM` menu; works in AuthMode.NONE (touches no data). */
export function addMenu(title: string, items: MenuItem[]): void {
  const u = ui();
  if (!u) return;
  const menu = u.createMenu(title);
  const subs = new Map<string, GoogleAppsScript.Base.Menu>();
  for (const item of items) {
    const sub = item.place.submenu;
    if (sub) {
      let m = subs.get(sub);
      if (!m) {
        m = u.createMenu(sub);
        subs.set(sub, m);
        if (item.place.separatorBefore) menu.addSeparator();
        menu.addSubMenu(m);
      }
      m.addItem(item.place.label, item.functionName);
    } else {
      if (item.place.separatorBefore) menu.addSeparator();
      menu.addItem(item.place.label, item.functionName);
    }
  }
  menu.addToUi();
}

/** A short message in the corner of the sheet. */
export function toast(message: string, title = 'NTM', seconds = 8): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, title, seconds);
  } catch (_e) {
    // no active spreadsheet UI (trigger): the log keeps the outcome
  }
}

/** A message box with an OK button; silently skipped where no UI exists. */
export function alert(title: string, message: string): void {
  const u = ui();
  if (!u) return;
  u.alert(title, message, u.ButtonSet.OK);
}

/** Asks yes/no; returns false where no UI exists. */
export function confirm(title: string, message: string): boolean {
  const u = ui();
  if (!u) return false;
  return u.alert(title, message, u.ButtonSet.YES_NO) === u.Button.YES;
}
