// runtime.forms: what tests, the runner and the demo do from outside the script (a leader filling or editing the form, saving state).
import { answersTab } from './answers-tab';
import type { FormState, ResponseData } from './model';
import type { FormStore, TriggerRun } from './store';
import { submitEdit, submitNew } from './submit';

export interface FormSummary {
  id: string;
  title: string;
  editUrl: string;
  publishedUrl: string;
  /** Name of the linked answers tab, if any. */
  sheet?: string;
  responses: number;
}

export interface SubmitResult {
  id: string;
  editUrl: string;
  /** Row of the answers tab written (undefined when the form has no destination). */
  row?: number;
}

export interface FormsHandle {
  list(): FormSummary[];
  /**
   * Fills the form as a respondent at the runtime's now: answers by question title (a DATE answer as `yyyy-MM-dd`),
   * checked as the form checks them (a refusal throws); the row is written and the form-submit triggers run.
   */
  submit(formIdOrUrl: string, answers: Record<string, string>, options?: { email?: string }): SubmitResult;
  /** Opens a response's edit link and changes the given answers: the row is rewritten in place and the triggers run again. */
  edit(editUrl: string, answers: Record<string, string>): SubmitResult;
  /** Each form-submit trigger run so far, in order (a failing handler does not undo the response). */
  triggerRuns: TriggerRun[];
  /** A JSON-safe copy of every form (what form.json persists). */
  state(): FormState[];
  /** Brings back forms saved by state() (their answers tabs are found by name). */
  load(forms: FormState[]): void;
}

function byTitle(form: FormState, answers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [title, value] of Object.entries(answers)) {
    const items = form.items.filter((i) => i.title === title);
    if (items.length === 0) throw new Error(`No question titled "${title}" in the form "${form.title}".`);
    if (items.length > 1)
      throw new Error(`Several questions are titled "${title}" in the form "${form.title}".`);
    if (typeof value !== 'string')
      throw new Error(`The answer to "${title}" must be text, as typed into the form.`);
    out[String(items[0].id)] = value;
  }
  return out;
}

export function formsHandle(store: FormStore): FormsHandle {
  const find = (key: string): FormState => {
    const form = store.byId(key) ?? store.byUrl(key);
    if (!form) throw new Error(`No form ${key} in this runtime.`);
    return form;
  };
  const result = (form: FormState, r: ResponseData): SubmitResult => ({
    id: r.id,
    editUrl: `${store.publishedUrl(form)}?edit2=${r.id}`,
    row: r.row,
  });
  return {
    list: () =>
      store.forms.map((f) => ({
        id: f.id,
        title: f.title,
        editUrl: store.editUrl(f),
        publishedUrl: store.publishedUrl(f),
        sheet: answersTab(store, f)?.name,
        responses: f.responses.length,
      })),
    submit(formIdOrUrl, answers, options = {}) {
      const form = find(formIdOrUrl);
      const email = options.email ?? '';
      if (email && !form.collectEmail)
        throw new Error(`The form "${form.title}" does not collect email addresses.`);
      return result(form, submitNew(store, form, byTitle(form, answers), email));
    },
    edit(editUrl, answers) {
      const m = /[?&]edit2=([^&]+)/.exec(editUrl);
      const form = m ? store.byUrl(editUrl) : undefined;
      const response = form?.responses.find((r) => r.id === decodeURIComponent(m![1]));
      if (!form || !response)
        throw new Error(`${editUrl} is not the edit link of a response in this runtime.`);
      submitEdit(store, form, response, byTitle(form, answers));
      return result(form, response);
    },
    triggerRuns: store.triggerRuns,
    state() {
      for (const f of store.forms) answersTab(store, f);
      return JSON.parse(JSON.stringify(store.forms)) as FormState[];
    },
    load: (forms) => store.load(JSON.parse(JSON.stringify(forms)) as FormState[]),
  };
}
