// Runs every installed form-submit trigger of the spreadsheet after a response lands, with Google's event object.
import { as } from '../context';
import { displayValue } from '../cell-values';
import { formColumns, answersTab } from './answers-tab';
import type { FormState } from './model';
import type { FormStore } from './store';

/**
 * The event of a spreadsheet form-submit trigger: `range` is the response's row over the form's columns, `values`
 * the row as shown (the timestamp first), `namedValues` header → [value]. For an edited response only the timestamp
 * and the changed answers carry a value (`changedColumns`); the others are ''.
 */
export function fireFormSubmit(
  store: FormStore,
  form: FormState,
  row: number,
  changedColumns?: Set<number>,
): void {
  const sheet = answersTab(store, form);
  if (!sheet) return;
  const triggers = store.triggers.triggers.filter(
    (t) => t.spec.type === 'ON_FORM_SUBMIT' && t.spec.sourceId === store.spreadsheet.id,
  );
  if (triggers.length === 0) return;
  const run = store.slot.run;
  if (!run) {
    throw new Error(
      `Form-submit trigger ${triggers.map((t) => t.spec.handler).join(', ')} cannot run: no script is loaded into this runtime (loadBundle sets the hook).`,
    );
  }
  const cols = formColumns(form);
  const last = cols[cols.length - 1];
  const values: string[] = [];
  const namedValues: Record<string, string[]> = {};
  for (let col = 1; col <= last; col++) {
    const shown = displayValue(sheet.grid.get(row, col), store.ctx);
    const value = changedColumns && col !== 1 && !changedColumns.has(col) ? '' : shown;
    values.push(value);
    const header = String(displayValue(sheet.grid.get(1, col), store.ctx));
    (namedValues[header] ??= []).push(value);
  }
  const ui = store.ctx.ui;
  for (const t of triggers) {
    const event = {
      authMode: 'FULL',
      range: sheet.rangeAt(row, 1, 1, last, 'Sheet.getRange'),
      source: as<GoogleAppsScript.Spreadsheet.Spreadsheet>(store.spreadsheet),
      triggerUid: t.spec.id,
      values: [...values],
      namedValues: Object.fromEntries(Object.entries(namedValues).map(([k, v]) => [k, [...v]])),
    };
    const hadUi = ui.available;
    const user = store.ctx.user;
    ui.available = false;
    store.ctx.user = t.spec.owner; // an installable trigger runs as the account that made it
    try {
      run(t.spec.handler, event);
      store.triggerRuns.push({ handler: t.spec.handler, ok: true });
    } catch (e) {
      // As in Apps Script, a failing trigger does not undo the response: the failure is recorded (runtime.forms.triggerRuns).
      const message =
        e && typeof e === 'object' && 'message' in e
          ? String((e as { message: unknown }).message)
          : String(e);
      store.triggerRuns.push({ handler: t.spec.handler, ok: false, error: message });
    } finally {
      ui.available = hadUi;
      store.ctx.user = user;
    }
  }
}
