// Adapter for installable triggers: at most one per handler for this user and document, installed or removed by name.
import { withDocumentLock } from '../sheets/lock';

export type TriggerKind = 'formSubmit' | 'hourly';

function mine(handler: string): GoogleAppsScript.Script.Trigger[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === handler);
}

export function isInstalled(handler: string): boolean {
  return mine(handler).length > 0;
}

/** Installs the trigger unless it exists (installing twice, even at once, leaves one); returns true when it was created now. */
export function ensureTrigger(handler: string, kind: TriggerKind): boolean {
  return withDocumentLock(() => ensureLocked(handler, kind));
}

function ensureLocked(handler: string, kind: TriggerKind): boolean {
  const existing = mine(handler);
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
  if (existing.length > 0) return false;
  const builder = ScriptApp.newTrigger(handler);
  if (kind === 'formSubmit') builder.forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
  else builder.timeBased().everyHours(1).create();
  return true;
}

/** Removes every trigger of this handler; returns how many were removed. */
export function removeTrigger(handler: string): number {
  return withDocumentLock(() => {
    const existing = mine(handler);
    for (const t of existing) ScriptApp.deleteTrigger(t);
    return existing.length;
  });
}
