// The ledger rule (docs/reminders.md, reminders and correction requests): an item with any `Nhắc hạn` row but `Lỗi` (an attempt that failed) is never sent again.
import { fold } from '../text';
import type { Day, Instant } from '../types';
import { CORRECTION_KIND, type LedgerEntry, type LedgerKind } from './reminder-types';

/** Kinds keyed by (week, village, kind): all but the correction requests. */
export type WeeklyKind = Exclude<LedgerKind, typeof CORRECTION_KIND>;

/** A reminder is keyed by (week, village, kind). */
function key(week: Day, village: string, kind: WeeklyKind): string {
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
  /** Time of the row that settled each item: its latest `Đã gửi` or `Hết hạn`, else the `Đang gửi` left open. */
  private readonly settledTime = new Map<string, Instant>();

  constructor(entries: readonly LedgerEntry[]) {
    const time = (t: number) => (Number.isFinite(t) ? t : 0);
    const written = entries
      .map((e, row) => ({ e, row }))
      .sort((a, b) => time(a.e.time) - time(b.e.time) || a.row - b.row);
    const openedAt = new Map<string, Instant[]>();
    for (const { e } of written) {
      const k = entryKey(e);
      const opened = openedAt.get(k) ?? [];
      openedAt.set(k, opened);
      if (e.result === 'Đang gửi') opened.push(e.time);
      else if (e.result === 'Lỗi') opened.pop();
      else {
        this.blocked.add(k);
        this.settledTime.set(k, e.time);
      }
    }
    for (const [k, opened] of openedAt) {
      if (opened.length === 0) continue;
      this.blocked.add(k);
      if (!this.settledTime.has(k)) this.settledTime.set(k, opened[opened.length - 1]);
    }
  }

  /** True when this (week, village, kind) must never be sent (nor logged `Hết hạn`) again. */
  isSettled(week: Day, village: string, kind: WeeklyKind): boolean {
    return this.blocked.has(key(week, village, kind));
  }

  /** When this (week, village, kind) was settled (sent, or perhaps sent), or null when it may be sent. */
  settledAt(week: Day, village: string, kind: WeeklyKind): Instant | null {
    const k = key(week, village, kind);
    return this.blocked.has(k) ? (this.settledTime.get(k) ?? null) : null;
  }

  /** True when the correction request of this problem set of this village must never be sent again. */
  isRequestSettled(village: string, digest: string): boolean {
    return this.blocked.has(correctionKey(village, digest));
  }
}
