// SpreadsheetApp.newDataValidation(): the builder and the rule it builds (list, date and number rules).
import { as, countCalls, type RuntimeContext } from './context';
import { isDate } from './cell';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export interface RuleSpec {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const copySpec = (spec: RuleSpec): RuleSpec => ({ ...spec, args: [...spec.args] });

/** What a rule and its builder both answer: a copy as a new builder, and the parts of the spec. */
abstract class SpecView {
  constructor(
    readonly ctx: RuntimeContext,
    protected readonly current: RuleSpec,
  ) {}
  copy(): Builder {
    return as<Builder>(new FakeDataValidationBuilder(this.ctx, copySpec(this.current)));
  }
  getAllowInvalid(): boolean {
    return this.current.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return this.current.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.current.args];
  }
}

const RULE_METHODS = [
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
] as const;

export class FakeDataValidation extends SpecView implements Pick<Rule, (typeof RULE_METHODS)[number]> {
  constructor(ctx: RuntimeContext, spec: Readonly<RuleSpec>) {
    super(ctx, spec);
  }
  /** The rule as built (read by the range that holds it and by the workbook dump). */
  get spec(): Readonly<RuleSpec> {
    return this.current;
  }
  getHelpText(): string {
    return this.current.helpText ?? '';
  }
}
countCalls(FakeDataValidation, 'DataValidation', RULE_METHODS);

const BUILDER_METHODS = [
  'build',
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
  'requireDate',
  'requireDateAfter',
  'requireDateBefore',
  'requireDateOnOrAfter',
  'requireDateOnOrBefore',
  'requireDateBetween',
  'requireNumberBetween',
  'requireNumberGreaterThan',
  'requireNumberGreaterThanOrEqualTo',
  'requireNumberLessThan',
  'requireNumberLessThanOrEqualTo',
  'requireNumberEqualTo',
  'requireValueInList',
  'requireCheckbox',
  'setAllowInvalid',
  'setHelpText',
] as const;

export class FakeDataValidationBuilder
  extends SpecView
  implements Pick<Builder, (typeof BUILDER_METHODS)[number]>
{
  constructor(
    ctx: RuntimeContext,
    spec: RuleSpec = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ) {
    super(ctx, spec);
  }
  private set(criteria: string, args: unknown[]): Builder {
    this.current.criteria = criteria;
    this.current.args = args;
    return as<Builder>(this);
  }
  build(): Rule {
    if (!this.current.criteria)
      throw new Error('You must specify a criteria before building a data validation rule.');
    return as<Rule>(new FakeDataValidation(this.ctx, copySpec(this.current)));
  }
  getHelpText(): string | null {
    return this.current.helpText;
  }
  requireDate(): Builder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: GoogleAppsScript.Base.Date): Builder {
    return this.set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: GoogleAppsScript.Base.Date): Builder {
    return this.set('DATE_BEFORE', [d]);
  }
  requireDateOnOrAfter(d: GoogleAppsScript.Base.Date): Builder {
    return this.set('DATE_ON_OR_AFTER', [d]);
  }
  requireDateOnOrBefore(d: GoogleAppsScript.Base.Date): Builder {
    return this.set('DATE_ON_OR_BEFORE', [d]);
  }
  requireDateBetween(a: GoogleAppsScript.Base.Date, b: GoogleAppsScript.Base.Date): Builder {
    return this.set('DATE_BETWEEN', [a, b]);
  }
  requireNumberBetween(a: number, b: number): Builder {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThan(n: number): Builder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): Builder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): Builder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberEqualTo(n: number): Builder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireValueInList(values: string[], showDropdown = true): Builder {
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): Builder {
    return this.set(
      'CHECKBOX',
      checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked],
    );
  }
  setAllowInvalid(allow: boolean): Builder {
    this.current.allowInvalid = allow;
    return as<Builder>(this);
  }
  setHelpText(text: string): Builder {
    this.current.helpText = text;
    return as<Builder>(this);
  }
}
countCalls(FakeDataValidationBuilder, 'DataValidationBuilder', BUILDER_METHODS);

function time(d: unknown): number {
  return isDate(d) ? d.getTime() : NaN;
}

/**
 * True when `value` (as getValues returns it) meets the rule; blanks always do.
 * `shown` is the cell's display text, which list rules compare with.
 */
export function meetsRule(spec: RuleSpec, value: unknown, shown: string): boolean {
  if (value === '' || value === null || value === undefined) return true;
  const [a, b] = spec.args as [number, number];
  const n = typeof value === 'number' ? value : NaN;
  const t = isDate(value) ? value.getTime() : NaN;
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return (spec.args[0] as string[]).includes(shown);
    case 'CHECKBOX':
      return spec.args.length === 0
        ? typeof value === 'boolean'
        : spec.args.some((x) => x === value || String(x) === shown);
    case 'DATE_IS_VALID_DATE':
      return !Number.isNaN(t);
    case 'DATE_AFTER':
      return t > time(a);
    case 'DATE_BEFORE':
      return t < time(a);
    case 'DATE_ON_OR_AFTER':
      return t >= time(a);
    case 'DATE_ON_OR_BEFORE':
      return t <= time(a);
    case 'DATE_BETWEEN':
      return t >= time(a) && t <= time(b);
    case 'NUMBER_BETWEEN':
      return n >= Math.min(a, b) && n <= Math.max(a, b);
    case 'NUMBER_GREATER_THAN':
      return n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= a;
    case 'NUMBER_LESS_THAN':
      return n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= a;
    case 'NUMBER_EQUAL_TO':
      return n === a;
    default:
      return true;
  }
}
