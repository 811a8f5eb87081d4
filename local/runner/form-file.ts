// DIR/form.json: the form the actions made (what an officer would see of it) plus the state a later run needs to find it again.
import { errorText } from '../../src/core/error-text';
import fs from 'node:fs';
import path from 'node:path';
import type { FormState } from '../runtime';
import type { FormsHandle } from '../runtime/forms/handle';

export const FORM_FILE = 'form.json';

/** One question as form.json shows it. */
export interface FormFileItem {
  title: string;
  type: string;
  required: boolean;
  helpText: string;
  choices?: string[];
  validation?: { type: string; args: (string | number)[]; helpText: string };
}

export interface FormFile {
  title: string;
  description: string;
  publishedUrl: string;
  editUrl: string;
  items: FormFileItem[];
  /**
   * Every form of the run with its ids, answers-tab link and responses, and the add-on's document properties about
   * its form (`ntm.form…`: e.g. the validations it set, which Forms cannot give back): what the next run loads.
   */
  state: { forms: FormState[]; documentProperties?: Record<string, string> };
}

/** Document properties that belong with the form: the add-on's memory of it. */
const FORM_PROPERTY = /^ntm\.form/;

/** What an earlier run left beside the input workbook. */
export interface SavedForms {
  forms: FormState[];
  documentProperties: Record<string, string>;
}

/** The form.json next to the input workbook (written by an earlier run), or null; throws a Vietnamese message when unreadable. */
export function readFormFile(workbookPath: string): SavedForms | null {
  const file = path.join(path.dirname(workbookPath), FORM_FILE);
  if (!fs.existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `Không đọc được ${file} (${errorText(e)}): hãy xóa tệp này hoặc lấy lại tệp do runner ghi.`,
    );
  }
  const state = (parsed as Partial<FormFile> | null)?.state;
  if (!Array.isArray(state?.forms))
    throw new Error(
      `${file} thiếu phần "state.forms" do runner ghi: hãy xóa tệp này hoặc lấy lại tệp do runner ghi.`,
    );
  const props =
    state.documentProperties && typeof state.documentProperties === 'object' ? state.documentProperties : {};
  const documentProperties = Object.fromEntries(
    Object.entries(props).filter(([k, v]) => FORM_PROPERTY.test(k) && typeof v === 'string'),
  );
  return { forms: state.forms, documentProperties };
}

/** The text of form.json for the form linked to the workbook (else the last one made), or null when the run has no form. */
export function formFileText(
  forms: FormsHandle,
  documentProperties: Record<string, string> = {},
): string | null {
  const list = forms.list();
  if (list.length === 0) return null;
  const state = forms.state();
  const shown = [...list].reverse().find((f) => f.sheet !== undefined) ?? list[list.length - 1];
  const form = state.find((f) => f.id === shown.id)!;
  const file: FormFile = {
    title: form.title,
    description: form.description,
    publishedUrl: shown.publishedUrl,
    editUrl: shown.editUrl,
    items: form.items.map((i) => {
      const item: FormFileItem = { title: i.title, type: i.type, required: i.required, helpText: i.helpText };
      if (i.type === 'LIST' || i.type === 'MULTIPLE_CHOICE') item.choices = [...i.choices];
      if (i.validation)
        item.validation = {
          type: i.validation.type,
          args: [...i.validation.args],
          helpText: i.validation.helpText,
        };
      return item;
    }),
    state: {
      forms: state,
      documentProperties: Object.fromEntries(
        Object.entries(documentProperties)
          .filter(([k]) => FORM_PROPERTY.test(k))
          .sort(),
      ),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
