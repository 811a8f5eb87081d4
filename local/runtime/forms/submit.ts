// Submitting and editing a response as a respondent does: the form's checks, the timestamp, the answers tab row, the triggers.
import { formColumns, writeResponseRow } from './answers-tab';
import { fireFormSubmit } from './fire';
import { ITEM_PREFIX, type FormState, type ResponseData } from './model';
import type { FormStore } from './store';
import { meetsTextRule } from './validation';

/** Throws what the form would show when it refuses these answers (item id → text). */
export function checkAnswers(form: FormState, answers: Record<string, string>, email: string): void {
  if (!form.accepting) throw new Error(`The form "${form.title}" is no longer accepting responses.`);
  if (form.collectEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new Error('This form collects email addresses: a valid email is required.');
  for (const key of Object.keys(answers)) {
    if (!form.items.some((i) => String(i.id) === key))
      throw new Error(`Invalid response: the item ${key} is not in the form.`);
  }
  for (const item of form.items) {
    const text = answers[String(item.id)] ?? '';
    if (text.trim() === '') {
      if (item.required) throw new Error(`"${item.title}" is a required question.`);
      continue;
    }
    if ((item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE') && !item.choices.includes(text)) {
      throw new Error(`Invalid response: "${text}" is not a choice of "${item.title}".`);
    }
    if (item.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(text))
      throw new Error(`Invalid response: "${text}" is not a date (yyyy-MM-dd) for "${item.title}".`);
    if (
      item.validation &&
      (item.type === 'TEXT' || item.type === 'PARAGRAPH_TEXT') &&
      !meetsTextRule(item.validation, text)
    ) {
      throw new Error(
        `Invalid response to "${item.title}": ${item.validation.helpText || "the answer does not pass the question's validation."}`,
      );
    }
  }
}

/** Records a new response at the runtime's now, writes its row and fires the form-submit triggers. */
export function submitNew(
  store: FormStore,
  form: FormState,
  answers: Record<string, string>,
  email: string,
): ResponseData {
  checkAnswers(form, answers, email);
  const clean = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== ''));
  const response: ResponseData = {
    id: store.newResponseId(form),
    at: store.ctx.now(),
    email,
    answers: clean,
  };
  form.responses.push(response);
  const row = writeResponseRow(store, form, response);
  if (row !== undefined) fireFormSubmit(store, form, row);
  return response;
}

/**
 * A respondent's edit through the edit link: the response keeps its id, takes the new answers and the new time;
 * its row is rewritten in place and the triggers fire again with only the changed answers in the event.
 */
export function submitEdit(
  store: FormStore,
  form: FormState,
  response: ResponseData,
  answers: Record<string, string>,
): void {
  if (!form.allowEdits) throw new Error(`The form "${form.title}" does not allow editing responses.`);
  const next = { ...response.answers, ...answers };
  checkAnswers(form, next, response.email);
  const changed = new Set<number>();
  for (const c of form.destination?.columns ?? []) {
    if (!c.key.startsWith(ITEM_PREFIX)) continue;
    const id = c.key.slice(ITEM_PREFIX.length);
    if ((next[id] ?? '') !== (response.answers[id] ?? '')) changed.add(c.col);
  }
  response.answers = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== ''));
  response.at = store.ctx.now();
  const row = writeResponseRow(store, form, response);
  if (row !== undefined && formColumns(form).length > 0) fireFormSubmit(store, form, row, changed);
}
