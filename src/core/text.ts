// Forgiving text matching for headers, village names and codes: case, spaces and Vietnamese diacritics ignored.

/** Folds a title for matching: lower case, no diacritics (đ → d), single spaces, trimmed. */
export function fold(s: string): string {
  return String(s)
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
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
