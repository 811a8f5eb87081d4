// Use case: record each response's edit link in the `Link sửa` column of its answers tab (on submit and when the form is built).
import { addMs } from '../core/zone';
import { editLinkColumn, firstRowWithoutLink } from '../core/forms';
import { responseLinks } from '../forms/form-links';
import type { Form } from '../forms/open-form';
import { readEditLinkColumn, writeEditLinkColumn } from '../sheets/edit-link-column';

/** Writes the edit links of the rows that have none yet; returns how many were written. Takes no lock: the caller holds it. */
export function recordEditLinks(sheet: GoogleAppsScript.Spreadsheet.Sheet, form: Form): number {
  const c = readEditLinkColumn(sheet);
  if (!c) return 0;
  const since = firstRowWithoutLink(c.timestamps, c.links);
  if (since === null) return 0;
  // A sheet keeps whole seconds: a response may be up to a second later than its row says.
  const column = editLinkColumn(c.timestamps, c.links, responseLinks(form, addMs(since, -1000)));
  if (!column) return 0;
  writeEditLinkColumn(c, column);
  return column.filter((l, i) => l !== c.links[i]).length;
}
