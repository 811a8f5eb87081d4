// How many rows one read of a tab covers: a longer tab is read in blocks of this many rows.

/**
 * Rows read with one getValues or getDisplayValues: a tab up to this many rows is read in one call, a
 * longer one in blocks of this many (docs/validation.md: one call for a whole tab of Sheets' 10 million
 * cells would be too large for Apps Script to return at once).
 */
export const ROW_BLOCK = 50_000;
