// Form: title and settings, items (add, find, move, delete), the answers destination and the responses.
import { as, countCalls, type RuntimeContext } from '../context';
import { enumOf } from '../enums';
import { linkAnswersTab, syncAnswerColumns } from './answers-tab';
import { FakeFormResponse } from './form-response';
import { FakeItem, typedView } from './item';
import type { FormState, ItemKind } from './model';
import type { FormStore } from './store';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

export const DestinationType = enumOf<typeof GoogleAppsScript.Forms.DestinationType>(['SPREADSHEET']);
export const NOT_FOUND =
  'No item with the given ID could be found, or you do not have permission to access it.';

const METHODS = [
  'addDateItem',
  'addListItem',
  'addMultipleChoiceItem',
  'addParagraphTextItem',
  'addTextItem',
  'canEditResponse',
  'collectsEmail',
  'createResponse',
  'deleteItem',
  'getConfirmationMessage',
  'getDescription',
  'getDestinationId',
  'getDestinationType',
  'getEditUrl',
  'getId',
  'getItemById',
  'getItems',
  'getPublishedUrl',
  'getResponse',
  'getResponses',
  'getTitle',
  'isAcceptingResponses',
  'moveItem',
  'removeDestination',
  'setAcceptingResponses',
  'setAllowResponseEdits',
  'setCollectEmail',
  'setConfirmationMessage',
  'setDescription',
  'setDestination',
  'setTitle',
  'shortenFormUrl',
] as const;

const bool = (v: unknown, name: string): boolean => {
  if (typeof v !== 'boolean') throw new Error(`Invalid argument: ${name}`);
  return v;
};

export class FakeForm implements Pick<Form, (typeof METHODS)[number]> {
  readonly ctx: RuntimeContext;
  constructor(
    readonly store: FormStore,
    readonly data: FormState,
  ) {
    this.ctx = store.ctx;
  }
  private self(): Form {
    return as<Form>(this);
  }
  private add<T>(type: ItemKind): T {
    const item = this.store.newItem(type);
    this.data.items.push(item);
    syncAnswerColumns(this.store, this.data);
    return as<T>(typedView(this.store, this.data, item));
  }
  private indexOf(item: Item | number, name: string): number {
    const i =
      typeof item === 'number'
        ? item
        : this.data.items.findIndex((d) => d.id === (item as unknown as FakeItem).data?.id);
    if (!Number.isInteger(i) || i < 0 || i >= this.data.items.length)
      throw new Error(`Invalid argument: ${name}`);
    return i;
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.add('DATE');
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('LIST');
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('MULTIPLE_CHOICE');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('PARAGRAPH_TEXT');
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('TEXT');
  }
  canEditResponse(): boolean {
    return this.data.allowEdits;
  }
  collectsEmail(): boolean {
    return this.data.collectEmail;
  }
  createResponse(): GoogleAppsScript.Forms.FormResponse {
    return as<GoogleAppsScript.Forms.FormResponse>(new FakeFormResponse(this.store, this.data));
  }
  /** Removes the question; the answers tab keeps its column and every answer in it. */
  deleteItem(item: Item | number): void {
    this.data.items.splice(this.indexOf(item, typeof item === 'number' ? 'index' : 'item'), 1);
  }
  getConfirmationMessage(): string {
    return this.data.confirmation;
  }
  getDescription(): string {
    return this.data.description;
  }
  getDestinationId(): string {
    if (!this.data.destination) throw new Error('The form currently has no response destination.');
    return this.data.destination.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this.data.destination) throw new Error('The form currently has no response destination.');
    return DestinationType.SPREADSHEET;
  }
  getEditUrl(): string {
    return this.store.editUrl(this.data);
  }
  getId(): string {
    return this.data.id;
  }
  getItemById(id: number): Item {
    const d = this.data.items.find((i) => i.id === id);
    return as<Item>(d ? new FakeItem(this.store, this.data, d) : null);
  }
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    const items =
      itemType === undefined ? this.data.items : this.data.items.filter((i) => i.type === String(itemType));
    return as<Item[]>(items.map((d) => new FakeItem(this.store, this.data, d)));
  }
  getPublishedUrl(): string {
    return this.store.publishedUrl(this.data);
  }
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    const r = this.data.responses.find((x) => x.id === responseId);
    if (!r) throw new Error(`No response with ID ${String(responseId)} exists for this form.`);
    return as<GoogleAppsScript.Forms.FormResponse>(new FakeFormResponse(this.store, this.data, r));
  }
  /** All responses in submission order; with a timestamp, those submitted (or last edited) at or after it. */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.FormResponse[] {
    const from = timestamp === undefined ? -Infinity : timestamp.getTime();
    if (Number.isNaN(from)) throw new Error('Invalid argument: timestamp');
    const list = this.data.responses.filter((r) => r.at >= from);
    return as<GoogleAppsScript.Forms.FormResponse[]>(
      list.map((r) => new FakeFormResponse(this.store, this.data, r)),
    );
  }
  getTitle(): string {
    return this.data.title;
  }
  isAcceptingResponses(): boolean {
    return this.data.accepting;
  }
  moveItem(a: Item | number, to: number): Item {
    const from = this.indexOf(a, typeof a === 'number' ? 'from' : 'item');
    if (!Number.isInteger(to) || to < 0 || to >= this.data.items.length)
      throw new Error('Invalid argument: toIndex');
    const [d] = this.data.items.splice(from, 1);
    this.data.items.splice(to, 0, d);
    return as<Item>(new FakeItem(this.store, this.data, d));
  }
  /** Unlinks the answers tab; the tab and its rows stay in the spreadsheet. */
  removeDestination(): Form {
    delete this.data.destination;
    this.store.sheets.delete(this.data.id);
    return this.self();
  }
  setAcceptingResponses(enabled: boolean): Form {
    this.data.accepting = bool(enabled, 'enabled');
    return this.self();
  }
  setAllowResponseEdits(enabled: boolean): Form {
    this.data.allowEdits = bool(enabled, 'enabled');
    return this.self();
  }
  setCollectEmail(collect: boolean): Form {
    this.data.collectEmail = bool(collect, 'collect');
    syncAnswerColumns(this.store, this.data);
    return this.self();
  }
  setConfirmationMessage(message: string): Form {
    this.data.confirmation = String(message);
    return this.self();
  }
  setDescription(description: string): Form {
    this.data.description = String(description);
    return this.self();
  }
  /** Each call links a new answers tab (`… 2`, `… 3` when called again), as Google does; the old tab stays, unlinked. */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): Form {
    if (String(type) !== 'SPREADSHEET') throw new Error('Invalid argument: type');
    if (id !== this.store.spreadsheet.id) throw new Error(NOT_FOUND);
    linkAnswersTab(this.store, this.data);
    return this.self();
  }
  setTitle(title: string): Form {
    this.data.title = String(title);
    return this.self();
  }
  shortenFormUrl(url: string): string {
    if (!this.store.byUrl(String(url))) throw new Error('Invalid argument: url');
    let h = 0;
    for (const ch of String(url)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return `https://forms.gle/${h.toString(36)}`;
  }
}
countCalls(FakeForm, 'Form', METHODS);
