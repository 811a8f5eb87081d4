// Adapter for installable triggers: at most one per handler for the current account, installed or removed by name, and which accounts have one.
import { now } from '../sheets/clock';
import { withDocumentLock } from '../sheets/lock';
import type { TriggerKind } from './kinds';
import { currentAccount, recordTriggerAccount } from './trigger-accounts';

export type { TriggerKind } from './kinds';

/**
 * The current account's triggers of this handler. `getProjectTriggers()` lists only the current user's triggers,
 * clock ones included; `getUserTriggers(spreadsheet)` would miss the hourly one, whose source is the clock.
 */
function mine(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

export function isInstalled(handler: string): boolean {
  return mine(handler).length > 0;
}

/** How many triggers of this handler the current account has (the add-on keeps at most one). */
export function installedCount(handler: string): number {
  return mine(handler).length;
}

/** Installs the trigger unless it exists (installing twice, even at once, leaves one); returns true when it was created now. */
export function ensureTrigger(handler: string, kind: TriggerKind): boolean {
  return withDocumentLock(() => {
    const created = ensureLocked(handler, kind);
    recordTriggerAccount(kind, currentAccount(), true, now());
    return created;
  });
}

function ensureLocked(handler: string, kind: TriggerKind): boolean {
  const existing = mine(handler);
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
  if (existing.length > 0) return false;
  const builder = ScriptApp.newTrigger(handler);
  if (kind === 'formSubmit')
    builder.forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
  else builder.timeBased().everyHours(1).create();
  return true;
}

/** Removes the current account's triggers of this handler (another account's stay: only it can remove them); returns how many. */
export function removeTrigger(handler: string, kind: TriggerKind): number {
  return withDocumentLock(() => {
    const existing = mine(handler);
    for (const t of existing) ScriptApp.deleteTrigger(t);
    recordTriggerAccount(kind, currentAccount(), false, now());
    return existing.length;
  });
}
