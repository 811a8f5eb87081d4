// ItemResponse: one answer to one question, made by the question's createResponse or read back from a FormResponse.
import { as, countCalls, type RuntimeContext } from '../context';
import { FakeItem } from './item';
import type { FormState, ItemData } from './model';
import type { FormStore } from './store';

const METHODS = ['getItem', 'getResponse'] as const;

export class FakeItemResponse implements Pick<GoogleAppsScript.Forms.ItemResponse, (typeof METHODS)[number]> {
  readonly ctx: RuntimeContext;
  constructor(
    readonly store: FormStore,
    readonly form: FormState,
    readonly item: ItemData,
    /** The answer as submitted (a DATE answer as `yyyy-MM-dd`). */
    readonly value: string,
  ) {
    this.ctx = store.ctx;
  }
  getItem(): GoogleAppsScript.Forms.Item {
    return as<GoogleAppsScript.Forms.Item>(new FakeItem(this.store, this.form, this.item));
  }
  getResponse(): string {
    return this.value;
  }
}
countCalls(FakeItemResponse, 'ItemResponse', METHODS);
