// Short-answer (TextItem), paragraph (ParagraphTextItem) and date (DateItem) questions.
import { as, countCalls } from '../context';
import { SCRIPT_TIME_ZONE } from '../session';
import { isDate } from '../cell';
import { toWall, wallFields } from '../zone';
import { Question } from './item-base';
import { FakeItemResponse } from './item-response';
import { FakeTextValidation } from './validation';

type ItemResponse = GoogleAppsScript.Forms.ItemResponse;

abstract class TextQuestion<Self> extends Question<Self> {
  clearValidation(): Self {
    this.change((d) => delete d.validation);
    return this.self();
  }
  createResponse(response: string): ItemResponse {
    if (typeof response !== 'string') throw new Error('Invalid argument: response');
    return as<ItemResponse>(new FakeItemResponse(this.store, this.form, this.live(), response));
  }
  setValidation(validation: GoogleAppsScript.Forms.TextValidation): Self {
    if (!(validation instanceof FakeTextValidation)) throw new Error('Invalid argument: validation');
    this.change((d) => (d.validation = { ...validation.rule, args: [...validation.rule.args] }));
    return this.self();
  }
}

const TEXT_METHODS = [
  'clearValidation',
  'createResponse',
  'getHelpText',
  'getId',
  'getIndex',
  'getTitle',
  'getType',
  'isRequired',
  'setHelpText',
  'setRequired',
  'setTitle',
  'setValidation',
] as const;

type TextItem = GoogleAppsScript.Forms.TextItem;
export class FakeTextItem
  extends TextQuestion<TextItem>
  implements Pick<TextItem, (typeof TEXT_METHODS)[number]> {}
countCalls(FakeTextItem, 'TextItem', TEXT_METHODS);

type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
export class FakeParagraphTextItem
  extends TextQuestion<ParagraphTextItem>
  implements Omit<Pick<ParagraphTextItem, (typeof TEXT_METHODS)[number]>, 'setValidation'> {}
countCalls(FakeParagraphTextItem, 'ParagraphTextItem', TEXT_METHODS);

const DATE_METHODS = [
  'createResponse',
  'getHelpText',
  'getId',
  'getIndex',
  'getTitle',
  'getType',
  'includesYear',
  'isRequired',
  'setHelpText',
  'setIncludesYear',
  'setRequired',
  'setTitle',
] as const;

type DateItem = GoogleAppsScript.Forms.DateItem;
export class FakeDateItem
  extends Question<DateItem>
  implements Pick<DateItem, (typeof DATE_METHODS)[number]>
{
  /** The answer is the day of `response` in the script's time zone, as `yyyy-MM-dd` (what getResponse returns). */
  createResponse(response: GoogleAppsScript.Base.Date): ItemResponse {
    if (!isDate(response) || Number.isNaN(response.getTime())) throw new Error('Invalid argument: response');
    const f = wallFields(toWall(response.getTime(), SCRIPT_TIME_ZONE));
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return as<ItemResponse>(
      new FakeItemResponse(this.store, this.form, this.live(), `${p(f.y, 4)}-${p(f.mo)}-${p(f.d)}`),
    );
  }
  includesYear(): boolean {
    return true;
  }
  setIncludesYear(enableYear: boolean): DateItem {
    if (enableYear !== true)
      throw new Error('Dates without a year are not simulated: keep setIncludesYear(true).');
    return this.self();
  }
}
countCalls(FakeDateItem, 'DateItem', DATE_METHODS);
