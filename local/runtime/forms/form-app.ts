// FormApp: creates and opens forms, builds text validations, and carries the Forms enums.
import { as, countCalls, type RuntimeContext } from '../context';
import { DestinationType, FakeForm, NOT_FOUND } from './form';
import { ItemType } from './item-base';
import type { FormStore } from './store';
import { FakeTextValidationBuilder } from './validation';

type Form = GoogleAppsScript.Forms.Form;

const METHODS = ['create', 'createTextValidation', 'getActiveForm', 'openById', 'openByUrl'] as const;
type EnumName = 'DestinationType' | 'ItemType';

export class FakeFormApp implements Pick<
  GoogleAppsScript.Forms.FormApp,
  (typeof METHODS)[number] | EnumName
> {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;
  readonly ctx: RuntimeContext;
  constructor(private readonly store: FormStore) {
    this.ctx = store.ctx;
  }
  create(title: string): Form {
    if (typeof title !== 'string') throw new Error('Invalid argument: title');
    return as<Form>(new FakeForm(this.store, this.store.create(title)));
  }
  createTextValidation(): GoogleAppsScript.Forms.TextValidationBuilder {
    return as<GoogleAppsScript.Forms.TextValidationBuilder>(new FakeTextValidationBuilder(this.ctx));
  }
  /** A script bound to a spreadsheet has no active form. */
  getActiveForm(): Form {
    return as<Form>(null);
  }
  openById(id: string): Form {
    const form = this.store.byId(String(id));
    if (!form) throw new Error(NOT_FOUND);
    return as<Form>(new FakeForm(this.store, form));
  }
  /** Opens a form by its edit URL (or any `…/forms/d/<id>/…` URL of it, e.g. Sheet.getFormUrl's). */
  openByUrl(url: string): Form {
    if (typeof url !== 'string' || !/^https:\/\/docs\.google\.com\/forms\/d\/[^/]+/.test(url))
      throw new Error('Invalid argument: url');
    const form = this.store.forms.find((f) => url.startsWith(this.store.editBase(f)));
    if (!form) throw new Error(NOT_FOUND);
    return as<Form>(new FakeForm(this.store, form));
  }
}
countCalls(FakeFormApp, 'FormApp', METHODS);
