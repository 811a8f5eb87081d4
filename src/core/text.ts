// Forgiving text matching for headers, village names and codes: case, spaces and Vietnamese diacritics ignored.

/** Folded strings already seen: a sheet repeats the same few names and titles on every row. */
const folded = new Map<string, string>();
const FOLDS_KEPT = 50_000;

/** Folds a title for matching: lower case, no diacritics (đ → d), single spaces, trimmed. */
export function fold(s: string): string {
  const text = String(s);
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size >= FOLDS_KEPT) folded.clear();
    folded.set(text, (out = foldNow(text)));
  }
  return out;
}

function foldNow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the cell is blank (empty or only spaces). */
export function isBlank(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Most text starts with a character that is no white space (below U+1680 only these are): no trim needed.
  const c = v.charCodeAt(0);
  if (c > 32 && c !== 0xa0 && c < 0x1680) return false;
  return v.trim() === '';
}
