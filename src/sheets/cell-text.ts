// Writing text that must stay text: Sheets reads a written string as if typed, so user text is guarded.

/**
 * The value to write so that the cell holds `s` exactly: a leading apostrophe makes Sheets keep the
 * text as it is (never a formula, number, date or boolean) and is not part of the value read back.
 */
export function asText(s: string): string {
  return s === '' ? '' : `'${s}`;
}
