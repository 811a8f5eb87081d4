// Forgiving header lookup: a title matches when equal after `fold` (case, spaces, Vietnamese diacritics ignored).
import type { ColumnSpec } from '../contract/input-columns';
import { titlesOf } from '../contract/input-columns';
import { fold } from '../text';

/** The matching key of a title or name. */
export function headerKey(title: unknown): string {
  return fold(title === null || title === undefined ? '' : String(title));
}

/** 0-based index of the first header matching `title` forgivingly, or -1 if absent. */
export function findHeader(headers: readonly unknown[], title: string): number {
  const key = headerKey(title);
  if (key === '') return -1;
  return headers.findIndex((h) => headerKey(h) === key);
}

/** 0-based index of the first header matching any of `titles` (tried in order), or -1. */
export function findHeaderAny(headers: readonly unknown[], titles: readonly string[]): number {
  for (const t of titles) {
    const i = findHeader(headers, t);
    if (i >= 0) return i;
  }
  return -1;
}

/** 0-based index of a contract column (its title or an alias), or -1. */
export function findColumn(headers: readonly unknown[], spec: ColumnSpec): number {
  return findHeaderAny(headers, titlesOf(spec));
}
