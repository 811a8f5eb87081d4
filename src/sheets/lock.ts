// Adapter for the document lock: one action at a time per spreadsheet (menus, triggers, two officers at once).
import { UserError } from './user-error';

/** How long an action waits for another one to finish, in ms. */
export const LOCK_WAIT_MS = 30_000;

/** Runs `body` holding the document lock; a clear message when another action holds it too long. */
export function withDocumentLock<T>(body: () => T, waitMs: number = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) {
    throw new UserError(
      `Một thao tác khác (của người khác hoặc của trình kích hoạt tự động) đang chạy trên sổ này. Hãy đợi khoảng ${Math.round(waitMs / 1000)} giây rồi chạy lại.`,
    );
  }
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
