// Drop-down (ListItem) and multiple-choice questions, and their Choice objects.
import { as, countCalls, type RuntimeContext } from '../context';
import { Question } from './item-base';
import { FakeItemResponse } from './item-response';

type Choice = GoogleAppsScript.Forms.Choice;
type ItemResponse = GoogleAppsScript.Forms.ItemResponse;

const CHOICE_METHODS = ['getValue'] as const;

export class FakeChoice implements Pick<Choice, (typeof CHOICE_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    readonly value: string,
  ) {}
  getValue(): string {
    return this.value;
  }
}
countCalls(FakeChoice, 'Choice', CHOICE_METHODS);

/** Forms refuses an empty list, a blank choice and the same choice twice. */
function checkChoices(values: unknown): asserts values is string[] {
  if (!Array.isArray(values)) throw new Error('Invalid argument: values');
  if (values.length === 0) throw new Error('Array is empty: values');
  const seen = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string' || v.trim() === '')
      throw new Error('Invalid argument: a choice cannot be blank.');
    if (seen.has(v)) throw new Error(`Invalid argument: the choice "${v}" is given twice.`);
    seen.add(v);
  }
}

/** What List and MultipleChoice items share. */
abstract class ChoiceQuestion<Self> extends Question<Self> {
  createChoice(value: string): Choice {
    return as<Choice>(new FakeChoice(this.ctx, String(value)));
  }
  createResponse(response: string): ItemResponse {
    const d = this.live();
    if (!d.choices.includes(String(response)))
      throw new Error(`Invalid response: "${String(response)}" is not a choice of "${d.title}".`);
    return as<ItemResponse>(new FakeItemResponse(this.store, this.form, d, String(response)));
  }
  getChoices(): Choice[] {
    return as<Choice[]>(this.live().choices.map((v) => new FakeChoice(this.ctx, v)));
  }
  setChoiceValues(values: string[]): Self {
    checkChoices(values);
    this.change((d) => (d.choices = [...values]));
    return this.self();
  }
  setChoices(choices: Choice[]): Self {
    const values = Array.isArray(choices) ? choices.map((c) => (c as unknown as FakeChoice).value) : choices;
    checkChoices(values);
    this.change((d) => (d.choices = [...values]));
    return this.self();
  }
}

const METHODS = [
  'createChoice',
  'createResponse',
  'getChoices',
  'getHelpText',
  'getId',
  'getIndex',
  'getTitle',
  'getType',
  'isRequired',
  'setChoiceValues',
  'setChoices',
  'setHelpText',
  'setRequired',
  'setTitle',
] as const;

type ListItem = GoogleAppsScript.Forms.ListItem;
export class FakeListItem
  extends ChoiceQuestion<ListItem>
  implements Pick<ListItem, (typeof METHODS)[number]> {}
countCalls(FakeListItem, 'ListItem', METHODS);

type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
export class FakeMultipleChoiceItem
  extends ChoiceQuestion<MultipleChoiceItem>
  implements Pick<MultipleChoiceItem, (typeof METHODS)[number]> {}
countCalls(FakeMultipleChoiceItem, 'MultipleChoiceItem', METHODS);
