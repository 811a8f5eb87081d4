// Adapter for which accounts have a trigger on: a document property every account reads, written under the document lock.
import type { TriggerKind } from './kinds';

/** Document property: per trigger kind, the accounts that turned it on and when (`{"hourly":{"a@x.vn":ms}}`). */
export const TRIGGER_ACCOUNTS_KEY = 'ntm.triggerAccounts';
/** The older single-owner property of the hourly run (`email|ms`), read as one account until rewritten. */
export const LEGACY_OWNER_KEY = 'ntm.reminderTriggerOwner';

export interface TriggerAccount {
  email: string;
  since: number;
}

type Table = Partial<Record<TriggerKind, Record<string, number>>>;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function read(): Table {
  const p = props();
  let table: Table = {};
  try {
    const parsed: unknown = JSON.parse(p.getProperty(TRIGGER_ACCOUNTS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') table = parsed as Table;
  } catch (_e) {
    table = {}; // a hand-edited property: start again, the triggers themselves are unharmed
  }
  const legacy = p.getProperty(LEGACY_OWNER_KEY);
  if (legacy) {
    const at = legacy.lastIndexOf('|');
    const email = at >= 0 ? legacy.slice(0, at) : legacy;
    const since = Number(legacy.slice(at + 1));
    const hourly = (table.hourly ??= {});
    if (email && !(email in hourly)) hourly[email] = Number.isFinite(since) ? since : 0;
  }
  return table;
}

function write(table: Table): void {
  props().setProperty(TRIGGER_ACCOUNTS_KEY, JSON.stringify(table));
  props().deleteProperty(LEGACY_OWNER_KEY);
}

/** The accounts that have turned `kind` on, in the order they did. */
export function triggerAccounts(kind: TriggerKind): TriggerAccount[] {
  const of = read()[kind] ?? {};
  return Object.entries(of)
    .map(([email, since]) => ({ email, since: Number(since) || 0 }))
    .sort((a, b) => a.since - b.since);
}

/** Records whether `email` has `kind` on (keeps the first time it was turned on); the caller holds the document lock. */
export function recordTriggerAccount(kind: TriggerKind, email: string, on: boolean, at: number): void {
  if (!email) return; // Apps Script did not tell who runs: nothing to record under a name
  const table = read();
  const of = (table[kind] ??= {});
  const known = email in of;
  if (on === known && props().getProperty(LEGACY_OWNER_KEY) === null) return; // already so: no write
  if (on && !known) of[email] = at;
  if (!on) delete of[email];
  write(table);
}

/** Email of the account running now ('' when Apps Script does not tell). */
export function currentAccount(): string {
  try {
    return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '';
  } catch (_e) {
    return '';
  }
}
