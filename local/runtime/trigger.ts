// Installable triggers: the Trigger objects and the builders ScriptApp.newTrigger(fn) returns.
import { as, countCalls, type RuntimeContext } from './context';

type Trigger = GoogleAppsScript.Script.Trigger;

export interface TriggerSpec {
  id: string;
  handler: string;
  type: string;
  source: string;
  /** Id of the spreadsheet of a spreadsheet trigger; '' for a clock trigger (Google gives null). */
  sourceId: string;
  /** The account that made it: only that account lists, runs as and deletes it. */
  owner: string;
  everyHours?: number;
  everyMinutes?: number;
  everyDays?: number;
  atHour?: number;
}

const TRIGGER_METHODS = [
  'getEventType',
  'getHandlerFunction',
  'getTriggerSource',
  'getTriggerSourceId',
  'getUniqueId',
] as const;

export class FakeTrigger implements Pick<Trigger, (typeof TRIGGER_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    readonly spec: Readonly<TriggerSpec>,
  ) {}
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.spec.type as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    return this.spec.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.spec.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** The spreadsheet's id; null for a clock trigger, as Google documents. */
  getTriggerSourceId(): string {
    return this.spec.source === 'CLOCK' ? (null as unknown as string) : this.spec.sourceId;
  }
  getUniqueId(): string {
    return this.spec.id;
  }
}
countCalls(FakeTrigger, 'Trigger', TRIGGER_METHODS);

/** Where builders put what they create: stamps the current user as owner, checks the per-user limit and stores the trigger. */
export interface TriggerSink {
  install(spec: Omit<TriggerSpec, 'id' | 'owner'>): Trigger;
}

const CLOCK_METHODS = [
  'atHour',
  'create',
  'everyDays',
  'everyHours',
  'everyMinutes',
  'inTimezone',
  'nearMinute',
] as const;
const HOURS = [1, 2, 4, 6, 8, 12];
const MINUTES = [1, 5, 10, 15, 30];

export class FakeClockTriggerBuilder implements Pick<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  (typeof CLOCK_METHODS)[number]
> {
  private spec: Omit<TriggerSpec, 'id' | 'owner'>;
  constructor(
    readonly ctx: RuntimeContext,
    private readonly sink: TriggerSink,
    handler: string,
  ) {
    this.spec = { handler, type: 'CLOCK', source: 'CLOCK', sourceId: '' };
  }
  private self(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return as<GoogleAppsScript.Script.ClockTriggerBuilder>(this);
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw new Error('The hour must be between 0 and 23.');
    this.spec.atHour = hour;
    return this.self();
  }
  create(): Trigger {
    const s = this.spec;
    if (s.everyHours === undefined && s.everyMinutes === undefined && s.everyDays === undefined) {
      throw new Error(
        'A time-based trigger needs a schedule: call everyMinutes, everyHours or everyDays before create().',
      );
    }
    return this.sink.install({ ...s });
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1)
      throw new Error('The number of days must be a whole number of at least 1.');
    this.spec.everyDays = n;
    return this.self();
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!HOURS.includes(n)) throw new Error('The number of hours must be 1, 2, 4, 6, 8 or 12.');
    this.spec.everyHours = n;
    return this.self();
  }
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!MINUTES.includes(n)) throw new Error('The number of minutes must be 1, 5, 10, 15 or 30.');
    this.spec.everyMinutes = n;
    return this.self();
  }
  inTimezone(_timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.self();
  }
  nearMinute(_minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.self();
  }
}
countCalls(FakeClockTriggerBuilder, 'ClockTriggerBuilder', CLOCK_METHODS);

const SHEET_METHODS = ['create', 'onChange', 'onEdit', 'onFormSubmit', 'onOpen'] as const;

export class FakeSpreadsheetTriggerBuilder implements Pick<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  (typeof SHEET_METHODS)[number]
> {
  private type = '';
  constructor(
    readonly ctx: RuntimeContext,
    private readonly sink: TriggerSink,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  private on(type: string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.type = type;
    return as<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>(this);
  }
  create(): Trigger {
    if (!this.type)
      throw new Error(
        'A spreadsheet trigger needs an event: call onOpen, onEdit, onChange or onFormSubmit before create().',
      );
    return this.sink.install({
      handler: this.handler,
      type: this.type,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
    });
  }
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('ON_OPEN');
  }
}
countCalls(FakeSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder', SHEET_METHODS);
