// Records of the weekly rollup (docs/rollup.md `Tổng hợp`): the lines, the village scores and the NQ 44 support block.
import type { WeekReason } from '../report-week';
import type { Period, Day, IndicatorKind, Instant } from '../types';

export type LineStatus = 'Hoàn thành' | 'Đúng tiến độ' | 'Chậm tiến độ';
/** '' only outside the campaign, for a village that sent nothing (nobody is `Chưa nộp` then). */
export type WeekReport = 'Đúng hạn' | 'Trễ hạn' | 'Chưa nộp' | '';
/** The last two only outside the campaign, for every village. */
export type Verdict = 'Biểu dương' | 'Nhắc nhở' | '' | 'Phong trào chưa bắt đầu' | 'Phong trào đã kết thúc';

/** Village name of the commune-wide lines. */
export { COMMUNE_ROW_NAME as COMMUNE } from '../contract';

/** One row of the `Tổng hợp` table: a village (or `Toàn xã`) and an indicator with a target. */
export interface RollupLine {
  village: string;
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  /** Chỉ tiêu (> 0). */
  target: number;
  /** Lũy kế. */
  cumulative: number;
  /** Tuần này. */
  thisWeek: number;
  /** Tỷ lệ = Lũy kế / Chỉ tiêu (a fraction). */
  ratio: number;
  /** Kế hoạch đến nay. */
  planned: number;
  /** Nợ tồn. */
  backlog: number;
  /** Cần/ngày; null (blank) for `Đạt/Chưa`. */
  perDay: number | null;
  status: LineStatus;
}

/** One row of the second table (`Thôn` | `Báo cáo tuần` | `Điểm` | `Xếp hạng` | `Đánh giá`). */
export interface VillageScore {
  village: string;
  weekReport: WeekReport;
  /** Điểm, a fraction in [0, 1]; exactly 1 only when every indicator is on plan. */
  score: number;
  /** Tie-break: mean of min(1, Tỷ lệ) over the village's indicators with a target. */
  tieScore: number;
  /** Xếp hạng, 1 = best; every village has a distinct rank. */
  rank: number;
  verdict: Verdict;
}

/** Support of one village (NQ 44): households of the support indicator × amount per household. */
export interface SupportLine {
  village: string;
  /** Eligible households: the village's target for the support indicator. */
  eligible: number;
  /** Households that built the system and count for support (Lũy kế of the support indicator). */
  households: number;
  /** households × amount per household, in đồng. */
  amount: number;
  /** Households that built a system (Lũy kế of NUOC_THAI), or null when the village has no NUOC_THAI target or NUOC_THAI is not tracked. */
  built: number | null;
  /** max(0, built − households): built systems not counted for support (null when `built` is null). */
  unclaimed: number | null;
}

/** The support block: `present` false when the workbook has no support indicator. */
export type SupportBlock =
  | {
      present: false;
      code: string;
      amountPerHousehold: number;
      /** The title of `Chỉ tiêu` in the workbook. */ targetsTab?: string;
    }
  | {
      present: true;
      code: string;
      name: string;
      unit: string;
      amountPerHousehold: number;
      /** True when NUOC_THAI is tracked too (then `built`/`unclaimed` are filled where a village has it). */
      compared: boolean;
      lines: SupportLine[];
      /** Commune totals (sums of the lines; `built`/`unclaimed` sum the villages that have them). */
      total: SupportLine;
    };

export interface Rollup {
  communeName: string;
  timeZone: string;
  /** The reported week W (its deadline day): see `reportWeek` (`src/core/report-week.ts`). */
  week: Day;
  /** Why W: the week holding `asOf`, the week closed less than 24 h before it, or the week asked for. */
  reason: WeekReason;
  /** The instant of week W's deadline. */
  weekDeadline: Instant;
  asOf: Instant;
  /** T's date (what plans and per-day needs count to): the day of `asOf` in the workbook's zone, or W's deadline day if earlier. */
  today: Day;
  /** False when week W is not one of the campaign's weeks (before its first week or after its last). */
  inCampaign: boolean;
  /** The campaign's first and last day (`Ngày bắt đầu`, `Ngày kết thúc`). */
  campaign: Period;
  /** Village × indicator with a target: villages in `Thôn` order, indicators in `Chỉ tiêu` order. */
  lines: RollupLine[];
  /** One `Toàn xã` line per indicator that has at least one village target, in `Chỉ tiêu` order. */
  communeLines: RollupLine[];
  /** In `Thôn` order. */
  scores: VillageScore[];
  support: SupportBlock;
}
