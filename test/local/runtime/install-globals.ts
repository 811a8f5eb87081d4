// The one way tests run src/ adapters against the in-memory runtime: its services become globals until removed.
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../local/runtime';

const installed = new Set<string>();

/**
 * A fresh runtime whose services are the globals the adapters call, replacing any installed before.
 * `console` stays the test process's own: the runtime's console lines are read from `runtime.console`.
 */
export function installGlobals(options: RuntimeOptions = {}): Runtime {
  removeGlobals();
  const rt = createRuntime(options);
  for (const [name, service] of Object.entries(rt.globals)) {
    if (name === 'console') continue;
    (globalThis as Record<string, unknown>)[name] = service;
    installed.add(name);
  }
  return rt;
}

/** Removes what `installGlobals` installed. */
export function removeGlobals(): void {
  for (const name of installed) delete (globalThis as Record<string, unknown>)[name];
  installed.clear();
}
