// One run of the bundle against one in-memory workbook: the runtime, the loaded Code.js, and the actions run through it.
import { errorText } from '../../src/core/error-text';
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime';
import type { CellCounts } from '../runtime/cell-counts';
import type { WorkbookData } from '../workbook-data';
import { loadBundle, type LoadedBundle } from './bundle';

export interface ActionReport {
  action: string;
  /** False when the bundle does not offer this action yet ("chưa hỗ trợ"). */
  supported: boolean;
  ok: boolean;
  summary: string;
  /** Toasts and alerts the action showed, in order. */
  messages: string[];
  /** Service calls made by the action, by method (e.g. `Range.getValues`). */
  calls: Record<string, number>;
  /** Cells the action's Range calls read and wrote (each call counts its range's cells). */
  cells: CellCounts;
  ms: number;
}

export interface Session {
  runtime: Runtime;
  bundle: LoadedBundle;
  /** Action name → top-level function, as the bundle offers them. */
  offered: Record<string, string>;
  /** Runs an action's entry function; `args` are passed to it (e.g. the `--week` text). */
  run(action: string, ...args: unknown[]): ActionReport;
  /** The same, with the arguments as one list (the runner's per-action arguments). */
  runWith(action: string, args: readonly unknown[]): ActionReport;
  /** Moves the clock every service and the bundle's Date read (a demo replaying weeks of submissions). */
  setNow(ms: number): void;
}

export interface SessionOptions {
  workbook: WorkbookData;
  timeZone: string;
  /** The as-of instant every clock read returns (until setNow moves it). */
  now: number;
  locale?: string;
  bundleFile?: string;
  runtime?: Omit<RuntimeOptions, 'workbook' | 'timeZone' | 'now' | 'locale'>;
}

function callsSince(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) out[k] = v - (before[k] ?? 0);
  return out;
}

export function openSession(options: SessionOptions): Session {
  let clock = options.now;
  const now = () => clock;
  const runtime = createRuntime({
    ...options.runtime,
    workbook: options.workbook,
    timeZone: options.timeZone,
    locale: options.locale ?? 'vi_VN',
    now,
  });
  const bundle = loadBundle(runtime.globals, now, options.bundleFile);
  const offered = { ...bundle.api.actions };
  return {
    runtime,
    bundle,
    offered,
    setNow(ms) {
      if (!Number.isFinite(ms)) throw new Error(`Invalid clock: ${ms}`);
      clock = ms;
    },
    run(action, ...args) {
      return this.runWith(action, args);
    },
    runWith(action, args) {
      const fn = offered[action];
      if (!fn)
        return {
          action,
          supported: false,
          ok: true,
          summary: 'chưa hỗ trợ',
          messages: [],
          calls: {},
          cells: { read: 0, written: 0 },
          ms: 0,
        };
      const calls = { ...runtime.calls };
      const cells = { ...runtime.cells };
      const toasts = runtime.ui.toasts.length;
      const alerts = runtime.ui.alerts.length;
      const started = process.hrtime.bigint();
      let ok = false;
      let summary: string;
      try {
        const outcome = Reflect.apply(bundle.call, bundle, [fn, ...args]) as
          { ok?: unknown; summary?: unknown } | undefined;
        ok = outcome ? outcome.ok !== false : true;
        summary = outcome && outcome.summary !== undefined ? String(outcome.summary) : '';
      } catch (e) {
        summary = `lỗi: ${errorText(e)}`;
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const messages = [
        ...runtime.ui.toasts.slice(toasts),
        ...runtime.ui.alerts.slice(alerts).map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)),
      ];
      const done = { read: runtime.cells.read - cells.read, written: runtime.cells.written - cells.written };
      return {
        action,
        supported: true,
        ok,
        summary,
        messages,
        calls: callsSince(calls, runtime.calls),
        cells: done,
        ms,
      };
    },
  };
}
