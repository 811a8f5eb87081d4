// Who a reminder goes to: addresses from `Thôn` / `Email cán bộ` only, validated, deduplicated, in batches of 50.

/** Apps Script's limit of recipients (to + cc + bcc) per message. */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const DOMAIN = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}';
const ADDRESS = new RegExp(`^${LOCAL}@${DOMAIN}$`);

/** True for a plain address such as `a.b@x.vn` (no name, no brackets, no spaces or line breaks). */
export function isValidEmail(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address);
}

/**
 * The valid addresses among `lists` (each entry may itself hold several addresses separated by `,` `;` or
 * spaces), in order, each once (compared without case). Invalid pieces are dropped: never sent to.
 */
export function validRecipients(lists: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of lists) {
    for (const piece of String(entry ?? '').split(/[,;\s]+/)) {
      const address = piece.trim();
      if (!isValidEmail(address)) continue;
      const key = address.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(address);
    }
  }
  return out;
}

/** Splits recipients into messages of at most `max` recipients each (one message when they fit). */
export function recipientBatches(
  recipients: readonly string[],
  max = MAX_RECIPIENTS_PER_MESSAGE,
): string[][] {
  const size = Math.max(1, Math.floor(max));
  const out: string[][] = [];
  for (let i = 0; i < recipients.length; i += size) out.push(recipients.slice(i, i + size));
  return out;
}
