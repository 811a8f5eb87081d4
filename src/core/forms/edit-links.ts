// Which response each answers-tab row is, by its timestamp, so the row's `Link sửa` can hold that response's edit link.
// Rows and responses are matched to the second (a sheet keeps whole seconds); several responses in one second
// go to that second's rows in order. A row that already has a link keeps it; nothing else is ever changed.
import type { Instant } from '../types';

export interface ResponseLink {
  /** When the response was submitted (or last edited). */
  at: Instant;
  editUrl: string;
}

const second = (t: Instant) => Math.floor(t / 1000);

/**
 * The `Link sửa` column for the data rows (`timestamps[i]` null when the row has none), given what it holds now;
 * null when nothing would change.
 */
export function editLinkColumn(
  timestamps: readonly (Instant | null)[],
  links: readonly string[],
  responses: readonly ResponseLink[],
): string[] | null {
  const used = new Set(links.map((l) => l.trim()).filter((l) => l !== ''));
  const bySecond = new Map<number, string[]>();
  for (const r of [...responses].sort((a, b) => a.at - b.at)) {
    if (used.has(r.editUrl)) continue;
    const list = bySecond.get(second(r.at));
    if (list) list.push(r.editUrl);
    else bySecond.set(second(r.at), [r.editUrl]);
  }
  let changed = false;
  const out = timestamps.map((t, i) => {
    const have = links[i] ?? '';
    if (have.trim() !== '' || t === null) return have;
    const url = bySecond.get(second(t))?.shift();
    if (url === undefined) return have;
    changed = true;
    return url;
  });
  return changed ? out : null;
}

/** The earliest timestamp of a row without a link (responses before it need not be read), or null when every row has one. */
export function firstRowWithoutLink(
  timestamps: readonly (Instant | null)[],
  links: readonly string[],
): Instant | null {
  let first: Instant | null = null;
  timestamps.forEach((t, i) => {
    if (t !== null && (links[i] ?? '').trim() === '' && (first === null || t < first)) first = t;
  });
  return first;
}
