// The in-memory Apps Script runtime: Sheets, Forms, Ui, Properties, Session, Utilities, Lock, Script, Mail and Html services.
import type { TabChanges, WorkbookData } from '../workbook-data';
import { as, type ConsoleLine, type RecordedMenu, type RuntimeContext } from './context';
import type { CellCounts } from './cell-counts';
import { FakeCharts } from './chart';
import { FakeFormApp } from './forms/form-app';
import { formsHandle, type FormsHandle } from './forms/handle';
import type { FormState } from './forms/model';
import { FormStore } from './forms/store';
import { registerHandlerSlot } from './handler-hook';
import { FakeHtmlService } from './html-service';
import { FakeLockService, LockState } from './lock';
import { FakeMailApp, MailState, type SentMail } from './mail-app';
import { FakePropertiesService } from './properties';
import { FakeScriptApp, TriggerStore } from './script-app';
import { FakeSession } from './session';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeConsole, FakeLogger, FakeUtilities } from './utilities';
import { dumpWorkbook, loadWorkbook } from './workbook-io';
import { dumpWithChanges } from './tab-changes';
import { isZone } from './zone';

export type { SentMail } from './mail-app';
export type { ConsoleLine, MenuLine, RecordedMenu } from './context';
export type { FormState } from './forms/model';
export type { FormsHandle } from './forms/handle';

export interface RuntimeOptions {
  /** Initial contents, loaded raw: values as given (Dates are instants), nothing read as typed. */
  workbook?: WorkbookData;
  /** Spreadsheet zone; default workbook.timeZone ?? 'Asia/Ho_Chi_Minh'. */
  timeZone?: string;
  /** Spreadsheet locale; default workbook.locale ?? 'vi_VN'. */
  locale?: string;
  /** Clock in ms; default Date.now. */
  now?: () => number;
  /** Session.getActiveUser/getEffectiveUser email; default 'can-bo@example.vn'. */
  user?: string;
  /** Spreadsheet name; default 'NTM'. */
  name?: string;
  /** MailApp.getRemainingDailyQuota at start; default 100. */
  mailQuota?: number;
  /** Forms saved by an earlier run (form.json); their answers tabs are found in the workbook by name. */
  forms?: FormState[];
  /** Document properties kept from an earlier run (the runner keeps the add-on's memory of its form in form.json). */
  documentProperties?: Record<string, string>;
  /** Chromium that Blob.getAs('application/pdf') prints HTML with; default /usr/bin/chromium (missing: the conversion throws). */
  chromium?: string;
}

export interface Runtime {
  /** SpreadsheetApp, FormApp, PropertiesService, Session, Utilities, LockService, ScriptApp, MailApp, HtmlService, Logger, console, Charts. */
  globals: Record<string, unknown>;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  dump(): WorkbookData;
  /** dump() with, per tab loaded from the workbook, what the run changed in it (null: a tab the run added). */
  dumpWithChanges(): { workbook: WorkbookData; changes: (TabChanges | null)[] };
  /** Service calls by 'Class.method', e.g. 'Range.getValues'. */
  calls: Record<string, number>;
  /** Cells read and written by Range calls so far (each call counts its range's cells). */
  cells: CellCounts;
  ui: {
    toasts: string[];
    alerts: { title: string; message: string }[];
    dialogs: { title: string; html: string }[];
    /** Pages opened in the sidebar (title from HtmlOutput.setTitle), in order. */
    sidebars: { title: string; html: string }[];
    /** Menus added to the UI: items (submenus flattened) and the layout with separators and submenus. */
    menus: RecordedMenu[];
    /** Queues the next alert's (or prompt's) answer; without one, alerts answer OK or YES. `text` is a prompt's typed text. */
    respond: (button: 'YES' | 'NO' | 'OK' | 'CANCEL', text?: string) => void;
    /** false = no UI, as in time-driven and form-submit triggers: SpreadsheetApp.getUi() throws. Default true. */
    available: boolean;
  };
  mail: {
    outbox: SentMail[];
    setQuota(n: number): void;
    failNext(predicate: (m: SentMail, index: number) => boolean): void;
  };
  /**
   * A simulated other execution holding the document, script and user locks: tryLock returns false, waitLock throws
   * "Lock timeout…", unless it lets go (`holdByOther(forMs)`) within the timeout. `waitedMs()`: simulated wait so far.
   */
  lock: { holdByOther(forMs?: number): void; releaseOther(): void; waitedMs(): number };
  /** Every account's triggers (Google's ScriptApp lists only the current user's). */
  triggers: {
    list(): {
      handler: string;
      type: string;
      source?: string;
      everyHours?: number;
      id: string;
      owner: string;
    }[];
  };
  /** The account running now: Session users, whose triggers ScriptApp lists and deletes, and the owner of new ones. */
  session: { readonly user: string; switchUser(email: string): void };
  /** false = the script runs with no active spreadsheet (a time-driven run of a script not bound to it): getActiveSpreadsheet() is null. Default true. */
  activeSpreadsheet: boolean;
  /** Lines written with console.log/info/warn/error, as Executions shows them. */
  console: ConsoleLine[];
  /** The live property stores behind PropertiesService. */
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, string>;
  };
  /** Lines written with Logger.log. */
  logs: string[];
  /** The forms FormApp made or opened: respondents' submissions and edits, trigger runs, saved state. */
  forms: FormsHandle;
}

const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const timeZone = options.timeZone ?? options.workbook?.timeZone ?? DEFAULT_ZONE;
  if (!isZone(timeZone)) throw new Error(`Unknown time zone: ${timeZone}`);
  let id = 0;
  const ctx: RuntimeContext = {
    calls: {},
    cells: { read: 0, written: 0 },
    now: options.now ?? (() => Date.now()),
    makeDate: (ms) => new Date(ms),
    timeZone,
    locale: options.locale ?? options.workbook?.locale ?? 'vi_VN',
    user: options.user ?? 'can-bo@example.vn',
    activeSpreadsheet: true,
    ui: { toasts: [], alerts: [], dialogs: [], sidebars: [], menus: [], answers: [], available: true },
    logs: [],
    console: [],
    nextId: () => ++id,
  };
  const spreadsheet = new FakeSpreadsheet(ctx, options.name ?? 'NTM');
  if (options.workbook && options.workbook.sheets.length > 0) loadWorkbook(spreadsheet, options.workbook);
  else spreadsheet.addSheet(ctx.locale.startsWith('vi') ? 'Trang tính1' : 'Sheet1');
  const properties = { document: { ...options.documentProperties }, script: {}, user: {} };
  const mail = new MailState(options.mailQuota ?? 100);
  const locks = new LockState();
  const triggers = new TriggerStore(ctx);
  const forms = new FormStore(ctx, spreadsheet, triggers);
  if (options.forms) forms.load(options.forms);
  spreadsheet.formUrlOf = (sheet) => {
    const form = sheet ? forms.formOfSheet(sheet) : forms.formOfSpreadsheet();
    return form ? forms.editUrl(form) : null;
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, spreadsheet),
    PropertiesService: new FakePropertiesService(ctx, properties),
    Session: new FakeSession(ctx),
    Utilities: new FakeUtilities(ctx, options.chromium),
    Logger: new FakeLogger(ctx),
    console: new FakeConsole(ctx),
    LockService: new FakeLockService(ctx, locks),
    ScriptApp: new FakeScriptApp(ctx, triggers),
    MailApp: new FakeMailApp(ctx, mail),
    HtmlService: new FakeHtmlService(ctx),
    Charts: new FakeCharts(),
    FormApp: new FakeFormApp(forms),
  };
  registerHandlerSlot(globals, forms.slot);
  const ui = ctx.ui;
  return {
    globals,
    spreadsheet: as<GoogleAppsScript.Spreadsheet.Spreadsheet>(spreadsheet),
    dump: () => dumpWorkbook(spreadsheet),
    dumpWithChanges: () => dumpWithChanges(spreadsheet),
    calls: ctx.calls,
    cells: ctx.cells,
    ui: {
      toasts: ui.toasts,
      alerts: ui.alerts,
      dialogs: ui.dialogs,
      sidebars: ui.sidebars,
      menus: ui.menus,
      respond: (button, text) => void ui.answers.push({ button, text }),
      get available() {
        return ui.available;
      },
      set available(v: boolean) {
        ui.available = v;
      },
    },
    mail: {
      outbox: mail.outbox,
      setQuota: (n) => void (mail.quota = n),
      failNext: (p) => mail.failNext(p),
    },
    lock: {
      holdByOther: (forMs?: number) => locks.holdByOther(forMs),
      releaseOther: () => locks.releaseOther(),
      waitedMs: () => locks.waitedMs,
    },
    triggers: {
      list: () =>
        triggers.triggers.map(({ spec }) => {
          const t: {
            handler: string;
            type: string;
            source?: string;
            everyHours?: number;
            id: string;
            owner: string;
          } = { handler: spec.handler, type: spec.type, source: spec.source, id: spec.id, owner: spec.owner };
          if (spec.everyHours !== undefined) t.everyHours = spec.everyHours;
          return t;
        }),
    },
    session: {
      get user() {
        return ctx.user;
      },
      switchUser: (email: string) => void (ctx.user = email),
    },
    get activeSpreadsheet() {
      return ctx.activeSpreadsheet;
    },
    set activeSpreadsheet(v: boolean) {
      ctx.activeSpreadsheet = v;
    },
    console: ctx.console,
    properties,
    logs: ctx.logs,
    forms: formsHandle(forms),
  };
}
