// The key that keeps an officer's acceptance across rebuilds of `Kiểm tra`: (tab, timestamp, village, column, original value).

/** A vi-VN number written with thousands dots (`5.000`, `-1.234.567,5`): Sheets shows it so only under a `#,##0` format. */
const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * The value part of a key: as written, except that a number's thousands dots are dropped, so `5.000` (a cell
 * Sheets formatted when it was typed) and `5000` (the same number shown by the automatic format) are one value.
 */
function valuePart(value: string): string {
  return GROUPED.test(value) ? value.replace(/\./g, '') : value;
}

/**
 * Acceptance key of one flagged value. Every part is taken as written (only surrounding spaces
 * are ignored, and a number's thousands dots), so the acceptance lasts exactly while that cell's value is unchanged.
 */
export function acceptanceKey(
  tab: string,
  timestampDisplay: string,
  village: string,
  column: string,
  originalValue: string,
): string {
  const parts = [tab, timestampDisplay, village, column, originalValue].map((s) => String(s ?? '').trim());
  parts[4] = valuePart(parts[4]);
  return JSON.stringify(parts);
}
