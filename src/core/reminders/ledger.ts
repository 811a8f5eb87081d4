// The ledger rule (SPEC §3 Reminders): a (week, village, kind) with any `Nhắc hạn` row but `Lỗi` is never sent again.
import { fold } from '../text';
import type { Day } from '../types';
import type { LedgerEntry, ReminderKind } from './reminder-types';

function key(week: Day, village: string, kind: ReminderKind): string {
  return `${week}|${fold(village)}|${kind}`;
}

/** What the ledger already settles: `Đang gửi`, `Đã gửi` and `Hết hạn` rows block; `Lỗi` rows alone do not. */
export class LedgerIndex {
  private readonly blocked = new Set<string>();

  constructor(entries: readonly LedgerEntry[]) {
    for (const e of entries) {
      if (e.result !== 'Lỗi') this.blocked.add(key(e.week, e.village, e.kind));
    }
  }

  /** True when this (week, village, kind) must never be sent (nor logged `Hết hạn`) again. */
  isSettled(week: Day, village: string, kind: ReminderKind): boolean {
    return this.blocked.has(key(week, village, kind));
  }
}
