// The shape of everything Apps Script can call: one list builds the menu and the generated top-level functions.

/** What an action returns to its caller (the menu shows it; the local runner prints it). */
export interface ActionOutcome {
  ok: boolean;
  summary: string;
}

export interface MenuPlace {
  label: string;
  /** Submenu label, e.g. `Tự động`; absent for a top-level item. */
  submenu?: string;
  /** Draw a separator before this item. */
  separatorBefore?: boolean;
}

export interface EntryPoint {
  /** Name of the generated top-level function (what Apps Script calls). */
  name: string;
  /** JSDoc lines for the generated function (without `/**` and `*\/`). */
  doc: string[];
  /** Parameter names of the generated function. */
  params: string[];
  run: (...args: any[]) => unknown;
  /** Where it sits in the `NTM` menu, if it is a menu item. */
  menu?: MenuPlace;
  /** Name of the local runner's action that calls it, if any. */
  action?: string;
}
