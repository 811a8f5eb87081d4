// The ledger rule (SPEC §3 Reminders): a (week, village, kind) with any `Nhắc hạn` row but `Lỗi` (an attempt that failed) is never sent again.
import { fold } from '../text';
import type { Day } from '../types';
import type { LedgerEntry, ReminderKind } from './reminder-types';

function key(week: Day, village: string, kind: ReminderKind): string {
  return `${week}|${fold(village)}|${kind}`;
}

/**
 * What the ledger already settles: `Đã gửi` and `Hết hạn` rows block; so does a `Đang gửi` row no `Lỗi` row closes.
 * Each attempt writes one `Đang gửi`, then `Đã gửi` or `Lỗi`: an item whose `Đang gửi` rows are all matched by `Lỗi`
 * rows failed every time and is retried; one more `Đang gửi` than `Lỗi` is an attempt that may have sent (a run that
 * died), never sent again. Counting, not pairing in order, keeps this true when people sort the tab.
 */
export class LedgerIndex {
  private readonly blocked = new Set<string>();

  constructor(entries: readonly LedgerEntry[]) {
    const open = new Map<string, number>();
    for (const e of entries) {
      const k = key(e.week, e.village, e.kind);
      if (e.result === 'Đang gửi') open.set(k, (open.get(k) ?? 0) + 1);
      else if (e.result === 'Lỗi') open.set(k, (open.get(k) ?? 0) - 1);
      else this.blocked.add(k);
    }
    for (const [k, n] of open) if (n > 0) this.blocked.add(k);
  }

  /** True when this (week, village, kind) must never be sent (nor logged `Hết hạn`) again. */
  isSettled(week: Day, village: string, kind: ReminderKind): boolean {
    return this.blocked.has(key(week, village, kind));
  }
}
