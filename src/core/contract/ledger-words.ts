// The words of the ledger `Nhắc hạn`: the kinds of message it records, the results of a send, its extra columns.

/** The reminders, in the order of a week: before the deadline, the last call, past it (to the officers). */
export const REMINDER_KINDS = ['Nhắc hạn', 'Nhắc lần cuối', 'Quá hạn'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Kind of a correction request (docs/reminders.md): keyed by (village, problem-set digest), not by week. */
export const CORRECTION_KIND = 'Yêu cầu sửa';

/** Kind of the weekly report mailed to the officers (docs/report.md): keyed by (week, `Toàn xã`), once a week unless sent again on purpose. */
export const REPORT_KIND = 'Báo cáo tuần';

/** Every kind the ledger holds: the three reminders, the correction requests and the weekly report. */
export const LEDGER_KINDS = [...REMINDER_KINDS, CORRECTION_KIND, REPORT_KIND] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * `Kết quả` of a ledger row: `Đang gửi` before the mail goes (perhaps sent: never sent again), then `Đã gửi`
 * or `Lỗi` (may be sent again); `Hết hạn` for a message whose time passed before any run could send it.
 */
export const LEDGER_RESULTS = ['Đang gửi', 'Đã gửi', 'Lỗi', 'Hết hạn'] as const;
export type LedgerResult = (typeof LEDGER_RESULTS)[number];

/** Extra column after the contract's six: why a row is `Lỗi` (or what else is worth knowing about it). */
export const LEDGER_NOTE_TITLE = 'Ghi chú';
/** Extra column added when the first correction request is logged: the digest of its problem set. */
export const LEDGER_KEY_TITLE = 'Khóa';
