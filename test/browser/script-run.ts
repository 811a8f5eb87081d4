// google.script.run in a Chromium page, answered by the real bundle in Node: the handler chain, asynchronous calls, and Google's rule on what may cross.
import type { Page } from 'playwright-core';
import { errorText } from '../../src/core/error-text';

/** Calls a top-level function of the bundle (a session's `bundle.call`). */
export type Server = (name: string, ...args: unknown[]) => unknown;

/**
 * What google.script.run lets through, as Google documents it: primitives, null, and arrays and plain objects
 * made of them; a Date, a function or any other object makes the call fail. Returns the value as the page gets it.
 */
export function wireValue(value: unknown, path = 'kết quả'): unknown {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return value;
  if (t === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v, i) => wireValue(v, `${path}[${i}]`));
  if (t === 'object') {
    const proto = Object.getPrototypeOf(value) as object | null;
    // A plain object of another realm (the bundle's vm context) has that realm's Object.prototype.
    if (proto === null || Object.getPrototypeOf(proto) === null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        if (v !== undefined) out[k] = wireValue(v, `${path}.${k}`);
      return out;
    }
  }
  throw new Error(`google.script.run không chuyển được ${path} (${Object.prototype.toString.call(value)}).`);
}

export interface ScriptRun {
  /** Functions the page called, in order. */
  calls: string[];
  /** The page with google.script.run defined first thing in its head, as HtmlService serves it. */
  serve: (html: string) => string;
}

/** The page-side google.script.run: one method per server function, a new runner for each with…Handler. */
const CLIENT = (names: string[]) => `(() => {
  const names = ${JSON.stringify(names)};
  const runner = (ok, fail, user) => {
    const r = {
      withSuccessHandler: (f) => runner(f, fail, user),
      withFailureHandler: (f) => runner(ok, f, user),
      withUserObject: (u) => runner(ok, fail, u),
    };
    for (const name of names)
      r[name] = (...args) => {
        window.__ntmServer(name, JSON.stringify(args)).then((answer) => {
          const a = JSON.parse(answer);
          if (a.ok) { if (ok) ok(a.value, user); return; }
          const e = new Error(a.error);
          if (fail) fail(e, user); else console.error('Uncaught ' + a.error);
        });
      };
    return r;
  };
  window.google = { script: { run: runner(null, null, undefined) } };
})();`;

/** Binds `page` to `server`; the page given to `serve` then has google.script.run for `names` (the server's top-level functions). */
export async function installScriptRun(page: Page, names: string[], server: Server): Promise<ScriptRun> {
  const calls: string[] = [];
  await page.exposeFunction('__ntmServer', (name: string, args: string) => {
    calls.push(name);
    try {
      const value = wireValue(server(name, ...(JSON.parse(args) as unknown[])));
      return JSON.stringify({ ok: true, value });
    } catch (e) {
      return JSON.stringify({ ok: false, error: errorText(e) });
    }
  });
  const stub = `<script>${CLIENT(names).replace(/<\//g, '<\\/')}</script>`;
  return { calls, serve: (html) => html.replace(/<head>/i, `<head>${stub}`) };
}
