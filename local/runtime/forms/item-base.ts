// What every form item view shares: its id, place, title, help text and type, read from and written to the item's state.
import { as, type RuntimeContext } from '../context';
import { enumOf } from '../enums';
import { syncAnswerColumns } from './answers-tab';
import type { FormState, ItemData } from './model';
import type { FormStore } from './store';

export const ItemType = enumOf<typeof GoogleAppsScript.Forms.ItemType>([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
]);

/** Base of Item, ListItem, TextItem…: several views may stand for one item; they share its state. */
export abstract class ItemBase {
  readonly ctx: RuntimeContext;
  constructor(
    readonly store: FormStore,
    readonly form: FormState,
    readonly data: ItemData,
  ) {
    this.ctx = store.ctx;
  }
  /** The item's state, after checking it is still in the form. */
  protected live(): ItemData {
    if (!this.form.items.includes(this.data)) throw new Error('The item has been deleted from the form.');
    return this.data;
  }
  /** Applies a change and lets the answers tab follow it (a retitled question retitles its column). */
  protected change(f: (d: ItemData) => void): void {
    f(this.live());
    syncAnswerColumns(this.store, this.form);
  }
  getHelpText(): string {
    return this.live().helpText;
  }
  getId(): number {
    return this.data.id;
  }
  getIndex(): number {
    return this.form.items.indexOf(this.live());
  }
  getTitle(): string {
    return this.live().title;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return ItemType[this.live().type];
  }
}

/** Base of the question views (everything but the generic Item): required or not. */
export abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return this.live().required;
  }
  protected setRequiredFlag(enabled: boolean): void {
    if (typeof enabled !== 'boolean') throw new Error(`Invalid argument: enabled`);
    this.change((d) => (d.required = enabled));
  }
  protected setTitleText(title: string): void {
    this.change((d) => (d.title = String(title)));
  }
  protected setHelp(text: string): void {
    this.change((d) => (d.helpText = String(text)));
  }
}

/** The fluent setters every question type returns itself from (`setTitle(…).setHelpText(…)`). */
export abstract class Question<Self> extends QuestionBase {
  protected self(): Self {
    return as<Self>(this);
  }
  setHelpText(text: string): Self {
    this.setHelp(text);
    return this.self();
  }
  setRequired(enabled: boolean): Self {
    this.setRequiredFlag(enabled);
    return this.self();
  }
  setTitle(title: string): Self {
    this.setTitleText(title);
    return this.self();
  }
}
