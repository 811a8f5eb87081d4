// The ledger rule (docs/reminders.md, reminders and correction requests): an item with any `Nhắc hạn` row but `Lỗi` (an attempt that failed) is never sent again.
import { fold } from '../text';
import type { Day } from '../types';
import { CORRECTION_KIND, type LedgerEntry, type ReminderKind } from './reminder-types';

/** A reminder is keyed by (week, village, kind). */
function key(week: Day, village: string, kind: ReminderKind): string {
  return `${week}|${fold(village)}|${kind}`;
}

/** A correction request is keyed by (village, problem-set digest), whatever the week it was sent in. */
function correctionKey(village: string, digest: string): string {
  return `${CORRECTION_KIND}|${fold(village)}|${digest.trim()}`;
}

function entryKey(e: LedgerEntry): string {
  return e.kind === CORRECTION_KIND ? correctionKey(e.village, e.key ?? '') : key(e.week, e.village, e.kind);
}

/**
 * What the ledger already settles. Each attempt to send writes one `Đang gửi`, then `Đã gửi` or `Lỗi`.
 * - `Đã gửi` and `Hết hạn` settle the item.
 * - A `Lỗi` closes the latest still-open `Đang gửi` of the same item before it: that attempt failed and sent nothing.
 * - A `Đang gửi` no `Lỗi` closes settles the item: that attempt may have sent (the run died), so it is never sent again.
 * - A `Lỗi` with no open `Đang gửi` before it (its own was deleted by hand) closes nothing: it cannot reopen
 *   an attempt written after it.
 * Rows are taken in the order they were written: by `Thời gian`, then by row for equal times, so a tab someone sorted
 * by another column reads the same. So only an item whose every attempt failed is sent again.
 */
export class LedgerIndex {
  private readonly blocked = new Set<string>();

  constructor(entries: readonly LedgerEntry[]) {
    const open = new Map<string, number>();
    const time = (t: number) => (Number.isFinite(t) ? t : 0);
    const written = entries
      .map((e, row) => ({ e, row }))
      .sort((a, b) => time(a.e.time) - time(b.e.time) || a.row - b.row);
    for (const { e } of written) {
      const k = entryKey(e);
      const n = open.get(k) ?? 0;
      if (e.result === 'Đang gửi') open.set(k, n + 1);
      else if (e.result === 'Lỗi') open.set(k, Math.max(0, n - 1));
      else this.blocked.add(k);
    }
    for (const [k, n] of open) if (n > 0) this.blocked.add(k);
  }

  /** True when this (week, village, kind) must never be sent (nor logged `Hết hạn`) again. */
  isSettled(week: Day, village: string, kind: ReminderKind): boolean {
    return this.blocked.has(key(week, village, kind));
  }

  /** True when the correction request of this problem set of this village must never be sent again. */
  isRequestSettled(village: string, digest: string): boolean {
    return this.blocked.has(correctionKey(village, digest));
  }
}
