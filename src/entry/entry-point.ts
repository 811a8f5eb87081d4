// The shape of everything Apps Script can call: one list builds the menu and the generated top-level functions.

/** What an action returns to its caller (the menu shows it; the local runner prints it). */
export interface ActionOutcome {
  ok: boolean;
  summary: string;
}

/**
 * The `NTM` menu's sections, top to bottom, with a separator between them: the weekly work (set up,
 * check, roll up, report, remind), the automation switches, then looking after the workbook (remove the
 * example, help). Within a section, items keep the order of the one entry list (src/entry/entries.ts).
 */
export const MENU_SECTIONS = ['work', 'automation', 'workbook'] as const;
export type MenuSection = (typeof MENU_SECTIONS)[number];

export interface MenuPlace {
  label: string;
  /** Submenu label, e.g. `Tự động`; absent for a top-level item. A submenu sits where its first item is. */
  submenu?: string;
  /** Default: `automation` for an item in a submenu, else `work`. */
  section?: MenuSection;
}

export interface EntryPoint {
  /** Name of the generated top-level function (what Apps Script calls). */
  name: string;
  /** JSDoc lines for the generated function (without `/**` and `*\/`). */
  doc: string[];
  /** Parameter names of the generated function. */
  params: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own parameters; Apps Script passes them untyped
  run: (...args: any[]) => unknown;
  /** Where it sits in the `NTM` menu, if it is a menu item. */
  menu?: MenuPlace;
  /** Name of the local runner's action that calls it, if any. */
  action?: string;
}
