// Bundle root: exposes the entry list and the functions the generated top-level wrappers call.
import { allEntries } from './entry/entries';

const list = allEntries();

/** Name, doc and parameters of each top-level function the build generates. */
export const entryList = list.map((e) => ({
  name: e.name,
  doc: e.doc,
  params: e.params,
  action: e.action ?? null,
}));

/** Name → implementation, called by the generated wrappers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see EntryPoint.run
export const entryPoints: Record<string, (...args: any[]) => unknown> = Object.fromEntries(
  list.map((e) => [e.name, e.run]),
);

/** Runner action name → top-level function name. */
export const actions: Record<string, string> = Object.fromEntries(
  list.filter((e) => e.action).map((e) => [e.action as string, e.name]),
);
