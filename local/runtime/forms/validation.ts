// Text validation of short-answer questions: the builder FormApp.createTextValidation() returns, the built rule, and its check.
import { as, countCalls, type RuntimeContext } from '../context';
import type { TextRule } from './model';

type Builder = GoogleAppsScript.Forms.TextValidationBuilder;

const METHODS = [
  'build',
  'requireNumber',
  'requireNumberBetween',
  'requireNumberGreaterThan',
  'requireNumberGreaterThanOrEqualTo',
  'requireNumberLessThan',
  'requireNumberLessThanOrEqualTo',
  'requireTextContainsPattern',
  'requireTextDoesNotContainPattern',
  'requireTextDoesNotMatchPattern',
  'requireTextIsEmail',
  'requireTextIsUrl',
  'requireTextLengthGreaterThanOrEqualTo',
  'requireTextLengthLessThanOrEqualTo',
  'requireTextMatchesPattern',
  'requireWholeNumber',
  'setHelpText',
] as const;

/** A built validation: opaque to scripts (as in Apps Script), inspectable by the runtime and form.json. */
export class FakeTextValidation {
  constructor(readonly rule: Readonly<TextRule>) {}
}

/** Compiles a Forms pattern (RE2 syntax, the whole answer must match for MATCHES_PATTERN); throws on an invalid one. */
function compile(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch (_e) {
    throw new Error(`Invalid regular expression: ${pattern}`);
  }
}

export class FakeTextValidationBuilder implements Pick<Builder, (typeof METHODS)[number]> {
  private rule?: TextRule;
  private help = '';
  constructor(readonly ctx: RuntimeContext) {}
  private set(type: string, ...args: (string | number)[]): Builder {
    for (const a of args) {
      if (typeof a === 'number' ? !Number.isFinite(a) : typeof a !== 'string')
        throw new Error(`Invalid argument: ${String(a)}`);
    }
    if (type.includes('PATTERN')) compile(String(args[0]));
    this.rule = { type, args, helpText: '' };
    return as<Builder>(this);
  }
  build(): GoogleAppsScript.Forms.TextValidation {
    if (!this.rule)
      throw new Error('A text validation needs a rule: call one of the require… methods before build().');
    return as<GoogleAppsScript.Forms.TextValidation>(
      new FakeTextValidation({ ...this.rule, helpText: this.help }),
    );
  }
  requireNumber(): Builder {
    return this.set('NUMBER');
  }
  requireWholeNumber(): Builder {
    return this.set('WHOLE_NUMBER');
  }
  requireNumberBetween(start: number, end: number): Builder {
    return this.set('NUMBER_BETWEEN', start, end);
  }
  requireNumberGreaterThan(n: number): Builder {
    return this.set('NUMBER_GREATER_THAN', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.set('NUMBER_AT_LEAST', n);
  }
  requireNumberLessThan(n: number): Builder {
    return this.set('NUMBER_LESS_THAN', n);
  }
  requireNumberLessThanOrEqualTo(n: number): Builder {
    return this.set('NUMBER_AT_MOST', n);
  }
  requireTextContainsPattern(p: string): Builder {
    return this.set('CONTAINS_PATTERN', p);
  }
  requireTextDoesNotContainPattern(p: string): Builder {
    return this.set('NOT_CONTAINS_PATTERN', p);
  }
  requireTextDoesNotMatchPattern(p: string): Builder {
    return this.set('NOT_MATCHES_PATTERN', p);
  }
  requireTextMatchesPattern(p: string): Builder {
    return this.set('MATCHES_PATTERN', p);
  }
  requireTextIsEmail(): Builder {
    return this.set('EMAIL');
  }
  requireTextIsUrl(): Builder {
    return this.set('URL');
  }
  requireTextLengthGreaterThanOrEqualTo(n: number): Builder {
    return this.set('LENGTH_AT_LEAST', n);
  }
  requireTextLengthLessThanOrEqualTo(n: number): Builder {
    return this.set('LENGTH_AT_MOST', n);
  }
  setHelpText(text: string): Builder {
    this.help = String(text);
    return as<Builder>(this);
  }
}

/** A number as the form reads it in a NUMBER rule (digits with an optional `.` decimal part and sign). */
function asNumber(text: string): number | null {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** True when `text` (a non-blank answer) satisfies the rule, as the form checks it before it lets a respondent submit. */
export function meetsTextRule(rule: TextRule, text: string): boolean {
  const [a, b] = rule.args;
  const n = asNumber(text);
  switch (rule.type) {
    case 'NUMBER':
      return n !== null;
    case 'WHOLE_NUMBER':
      return n !== null && Number.isInteger(n);
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Number(a) && n <= Number(b);
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a);
    case 'NUMBER_AT_LEAST':
      return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a);
    case 'NUMBER_AT_MOST':
      return n !== null && n <= Number(a);
    case 'MATCHES_PATTERN':
      return compile(`^(?:${String(a)})$`).test(text);
    case 'NOT_MATCHES_PATTERN':
      return !compile(`^(?:${String(a)})$`).test(text);
    case 'CONTAINS_PATTERN':
      return compile(String(a)).test(text);
    case 'NOT_CONTAINS_PATTERN':
      return !compile(String(a)).test(text);
    case 'EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'URL':
      return /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i.test(text);
    case 'LENGTH_AT_LEAST':
      return [...text].length >= Number(a);
    case 'LENGTH_AT_MOST':
      return [...text].length <= Number(a);
    default:
      throw new Error(`Unknown text rule ${rule.type}`);
  }
}
countCalls(FakeTextValidationBuilder, 'TextValidationBuilder', METHODS);
