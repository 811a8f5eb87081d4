// Adapter for the preview dialog: an HtmlService page shown over the sheet (nothing where there is no UI).

/** Shows `html` (already escaped) in a modal dialog; returns false where no UI exists (triggers). */
export function showDialog(title: string, html: string, width = 760, height = 600): boolean {
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = SpreadsheetApp.getUi();
  } catch (_e) {
    return false;
  }
  const page = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  ui.showModalDialog(page, title);
  return true;
}
