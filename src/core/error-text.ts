// The one text of anything thrown: its message on one line, also for values from another realm.

/**
 * Text of anything thrown: the `message` of an error (Apps Script errors, or errors from the bundle's
 * `node:vm` context, where `instanceof Error` fails), else the value as text; spaces and line breaks
 * collapsed to one space, `lỗi không rõ` when nothing is left.
 */
export function errorText(e: unknown): string {
  const m =
    e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return m.replace(/\s+/g, ' ').trim() || 'lỗi không rõ';
}
