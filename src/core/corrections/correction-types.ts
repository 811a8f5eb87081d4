// Records of the correction requests (docs/reminders.md): the problems a village leader must fix, grouped by report, and the item mailed.
import type { Day } from '../types';

/** One problem as a village leader reads it. */
export interface LeaderProblem {
  /** The question (column title); '' for a problem about the whole report. */
  question: string;
  /** The value as typed. */
  value: string;
  /** What is wrong. */
  wrong: string;
  /** What to type instead (a sentence starting with `Hãy`). */
  fix: string;
  /** True when a value the leader is sure of can be confirmed by the officer instead. */
  officerMayAccept: boolean;
  /** True when the whole report is left out until it is fixed. */
  wholeRow: boolean;
}

/** One report (a form response) with its problems. */
export interface ReportToFix {
  tab: string;
  row: number;
  /** When it was sent: `dd/MM/yyyy HH:mm`, or the timestamp as typed when it cannot be read. */
  sentAt: string;
  /** This response's edit link (`Link sửa`) when it is a safe http(s) link, else null. */
  editLink: string | null;
  problems: LeaderProblem[];
}

/** One correction request: one email to one village, keyed in the ledger by (village, digest). */
export interface CorrectionItem {
  /** Village name as in `Thôn`. */
  village: string;
  /** The ledger's `Tuần`: the week holding the run's time. */
  week: Day;
  /** The village's `Thôn` addresses (valid, deduplicated); never an address typed into an answer. */
  recipients: string[];
  /** Short stable digest of the set of problem keys, order-free (the ledger's `Khóa`). */
  digest: string;
  /** The reports to fix, oldest first. */
  reports: ReportToFix[];
  /** Number of problems over all reports. */
  count: number;
  /** The village's prefilled form link (`Link báo cáo`) when it is a safe http(s) link, else null. */
  reportLink: string | null;
}

export interface DueCorrections {
  /** Requests to send now, villages in `Thôn` order. */
  due: CorrectionItem[];
  /** Villages with problems but no valid address in `Thôn`: listed for the officer, never logged. */
  unreachable: CorrectionItem[];
  /** Unaccepted errors on rows naming no village of `Thôn`: nobody to mail, only in `Kiểm tra`. */
  unknownVillageErrors: number;
}
