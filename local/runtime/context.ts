// State shared by every fake of one runtime, and the call counter every public method goes through.
import type { CellCounts } from './cell-counts';

/** One line of a menu as the officer sees it: an item, a separator, or a submenu with its own lines. */
export type MenuLine =
  { label: string; functionName: string } | { separator: true } | { label: string; submenu: MenuLine[] };

/** A menu added to the UI: its items (submenu items flattened, separators left out) and its layout line by line. */
export interface RecordedMenu {
  title: string;
  items: { label: string; functionName: string; submenu?: string }[];
  layout: MenuLine[];
}

export interface UiState {
  toasts: string[];
  alerts: { title: string; message: string }[];
  dialogs: { title: string; html: string }[];
  /** Pages opened in the sidebar (title from HtmlOutput.setTitle), in order. */
  sidebars: { title: string; html: string }[];
  menus: RecordedMenu[];
  /** Queued answers for the next alerts/prompts, first in first out. */
  answers: { button: string; text?: string }[];
  /** False where Apps Script has no UI (time-driven and form-submit triggers). */
  available: boolean;
}

/** One console line as Executions shows it. */
export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

export interface RuntimeContext {
  calls: Record<string, number>;
  /** Cells read and written by Range calls (`cell-counts.ts`). */
  cells: CellCounts;
  now: () => number;
  /** Builds a Date in the realm of the code that reads values (a vm context has its own Date). */
  makeDate: (ms: number) => Date;
  timeZone: string;
  locale: string;
  /** The account running now (Session users, trigger ownership); a test switches it with `runtime.session.switchUser`. */
  user: string;
  /** False when the script runs without an active spreadsheet (a time-driven run of a script not bound to it). */
  activeSpreadsheet: boolean;
  ui: UiState;
  logs: string[];
  /** Lines written with console.log/info/warn/error (Apps Script shows them in Executions). */
  console: ConsoleLine[];
  nextId: () => number;
}

/** Adds one to calls['Class.method']. */
export function count(ctx: RuntimeContext, key: string): void {
  ctx.calls[key] = (ctx.calls[key] ?? 0) + 1;
}

interface HasContext {
  readonly ctx: RuntimeContext;
}

/**
 * Wraps each listed method of `cls` so that every call counts as calls['Class.method'].
 * The list is the same one the class's `Pick<>` type is built from, so every public method is counted.
 */
export function countCalls<T extends HasContext>(
  cls: abstract new (...args: never[]) => T,
  className: string,
  methods: readonly string[],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of methods) {
    const original = proto[name];
    if (typeof original !== 'function') throw new Error(`${className}.${name} is not implemented`);
    const key = `${className}.${name}`;
    proto[name] = function (this: HasContext, ...args: unknown[]) {
      count(this.ctx, key);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

/** Casts a fake to the Apps Script interface it stands for (the fake implements the used subset, checked by Pick). */
export function as<T>(fake: unknown): T {
  return fake as T;
}
