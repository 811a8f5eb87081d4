// Adapter for the guide's dialog: an HtmlService page over the sheet (nothing where there is no UI, e.g. triggers).

/** Shows `html` (already escaped) in a modal dialog; false where no UI exists. */
export function showHtmlDialog(title: string, html: string, width = 640, height = 560): boolean {
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = SpreadsheetApp.getUi();
  } catch (_e) {
    return false;
  }
  ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title);
  return true;
}
