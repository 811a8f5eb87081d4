// Adapter for the spreadsheet UI: the NTM menu, toasts, alerts and HTML dialogs (no-ops where no UI exists, e.g. triggers).

export interface MenuItem {
  label: string;
  /** Submenu label; the submenu is drawn where its first item comes. */
  submenu?: string;
  functionName: string;
}

function ui(): GoogleAppsScript.Base.Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch (_e) {
    return null; // time-driven and form-submit triggers have no UI
  }
}

/** One section's items with each submenu's items gathered where its first item comes. */
function gather(items: MenuItem[]): (MenuItem | { submenu: string; items: MenuItem[] })[] {
  const out: (MenuItem | { submenu: string; items: MenuItem[] })[] = [];
  const subs = new Map<string, MenuItem[]>();
  for (const item of items) {
    if (!item.submenu) out.push(item);
    else if (subs.has(item.submenu)) subs.get(item.submenu)!.push(item);
    else {
      subs.set(item.submenu, [item]);
      out.push({ submenu: item.submenu, items: subs.get(item.submenu)! });
    }
  }
  return out;
}

/** Adds the top-level menu: the sections top to bottom, a separator between two; works in AuthMode.NONE (touches no data). */
export function addMenu(title: string, sections: MenuItem[][]): void {
  const u = ui();
  if (!u) return;
  const menu = u.createMenu(title);
  sections.forEach((items, k) => {
    if (k > 0) menu.addSeparator();
    for (const node of gather(items)) {
      if (!('items' in node)) {
        menu.addItem(node.label, node.functionName);
        continue;
      }
      const sub = u.createMenu(node.submenu);
      for (const item of node.items) sub.addItem(item.label, item.functionName);
      menu.addSubMenu(sub);
    }
  });
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

/** Shows `html` (already escaped) in a modal dialog; returns false where no UI exists (triggers). */
export function showHtmlDialog(title: string, html: string, width: number, height: number): boolean {
  const u = ui();
  if (!u) return false;
  u.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title);
  return true;
}

/** Opens `html` (already escaped) in the sidebar, titled `title`; returns false where no UI exists (triggers). */
export function showSidebar(title: string, html: string): boolean {
  const u = ui();
  if (!u) return false;
  u.showSidebar(HtmlService.createHtmlOutput(html).setTitle(title));
  return true;
}
