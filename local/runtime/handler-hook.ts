// How the runtime calls a top-level function of the loaded script (an installed trigger's handler): set by loadBundle.

export type HandlerRunner = (name: string, event: unknown) => unknown;

/** One runtime's slot for the runner; empty until a script is loaded into its globals. */
export interface HandlerSlot {
  run?: HandlerRunner;
}

const slots = new WeakMap<object, HandlerSlot>();

/** Ties a runtime's slot to its globals object (createRuntime does it). */
export function registerHandlerSlot(globals: object, slot: HandlerSlot): void {
  slots.set(globals, slot);
}

/** Lets the runtime of `globals` call the script's functions; globals not made by createRuntime are left alone. */
export function setHandlerRunner(globals: object, run: HandlerRunner): void {
  const slot = slots.get(globals);
  if (slot) slot.run = run;
}
