// ScriptApp: enums, installable triggers (create, list, delete) and the script's id.
import { as, countCalls, type RuntimeContext } from './context';
import { AuthMode, EventType, TriggerSource, WeekDay } from './enums';
import type { FakeSpreadsheet } from './spreadsheet';
import {
  FakeClockTriggerBuilder,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  type TriggerSink,
  type TriggerSpec,
} from './trigger';

type Trigger = GoogleAppsScript.Script.Trigger;

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export class TriggerStore implements TriggerSink {
  readonly triggers: FakeTrigger[] = [];
  constructor(private readonly ctx: RuntimeContext) {}
  /** The current user's triggers: Google lists, and lets delete, only those. */
  ofCurrentUser(): FakeTrigger[] {
    return this.triggers.filter((t) => t.spec.owner === this.ctx.user);
  }
  install(spec: Omit<TriggerSpec, 'id' | 'owner'>): Trigger {
    if (this.ofCurrentUser().length >= TRIGGER_LIMIT) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const t = new FakeTrigger(this.ctx, {
      ...spec,
      owner: this.ctx.user,
      id: `trigger-${this.ctx.nextId()}`,
    });
    this.triggers.push(t);
    return as<Trigger>(t);
  }
}

const BUILDER_METHODS = ['forSpreadsheet', 'timeBased'] as const;

export class FakeTriggerBuilder implements Pick<
  GoogleAppsScript.Script.TriggerBuilder,
  (typeof BUILDER_METHODS)[number]
> {
  constructor(
    readonly ctx: RuntimeContext,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : (sheet as unknown as FakeSpreadsheet).id;
    return as<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>(
      new FakeSpreadsheetTriggerBuilder(this.ctx, this.store, this.handler, id),
    );
  }
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return as<GoogleAppsScript.Script.ClockTriggerBuilder>(
      new FakeClockTriggerBuilder(this.ctx, this.store, this.handler),
    );
  }
}
countCalls(FakeTriggerBuilder, 'TriggerBuilder', BUILDER_METHODS);

const METHODS = [
  'deleteTrigger',
  'getProjectTriggers',
  'getScriptId',
  'getUserTriggers',
  'newTrigger',
] as const;
type EnumName = 'AuthMode' | 'EventType' | 'TriggerSource' | 'WeekDay';

export class FakeScriptApp implements Pick<
  GoogleAppsScript.Script.ScriptApp,
  (typeof METHODS)[number] | EnumName
> {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  constructor(
    readonly ctx: RuntimeContext,
    private readonly store: TriggerStore,
  ) {}
  /**
   * Removes one of the current user's triggers (gone already: nothing happens). Another account's trigger cannot be
   * listed, so Google gives no way to delete it; handed one anyway, this refuses, stricter than anything documented.
   */
  deleteTrigger(trigger: Trigger): void {
    const spec = (trigger as unknown as FakeTrigger).spec;
    if (spec.owner !== this.ctx.user)
      throw new Error(
        `Trigger ${spec.id} belongs to another user (${spec.owner}): only that user can delete it.`,
      );
    const at = this.store.triggers.findIndex((t) => t.spec.id === spec.id);
    if (at >= 0) this.store.triggers.splice(at, 1);
  }
  /** Every installable trigger of this project that belongs to the current user (clock triggers included). */
  getProjectTriggers(): Trigger[] {
    return as<Trigger[]>(this.store.ofCurrentUser());
  }
  getScriptId(): string {
    return 'local-ntm-script';
  }
  /** The current user's triggers whose source is this document: never a clock trigger, whichever document made it. */
  getUserTriggers(document: GoogleAppsScript.Spreadsheet.Spreadsheet | object): Trigger[] {
    const id = (document as unknown as FakeSpreadsheet).id;
    return as<Trigger[]>(
      this.store.ofCurrentUser().filter((t) => t.spec.source === 'SPREADSHEETS' && t.spec.sourceId === id),
    );
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(functionName))
      throw new Error(`Invalid function name: ${String(functionName)}`);
    return as<GoogleAppsScript.Script.TriggerBuilder>(
      new FakeTriggerBuilder(this.ctx, this.store, functionName),
    );
  }
}
countCalls(FakeScriptApp, 'ScriptApp', METHODS);
