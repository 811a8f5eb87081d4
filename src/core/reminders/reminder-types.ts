// Records of the reminders core: the ledger rows of `Nhắc hạn`, the items due now, and the progress lines a message shows.
import type { ReportToFix } from '../corrections/correction-types';
import type { LedgerKind, LedgerResult, ReminderKind } from '../contract';
import type { Day, IndicatorKind, Instant } from '../types';

export {
  CORRECTION_KIND,
  LEDGER_KINDS,
  type LedgerKind,
  type LedgerResult,
  type ReminderKind,
} from '../contract';

/** Ledger village of the officers' escalation: the commune row's name. */
export { COMMUNE_ROW_NAME as COMMUNE_WIDE } from '../contract';

/** One row of the `Nhắc hạn` tab: `Thời gian` | `Tuần` | `Thôn` | `Người nhận` | `Loại` | `Kết quả` (and `Khóa`). */
export interface LedgerEntry {
  time: Instant;
  /** The week (its deadline day); for a correction request, the week of the run that wrote the row. */
  week: Day;
  /** Village name, or `Toàn xã` for an escalation. */
  village: string;
  /** Addresses as written in the row (joined by `, `). */
  recipients: string;
  kind: LedgerKind;
  result: LedgerResult;
  /** Correction requests only (`Khóa`): the digest of the problem set the message was about. */
  key?: string;
}

/** One message to send (or that was due and was not sent), keyed in the ledger by (week, village, kind). */
export interface ReminderItem {
  week: Day;
  /** Village name as in `Thôn`, or `Toàn xã` for an escalation. */
  village: string;
  kind: ReminderKind;
  /** Valid, deduplicated addresses (empty only in `unreachable`). */
  recipients: string[];
  /** The week's deadline. */
  deadline: Instant;
  /** Escalation only: the week's villages still `Chưa nộp`, in `Thôn` order. */
  missingVillages?: string[];
  /** Village reminders only: the reports the village sent this week that were all left out whole (present when any). */
  rejected?: ReportToFix[];
}

export interface DueReminders {
  /** What to send now, villages in `Thôn` order. */
  due: ReminderItem[];
  /** Windows that have closed with the item never sent (no ledger row but `Lỗi`): log them `Hết hạn`. */
  expired: ReminderItem[];
  /** Due now but nobody to send to (no valid address in `Thôn` / `Email cán bộ`): shown in the preview, never logged. */
  unreachable: ReminderItem[];
}

/** One indicator line of a village's progress, as the rollup computes it (rendered, never recomputed here); a `RollupLine` fits. */
export interface ProgressLine {
  code: string;
  name: string;
  unit: string;
  /** `Đạt/Chưa` lines read `Đạt` / `Chưa đạt` instead of 1 / 0. */
  kind?: IndicatorKind;
  target: number;
  cumulative: number;
  backlog: number;
  /** Blank (null) for `Đạt/Chưa`. */
  perDay: number | null;
}
