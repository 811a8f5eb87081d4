// The key that keeps an officer's acceptance across rebuilds of `Kiểm tra`: (tab, timestamp, village, column, original value).

/**
 * Acceptance key of one flagged value. Every part is taken as written (only surrounding spaces
 * are ignored), so the acceptance lasts exactly while that cell's value is unchanged.
 */
export function acceptanceKey(
  tab: string,
  timestampDisplay: string,
  village: string,
  column: string,
  originalValue: string,
): string {
  return JSON.stringify(
    [tab, timestampDisplay, village, column, originalValue].map((s) => String(s ?? '').trim()),
  );
}
