// Runs adapter code from src/ directly against the in-memory runtime: its services become globals for the test's duration.
import { installGlobals, removeGlobals } from '../../local/runtime/install-globals';

/** A fresh runtime whose services are the globals the adapters call (removed again by `removeGlobals`). */
export const useRuntime = installGlobals;
export { removeGlobals };
