// Item: the generic view getItems() returns, and its conversions to the typed views (asListItem…), refused for another type.
import { as, countCalls } from '../context';
import { FakeListItem, FakeMultipleChoiceItem } from './choice-items';
import { ItemBase } from './item-base';
import type { FormState, ItemData, ItemKind } from './model';
import type { FormStore } from './store';
import { FakeDateItem, FakeParagraphTextItem, FakeTextItem } from './text-items';

type Item = GoogleAppsScript.Forms.Item;

const VIEWS = {
  LIST: FakeListItem,
  MULTIPLE_CHOICE: FakeMultipleChoiceItem,
  TEXT: FakeTextItem,
  PARAGRAPH_TEXT: FakeParagraphTextItem,
  DATE: FakeDateItem,
} as const;

/** The typed view of an item (what addListItem… return). */
export function typedView(store: FormStore, form: FormState, data: ItemData): ItemBase {
  return new VIEWS[data.type](store, form, data);
}

const METHODS = [
  'asDateItem',
  'asListItem',
  'asMultipleChoiceItem',
  'asParagraphTextItem',
  'asTextItem',
  'getHelpText',
  'getId',
  'getIndex',
  'getTitle',
  'getType',
  'setHelpText',
  'setTitle',
] as const;

export class FakeItem extends ItemBase implements Pick<Item, (typeof METHODS)[number]> {
  private as<T>(kind: ItemKind): T {
    const d = this.live();
    if (d.type !== kind) throw new Error(`Invalid conversion for item type: ${d.type}`);
    return as<T>(typedView(this.store, this.form, d));
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.as('DATE');
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this.as('LIST');
  }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.as('MULTIPLE_CHOICE');
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.as('PARAGRAPH_TEXT');
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.as('TEXT');
  }
  setHelpText(text: string): Item {
    this.change((d) => (d.helpText = String(text)));
    return as<Item>(this);
  }
  setTitle(title: string): Item {
    this.change((d) => (d.title = String(title)));
    return as<Item>(this);
  }
}
countCalls(FakeItem, 'Item', METHODS);
