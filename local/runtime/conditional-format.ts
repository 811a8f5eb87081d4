// SpreadsheetApp.newConditionalFormatRule(): builder and rule (cell empty, text equal to, custom formula).
import { as, countCalls, type RuntimeContext } from './context';
import type { FakeRange } from './range';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface ConditionSpec {
  kind: 'blank' | 'textEqual' | 'formula' | '';
  text?: string;
  formula?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  ranges: FakeRange[];
}

type Condition = GoogleAppsScript.Spreadsheet.BooleanCondition;

/** `BooleanCriteria` name of each condition kind. */
const CRITERIA: Record<ConditionSpec['kind'], string> = {
  blank: 'CELL_EMPTY',
  textEqual: 'TEXT_EQUAL_TO',
  formula: 'CUSTOM_FORMULA',
  '': '',
};

const CONDITION_METHODS = [
  'getBackground',
  'getBold',
  'getCriteriaType',
  'getCriteriaValues',
  'getFontColor',
] as const;

/** What rule.getBooleanCondition() returns: the criterion, its values and the format it applies. */
export class FakeBooleanCondition implements Pick<Condition, (typeof CONDITION_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    readonly spec: Readonly<ConditionSpec>,
  ) {}
  getBackground(): string | null {
    return this.spec.background ?? null;
  }
  getBold(): boolean | null {
    return this.spec.bold ?? null;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return CRITERIA[this.spec.kind] as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  /** [] for a blank test, [text] for text equal, [formula] for a custom formula (with its `=`). */
  getCriteriaValues(): unknown[] {
    if (this.spec.kind === 'textEqual') return [this.spec.text ?? ''];
    if (this.spec.kind === 'formula') return [this.spec.formula ?? ''];
    return [];
  }
  getFontColor(): string | null {
    return this.spec.fontColor ?? null;
  }
}
countCalls(FakeBooleanCondition, 'BooleanCondition', CONDITION_METHODS);

const RULE_METHODS = ['copy', 'getBooleanCondition', 'getRanges'] as const;

export class FakeConditionalFormatRule implements Pick<Rule, (typeof RULE_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    readonly spec: Readonly<ConditionSpec>,
  ) {}
  copy(): Builder {
    return as<Builder>(
      new FakeConditionalFormatRuleBuilder(this.ctx, { ...this.spec, ranges: [...this.spec.ranges] }),
    );
  }
  /** Every rule here is a boolean one (no gradients). */
  getBooleanCondition(): Condition {
    return as<Condition>(new FakeBooleanCondition(this.ctx, this.spec));
  }
  getRanges(): Range[] {
    return as<Range[]>([...this.spec.ranges]);
  }
}
countCalls(FakeConditionalFormatRule, 'ConditionalFormatRule', RULE_METHODS);

const BUILDER_METHODS = [
  'build',
  'copy',
  'getRanges',
  'setBackground',
  'setBold',
  'setFontColor',
  'setRanges',
  'whenCellEmpty',
  'whenFormulaSatisfied',
  'whenTextEqualTo',
] as const;

export class FakeConditionalFormatRuleBuilder implements Pick<Builder, (typeof BUILDER_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    private spec: ConditionSpec = { kind: '', ranges: [] },
  ) {}
  private self(): Builder {
    return as<Builder>(this);
  }
  build(): Rule {
    if (!this.spec.kind)
      throw new Error(
        'A conditional format rule needs a condition (whenCellEmpty, whenTextEqualTo, whenFormulaSatisfied).',
      );
    if (this.spec.ranges.length === 0)
      throw new Error('A conditional format rule needs at least one range (setRanges).');
    return as<Rule>(new FakeConditionalFormatRule(this.ctx, { ...this.spec, ranges: [...this.spec.ranges] }));
  }
  copy(): Builder {
    return as<Builder>(
      new FakeConditionalFormatRuleBuilder(this.ctx, { ...this.spec, ranges: [...this.spec.ranges] }),
    );
  }
  getRanges(): Range[] {
    return as<Range[]>([...this.spec.ranges]);
  }
  setBackground(color: string | null): Builder {
    this.spec.background = color ?? undefined;
    return this.self();
  }
  setBold(bold: boolean | null): Builder {
    this.spec.bold = bold ?? undefined;
    return this.self();
  }
  setFontColor(color: string | null): Builder {
    this.spec.fontColor = color ?? undefined;
    return this.self();
  }
  setRanges(ranges: Range[]): Builder {
    this.spec.ranges = [...(ranges as unknown as FakeRange[])];
    return this.self();
  }
  whenCellEmpty(): Builder {
    this.spec = { ...this.spec, kind: 'blank', text: undefined, formula: undefined };
    return this.self();
  }
  whenFormulaSatisfied(formula: string): Builder {
    this.spec = { ...this.spec, kind: 'formula', text: undefined, formula: String(formula) };
    return this.self();
  }
  whenTextEqualTo(text: string): Builder {
    this.spec = { ...this.spec, kind: 'textEqual', text: String(text), formula: undefined };
    return this.self();
  }
}
countCalls(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder', BUILDER_METHODS);
