// Adapter: reads the form's questions once into core records and applies a sync plan with FormApp.
import type {
  CurrentForm,
  CurrentItem,
  FormItemSpec,
  FormValidation,
  ItemChanges,
  SyncOp,
} from '../core/forms';
import type { Form } from './open-form';
import type { ValidationMemory } from './validation-memory';

type Item = GoogleAppsScript.Forms.Item;
type Question =
  | GoogleAppsScript.Forms.ListItem
  | GoogleAppsScript.Forms.MultipleChoiceItem
  | GoogleAppsScript.Forms.TextItem
  | GoogleAppsScript.Forms.ParagraphTextItem
  | GoogleAppsScript.Forms.DateItem;

/** The typed view of a question of one of the five types the report form uses; null for any other item. */
function question(item: Item, type: string): Question | null {
  if (type === 'LIST') return item.asListItem();
  if (type === 'MULTIPLE_CHOICE') return item.asMultipleChoiceItem();
  if (type === 'TEXT') return item.asTextItem();
  if (type === 'PARAGRAPH_TEXT') return item.asParagraphTextItem();
  if (type === 'DATE') return item.asDateItem();
  return null;
}

export interface ReadForm {
  current: CurrentForm;
  items: Map<number, { item: Item; type: string }>;
}

/** Every question with its title, type, help text, required flag, choices and the validation set last time. */
export function readForm(form: Form, memory: ValidationMemory): ReadForm {
  const items = new Map<number, { item: Item; type: string }>();
  const current: CurrentItem[] = form.getItems().map((item) => {
    const id = item.getId();
    const type = String(item.getType());
    items.set(id, { item, type });
    const q = question(item, type);
    const choices =
      type === 'LIST' || type === 'MULTIPLE_CHOICE'
        ? (q as GoogleAppsScript.Forms.ListItem).getChoices().map((c) => c.getValue())
        : undefined;
    return {
      id,
      title: item.getTitle(),
      type,
      helpText: item.getHelpText(),
      required: q ? q.isRequired() : undefined,
      choices,
      validation: memory.get(id) ?? (type === 'TEXT' ? undefined : null),
    };
  });
  return { current: { title: form.getTitle(), description: form.getDescription(), items: current }, items };
}

function textValidation(v: FormValidation): GoogleAppsScript.Forms.TextValidation {
  return FormApp.createTextValidation().setHelpText(v.helpText).requireTextMatchesPattern(v.pattern).build();
}

/** Applies changes to a question (its typed view: a ListItem, TextItem…, as `add…Item` returns it). */
function change(q: Question, type: string, c: ItemChanges, memory: ValidationMemory): void {
  if (c.title !== undefined) q.setTitle(c.title);
  if (c.helpText !== undefined) q.setHelpText(c.helpText);
  if (c.required !== undefined) q.setRequired(c.required);
  if (c.choices !== undefined && (type === 'LIST' || type === 'MULTIPLE_CHOICE'))
    (q as GoogleAppsScript.Forms.ListItem).setChoiceValues(c.choices);
  if (c.validation !== undefined && type === 'TEXT') {
    const text = q as GoogleAppsScript.Forms.TextItem;
    if (c.validation) text.setValidation(textValidation(c.validation));
    else text.clearValidation();
    memory.set(q.getId(), c.validation);
  }
}

function add(form: Form, type: FormItemSpec['type']): Question {
  if (type === 'LIST') return form.addListItem();
  if (type === 'MULTIPLE_CHOICE') return form.addMultipleChoiceItem();
  if (type === 'TEXT') return form.addTextItem();
  if (type === 'PARAGRAPH_TEXT') return form.addParagraphTextItem();
  return form.addDateItem();
}

/** Applies the plan in its order (form, deletes, updates, creates, moves) and remembers the validations set. */
export function applyPlan(
  form: Form,
  read: ReadForm,
  ops: readonly SyncOp[],
  memory: ValidationMemory,
): void {
  const created = new Map<string, number>();
  for (const op of ops) {
    if (op.op === 'form') {
      if (op.title !== undefined) form.setTitle(op.title);
      if (op.description !== undefined) form.setDescription(op.description);
    } else if (op.op === 'delete') {
      form.deleteItem(read.items.get(op.id)!.item);
      memory.set(op.id, null);
    } else if (op.op === 'update') {
      const { item, type } = read.items.get(op.id)!;
      const q = question(item, type);
      if (q) change(q, type, op.changes, memory);
    } else if (op.op === 'create') {
      const { title, helpText, required, choices, validation } = op.item;
      const q = add(form, op.item.type);
      change(q, op.item.type, { title, helpText, required, choices, validation }, memory);
      created.set(op.item.key, q.getId());
    } else {
      const item =
        'id' in op.ref ? read.items.get(op.ref.id)!.item : form.getItemById(created.get(op.ref.key)!);
      form.moveItem(item, op.to);
    }
  }
}
