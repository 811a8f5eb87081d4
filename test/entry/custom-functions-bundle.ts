// Loads the built dist/Code.js into a bare V8 context (no require, module or process) with a minimal SpreadsheetApp
// that only tells the spreadsheet's zone, and calls its top-level functions as Sheets would.
import vm from 'node:vm';
import { ensureBuilt } from '../bundle/ensure-built';

export type ZoneSource = string | { throws: true } | { noActive: true } | null;

/** What the fake SpreadsheetApp saw: every service call, by name. */
export interface Loaded {
  call(name: string, ...args: unknown[]): unknown;
  /** The error message a call throws (fails the test when it does not throw). */
  errorOf(name: string, ...args: unknown[]): string;
  calls: string[];
  context: vm.Context;
}

/** Copies a value out of the bundle's realm: arrays become arrays, Dates become Dates, so Jest compares them plainly. */
export function plain(v: unknown): unknown {
  if (Array.isArray(v)) return Array.from(v, plain);
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
  return v;
}

/** `zone`: the spreadsheet's zone; null: no SpreadsheetApp at all; or a SpreadsheetApp that throws or has no active sheet. */
export function loadFunctions(zone: ZoneSource): Loaded {
  const code = ensureBuilt();
  const calls: string[] = [];
  const globals: Record<string, unknown> = {};
  if (zone !== null) {
    globals.SpreadsheetApp = {
      getActive() {
        calls.push('SpreadsheetApp.getActive');
        if (typeof zone === 'object' && 'throws' in zone)
          throw new Error('Bạn không có quyền gọi SpreadsheetApp.getActive');
        if (typeof zone === 'object') return null;
        return {
          getSpreadsheetTimeZone() {
            calls.push('Spreadsheet.getSpreadsheetTimeZone');
            return zone;
          },
        };
      },
    };
  }
  const context = vm.createContext(globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const call = (name: string, ...args: unknown[]) => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no function ${name}`);
    return plain(fn(...args));
  };
  return {
    call,
    errorOf(name, ...args) {
      try {
        call(name, ...args);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error(`${name} did not throw`);
    },
    calls,
    context,
  };
}
