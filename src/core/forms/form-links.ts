// The `Biểu mẫu` value of `Cấu hình`: the form's two links written for people, and read back to find the form again.
/** Label before the link leaders fill in. */
export const FILL_LABEL = 'Điền báo cáo:';
/** Label before the link the officer edits the form with. */
export const EDIT_LABEL = 'Sửa biểu mẫu (cán bộ):';

/** The cell's text: the link to fill in on the first line, the link to edit the form on the second. */
export function formLinksText(publishedUrl: string, editUrl: string): string {
  return `${FILL_LABEL} ${publishedUrl}\n${EDIT_LABEL} ${editUrl}`;
}

/** Every link in a text, in order. */
export function linksIn(text: string): string[] {
  return [...String(text ?? '').matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0].replace(/[.,;)]+$/, ''));
}

/** Ids of the forms an edit link in the text names (`…/forms/d/<id>/…`; a `…/forms/d/e/…` link to fill in names none). */
export function formIdsIn(text: string): string[] {
  const ids: string[] = [];
  for (const link of linksIn(text)) {
    const m = /\/forms\/d\/([A-Za-z0-9_-]+)/.exec(link);
    if (m && m[1] !== 'e' && !ids.includes(m[1])) ids.push(m[1]);
  }
  return ids;
}

/** The link to fill in: the one after `Điền báo cáo:`, else the first link that is not an edit link; null when none. */
export function fillUrlIn(text: string): string | null {
  const labelled = new RegExp(`${FILL_LABEL}\\s*(https?://\\S+)`).exec(String(text ?? ''));
  if (labelled) return labelled[1];
  return linksIn(text).find((l) => !/\/edit\b/.test(l)) ?? null;
}
