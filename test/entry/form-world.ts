// Shared set-up of the form tests: the seed workbook set up in a runtime with the bundle loaded, and reads of its tabs and forms.
import { createRuntime, type Runtime } from '../../local/runtime';
import { loadBundle } from '../../local/runner/bundle';
import { CODE_JS } from '../bundle/ensure-built';

/** 20/03/2023 10:00 in Hà Nội (a Monday of the first peak phase). */
export const START = Date.UTC(2023, 2, 20, 3);

export interface FormWorld {
  rt: Runtime;
  call(fn: string, ...args: unknown[]): { ok: boolean; summary: string };
  setNow(ms: number): void;
}

/** A runtime on the seed workbook (set-up run), no UI (summaries are returned, not shown). */
export function seedWorld(): FormWorld {
  let now = START;
  const rt = createRuntime({ now: () => now });
  const bundle = loadBundle(rt.globals, () => now, CODE_JS);
  rt.ui.available = false;
  const call = (fn: string, ...args: unknown[]) =>
    bundle.call(fn, ...args) as { ok: boolean; summary: string };
  if (!call('setupWorkbook').ok) throw new Error('set-up failed');
  return { rt, call, setNow: (ms) => void (now = ms) };
}

/** A tab's values as shown, row by row. */
export function shownTab(rt: Runtime, name: string): string[][] {
  const sheet = rt.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getDisplayValues();
}

/** The one column of a tab titled `title` (without its header), as shown. */
export function shownColumn(rt: Runtime, tab: string, title: string): string[] {
  const rows = shownTab(rt, tab);
  const c = rows[0].indexOf(title);
  if (c < 0) throw new Error(`no column ${title} in ${tab}`);
  return rows.slice(1).map((r) => r[c]);
}

/** The only form of the runtime. */
export function theForm(rt: Runtime) {
  const forms = rt.forms.state();
  if (forms.length !== 1) throw new Error(`${forms.length} forms`);
  return forms[0];
}

/** Sets one cell of a tab as a person types it. */
export function type(rt: Runtime, tab: string, row: number, col: number, value: string | number): void {
  rt.spreadsheet.getSheetByName(tab)!.getRange(row, col).setValue(value);
}
