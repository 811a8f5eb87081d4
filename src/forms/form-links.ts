// Adapter: the form's settings and links: answers to this spreadsheet, edits allowed, a prefilled link per village, responses' edit links.
import { asInstant } from '../core/zone';
import { formIdsIn, type ResponseLink } from '../core/forms';
import type { Instant } from '../core/types';
import { destinationOf, type Form } from './open-form';

/** Sends the answers to `ss` unless they already go there, and allows response edits; returns what it changed. */
export function linkToSpreadsheet(
  form: Form,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): { linked: boolean; editsAllowed: boolean } {
  const linked = destinationOf(form) !== ss.getId();
  if (linked) form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  const editsAllowed = !form.canEditResponse();
  if (editsAllowed) form.setAllowResponseEdits(true);
  return { linked, editsAllowed };
}

/** The prefilled link of each name, with the name chosen in the form's `Thôn` list (`listItemId`). */
export function prefilledLinks(form: Form, listItemId: number, names: readonly string[]): string[] {
  const list = form.getItemById(listItemId).asListItem();
  return names.map((name) =>
    form.createResponse().withItemResponse(list.createResponse(name)).toPrefilledUrl(),
  );
}

/** The id of the form's question titled `title` of type LIST, or null. */
export function listItemId(form: Form, title: string): number | null {
  const item = form.getItems(FormApp.ItemType.LIST).find((i) => i.getTitle() === title);
  return item ? item.getId() : null;
}

/** The responses sent (or last edited) at or after `since`, with their edit links; none when the form does not allow edits. */
export function responseLinks(form: Form, since: Instant | null): ResponseLink[] {
  if (!form.canEditResponse()) return [];
  const responses = since === null ? form.getResponses() : form.getResponses(new Date(since));
  return responses.map((r) => ({
    at: asInstant(r.getTimestamp().getTime()),
    editUrl: r.getEditResponseUrl(),
  }));
}

/** The form whose answers a tab receives, or null. */
export function formOfSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Form | null {
  try {
    const url = sheet.getFormUrl();
    return url ? FormApp.openByUrl(url) : null;
  } catch (_e) {
    return null;
  }
}

/** The tab receiving `form`'s answers, or null. */
export function answersSheetOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  form: Form,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const id = form.getId();
  return (
    ss.getSheets().find((s) => {
      try {
        return formIdsIn(s.getFormUrl() ?? '').includes(id);
      } catch (_e) {
        return false;
      }
    }) ?? null
  );
}
