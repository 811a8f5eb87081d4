// Runs adapter code from src/ directly against the in-memory runtime: its services become globals for the test's duration.
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../local/runtime';

const installed = new Set<string>();

/** A fresh runtime whose services are the globals the adapters call (removed again by `removeGlobals`). */
export function useRuntime(options: RuntimeOptions = {}): Runtime {
  removeGlobals();
  const rt = createRuntime(options);
  for (const [name, service] of Object.entries(rt.globals)) {
    if (name === 'console') continue; // the test process keeps its own console; runtime.console is read directly
    (globalThis as Record<string, unknown>)[name] = service;
    installed.add(name);
  }
  return rt;
}

export function removeGlobals(): void {
  for (const name of installed) delete (globalThis as Record<string, unknown>)[name];
  installed.clear();
}
