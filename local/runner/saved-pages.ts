// Files an action asks the runner to keep: a dialog whose <html> tag has data-ntm-save-as="x.html" is saved as DIR/x.html; an export page's CSV as DIR/<its name>.csv.
import { csvOfExportPage } from '../../src/pages';

export interface SavedPage {
  /** A plain file name (no folder), ending in `.html`. */
  file: string;
  html: string;
}

const SAVE_AS = /<html\b[^>]*\sdata-ntm-save-as="([^"]*)"[^>]*>/i;
/** Only a bare name: no folder part, no leading dot, so a page can never land outside DIR. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.html$/;

/** The pages among `dialogs` (in the order shown) that ask to be saved; a later page of the same name replaces an earlier one. */
export function pagesToSave(dialogs: readonly { html: string }[]): SavedPage[] {
  const byName = new Map<string, SavedPage>();
  for (const d of dialogs) {
    const name = SAVE_AS.exec(d.html)?.[1];
    if (name && SAFE_NAME.test(name)) {
      byName.delete(name);
      byName.set(name, { file: name, html: d.html });
    }
  }
  return [...byName.values()];
}

/** A bare `.csv` name, for the same reason. */
const SAFE_CSV = /^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/;

/** The CSV files the export pages among `dialogs` carry; a later one of the same name replaces an earlier one. */
export function csvFilesToSave(dialogs: readonly { html: string }[]): { file: string; csv: string }[] {
  const byName = new Map<string, { file: string; csv: string }>();
  for (const d of dialogs) {
    const found = csvOfExportPage(d.html);
    if (found && SAFE_CSV.test(found.file)) {
      byName.delete(found.file);
      byName.set(found.file, found);
    }
  }
  return [...byName.values()];
}
