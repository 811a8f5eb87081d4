// Adapter: finds the report form this spreadsheet uses (the `Biểu mẫu` links, else the form linked to it) or creates one.
import { formIdsIn } from '../core/forms';

export type Form = GoogleAppsScript.Forms.Form;

export interface OpenedForm {
  form: Form;
  created: boolean;
  /** Why a form named in `Cấu hình` was not used ('' when nothing to say). */
  note: string;
}

/** The id of the spreadsheet the form sends its answers to, '' when none (Forms throws then). */
export function destinationOf(form: Form): string {
  try {
    return form.getDestinationId() || '';
  } catch (_e) {
    return '';
  }
}

/** Null instead of the error Forms throws for a deleted form or one this account cannot edit. */
function tryOpen<T>(open: () => T | null): T | null {
  try {
    return open();
  } catch (_e) {
    return null;
  }
}

/**
 * The form of `Biểu mẫu` (its edit link), else the form linked to the spreadsheet, else a new one titled `title`.
 * A form that sends its answers to another spreadsheet (a copied workbook's) is left alone: a new one is made.
 */
export function openReportForm(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  linksText: string,
  title: string,
): OpenedForm {
  const notes: string[] = [];
  const ids = formIdsIn(linksText);
  for (const id of ids) {
    const form = tryOpen(() => FormApp.openById(id));
    if (!form) {
      notes.push('không mở được biểu mẫu ghi ở Cấu hình (đã bị xóa hoặc tài khoản này không có quyền sửa)');
      continue;
    }
    const dest = destinationOf(form);
    if (dest === '' || dest === ss.getId()) return { form, created: false, note: '' };
    notes.push(
      'biểu mẫu ghi ở Cấu hình đang gửi câu trả lời về một sổ khác (sổ gốc của bản sao này) nên không dùng',
    );
  }
  const linkedUrl = tryOpen(() => ss.getFormUrl());
  if (linkedUrl) {
    const form = tryOpen(() => FormApp.openByUrl(linkedUrl));
    if (form) return { form, created: false, note: notes.join('; ') };
  }
  return { form: FormApp.create(title), created: true, note: notes.join('; ') };
}
