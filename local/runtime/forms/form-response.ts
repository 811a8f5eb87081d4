// FormResponse: a response being built by a script (createResponse, withItemResponse, toPrefilledUrl, submit) or one already submitted.
import { as, countCalls, type RuntimeContext } from '../context';
import { FakeItemResponse } from './item-response';
import type { FormState, ResponseData } from './model';
import type { FormStore } from './store';
import { submitNew } from './submit';

type FormResponse = GoogleAppsScript.Forms.FormResponse;
type ItemResponse = GoogleAppsScript.Forms.ItemResponse;

const METHODS = [
  'getEditResponseUrl',
  'getId',
  'getItemResponses',
  'getRespondentEmail',
  'getResponseForItem',
  'getTimestamp',
  'submit',
  'toPrefilledUrl',
  'withItemResponse',
] as const;

/** `a b` → `a+b`, the rest percent-encoded, as Google writes prefilled links. */
export function encodeEntry(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

export class FakeFormResponse implements Pick<FormResponse, (typeof METHODS)[number]> {
  readonly ctx: RuntimeContext;
  /** Answers of a response being built (item id → text); a submitted response reads its stored state instead. */
  private readonly draft: Record<string, string> = {};
  constructor(
    readonly store: FormStore,
    readonly form: FormState,
    private submitted?: ResponseData,
  ) {
    this.ctx = store.ctx;
  }
  private answers(): Record<string, string> {
    return this.submitted ? this.submitted.answers : this.draft;
  }
  private done(): ResponseData {
    if (!this.submitted) throw new Error('This response has not been submitted yet.');
    return this.submitted;
  }
  private itemResponse(id: string): FakeItemResponse | null {
    const item = this.form.items.find((i) => String(i.id) === id);
    const value = this.answers()[id];
    return item && value !== undefined && value !== ''
      ? new FakeItemResponse(this.store, this.form, item, value)
      : null;
  }
  getEditResponseUrl(): string {
    return `${this.store.publishedUrl(this.form)}?edit2=${this.done().id}`;
  }
  getId(): string {
    return as<string>(this.submitted ? this.submitted.id : null);
  }
  getItemResponses(): ItemResponse[] {
    return as<ItemResponse[]>(
      this.form.items.map((i) => this.itemResponse(String(i.id))).filter((r) => r !== null),
    );
  }
  getRespondentEmail(): string {
    return this.submitted ? this.submitted.email : '';
  }
  getResponseForItem(item: GoogleAppsScript.Forms.Item): ItemResponse {
    const id = String((item as unknown as { data?: { id?: number } }).data?.id ?? '');
    return as<ItemResponse>(this.itemResponse(id));
  }
  getTimestamp(): GoogleAppsScript.Base.Date {
    return as<GoogleAppsScript.Base.Date>(this.submitted ? this.ctx.makeDate(this.submitted.at) : null);
  }
  submit(): FormResponse {
    if (this.submitted) throw new Error('This response has already been submitted.');
    this.submitted = submitNew(this.store, this.form, { ...this.draft }, '');
    return as<FormResponse>(this);
  }
  /** The published link with each answer of this response filled in (`usp=pp_url&entry.<n>=…`), in form order. */
  toPrefilledUrl(): string {
    const answers = this.answers();
    const parts = this.form.items
      .filter((i) => answers[String(i.id)])
      .map((i) => `entry.${i.entry}=${encodeEntry(answers[String(i.id)])}`);
    return `${this.store.publishedUrl(this.form)}?usp=pp_url${parts.map((p) => `&${p}`).join('')}`;
  }
  withItemResponse(response: ItemResponse): FormResponse {
    const r = response as unknown as FakeItemResponse;
    if (!(r instanceof FakeItemResponse) || r.form !== this.form)
      throw new Error('Invalid argument: response');
    if (this.submitted) throw new Error('This response has already been submitted.');
    this.draft[String(r.item.id)] = r.value;
    return as<FormResponse>(this);
  }
}
countCalls(FakeFormResponse, 'FormResponse', METHODS);
