// Runs one menu action: takes care of errors, the officer's message, the toast and the `Nhật ký` row.
import { errorText } from '../core/error-text';
import type { ActionOutcome } from './entry-point';
import { logActionSafely } from '../sheets/audit-log';
import { alert, toast } from '../sheets/ui';
import { isUserError } from '../sheets/user-error';

export interface ActionOptions {
  /** Name in `Nhật ký` and in messages, e.g. `Kiểm tra dữ liệu`. */
  label: string;
  /** Show the summary in a message box instead of a toast. */
  alertSummary?: boolean;
  /** Skip the `Nhật ký` row (actions that log themselves). */
  noLog?: boolean;
}

/** Wraps an action body (which returns its summary) so that any failure reaches the officer in Vietnamese. */
export function runAction(options: ActionOptions, body: () => string): ActionOutcome {
  try {
    const summary = body();
    if (!options.noLog) logActionSafely(options.label, summary);
    if (options.alertSummary) alert(options.label, summary);
    else toast(summary, options.label);
    return { ok: true, summary };
  } catch (e) {
    const message = isUserError(e)
      ? e.message
      : `Lỗi không mong đợi: ${errorText(e)}. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị kèm nội dung này.`;
    logActionSafely(options.label, `Lỗi: ${message}`);
    alert(options.label, message);
    return { ok: false, summary: message };
  }
}
