// Adapter for the conversion Apps Script does: an HTML page as a PDF blob (Utilities.newBlob(…).getAs), named like the page.

/**
 * The PDF of `html`: Apps Script prints the page and names the blob after `fileName` with its extension
 * replaced (`bao-cao-tuan-30-03-2023.html` → `bao-cao-tuan-30-03-2023.pdf`; a name must hold no other dot).
 */
export function htmlToPdf(html: string, fileName: string): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(html, 'text/html', fileName).getAs('application/pdf');
}
