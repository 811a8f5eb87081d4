// Rich text values with a link: SpreadsheetApp.newRichTextValue(), Range.set/getRichTextValue(s); the text is stored as typed, never parsed.
import type { Cell } from './cell';
import { as, countCalls, type RuntimeContext } from './context';
import { checkShape, read2d, write2d, type Area } from './range-ops';

type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;
type Builder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

const VALUE_METHODS = ['getLinkUrl', 'getText'] as const;

/** A text with at most one link over the whole text (the subset the add-on uses). */
export class FakeRichTextValue implements Pick<RichTextValue, (typeof VALUE_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    readonly text: string,
    readonly link: string | null,
  ) {}
  getLinkUrl(): string | null {
    return this.link;
  }
  getText(): string {
    return this.text;
  }
}
countCalls(FakeRichTextValue, 'RichTextValue', VALUE_METHODS);

const BUILDER_METHODS = ['build', 'setLinkUrl', 'setText'] as const;

export class FakeRichTextValueBuilder implements Pick<Builder, (typeof BUILDER_METHODS)[number]> {
  private text = '';
  private link: string | null = null;
  constructor(readonly ctx: RuntimeContext) {}
  build(): RichTextValue {
    return as<RichTextValue>(new FakeRichTextValue(this.ctx, this.text, this.link));
  }
  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) must cover the whole text here. */
  setLinkUrl(...args: unknown[]): Builder {
    if (args.length === 1) this.link = args[0] === null ? null : String(args[0]);
    else {
      const [start, end, url] = args as [number, number, string | null];
      if (start !== 0 || end !== this.text.length)
        throw new Error('The local runtime supports only a link over the whole text.');
      this.link = url === null ? null : String(url);
    }
    return as<Builder>(this);
  }
  setText(text: string): Builder {
    this.text = String(text);
    return as<Builder>(this);
  }
}
countCalls(FakeRichTextValueBuilder, 'RichTextValueBuilder', BUILDER_METHODS);

function isRichText(v: unknown): v is FakeRichTextValue {
  return v instanceof FakeRichTextValue;
}

/** Writes rich text values: each cell holds the text as a string (no formula, number or date), and its link. */
export function writeRichText(area: Area, values: unknown[][], method: string): void {
  checkShape(values, area, method);
  write2d(area, values, (cell: Cell, v) => {
    if (!isRichText(v))
      throw new Error(`The parameters don't match the method signature for SpreadsheetApp.Range.${method}.`);
    delete cell.formula;
    if (v.text === '') {
      delete cell.value;
      delete cell.link;
      return;
    }
    cell.value = v.text;
    if (v.link) cell.link = v.link;
    else delete cell.link;
  });
}

/** The rich text of each cell: text cells only (null for numbers, dates, booleans and formulas, as in Sheets). */
export function readRichText(area: Area, ctx: RuntimeContext): (RichTextValue | null)[][] {
  return read2d(area, (c) => {
    if (c?.formula !== undefined) return null;
    const v = c?.value;
    if (v !== undefined && typeof v !== 'string') return null;
    return as<RichTextValue>(new FakeRichTextValue(ctx, v ?? '', c?.link ?? null));
  });
}
