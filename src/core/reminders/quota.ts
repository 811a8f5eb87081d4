// Fitting due messages (reminders, correction requests) into the daily mail quota: Apps Script counts each recipient of each message against it.
import { MAX_RECIPIENTS_PER_MESSAGE, recipientBatches } from './recipients';

/** Anything mailed through the ledger: who it goes to. */
export interface Addressed {
  recipients: readonly string[];
}

export interface QuotaSplit<T extends Addressed = Addressed> {
  /** Items to send now, in the given order. */
  send: T[];
  /** Items that do not fit (or have nobody to send to): they stay due for the next run. */
  rest: T[];
}

/** Quota an item uses: one per recipient (an item over 50 recipients goes out as several messages, same count). */
export function quotaCost(item: Addressed): number {
  return item.recipients.length;
}

/** Messages an item needs: recipients in batches of at most 50 (Apps Script's per-message limit). */
export function itemMessages(item: Addressed): string[][] {
  return recipientBatches(item.recipients, MAX_RECIPIENTS_PER_MESSAGE);
}

/**
 * Takes items in order while they fit in `quota` (remaining recipients today); an item too big for what is left
 * is kept for later and smaller ones after it may still go. A non-number quota counts as 0 (send nothing).
 */
export function takeWithinQuota<T extends Addressed>(items: readonly T[], quota: number): QuotaSplit<T> {
  let left = Number.isNaN(Number(quota)) ? 0 : Math.floor(Number(quota));
  const send: T[] = [];
  const rest: T[] = [];
  for (const item of items) {
    const cost = quotaCost(item);
    if (cost > 0 && cost <= left) {
      send.push(item);
      left -= cost;
    } else {
      rest.push(item);
    }
  }
  return { send, rest };
}
