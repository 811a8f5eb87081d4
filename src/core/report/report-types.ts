// The weekly report to the People's Committee as data: every figure already written the vi-VN way, ready for HTML or plain text.
import type { LineStatus, Verdict, WeekReport } from '../rollup/rollup-types';
import type { Day, IndicatorKind } from '../types';

/** Section I: one indicator of the whole commune (its `Toàn xã` line). Blank text = nothing to show. */
export interface ResultItem {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  /** Chỉ tiêu. */
  target: string;
  /** Lũy kế. */
  done: string;
  /** Tuần này. */
  thisWeek: string;
  /** Tỷ lệ, e.g. `44,1%`. */
  ratio: string;
  /** Kế hoạch đến nay. */
  planned: string;
  /** Nợ tồn. */
  backlog: string;
  status: LineStatus;
}

/** Section II: one row of the ranking, best first. */
export interface RankItem {
  rank: number;
  village: string;
  /** The week's `Báo cáo tuần`; in the monthly report, the month's weekly reports counted (`3/4 đúng hạn, 1 trễ hạn`). */
  weekReport: WeekReport | string;
  /** Điểm as a percentage, e.g. `87,5%`. */
  score: string;
  /** The week's `Đánh giá`; in the monthly report `Biểu dương`, `Phê bình` or ''. */
  verdict: Verdict | 'Phê bình';
}

/** A village praised or reminded, and why. */
export interface Mention {
  village: string;
  reason: string;
}

/** Section III (NQ 44): one village, or the commune total. */
export interface SupportRow {
  village: string;
  eligible: string;
  households: string;
  /** In đồng. */
  amount: string;
}

export interface SupportSection {
  code: string;
  name: string;
  /** Amount per household, in đồng. */
  perHousehold: string;
  rows: SupportRow[];
  total: SupportRow;
  /** One or two sentences: households, amount, built systems not yet counted for support. */
  summary: string[];
}

/** Section IV: one indicator a village was given, as communes write it. */
export interface VillageLine {
  name: string;
  unit: string;
  /** Chỉ tiêu giao, e.g. `3.200` or `Đạt`. */
  target: string;
  /** Kết quả: `1.250 (39,1%)`, or `Đạt` / `Chưa đạt`. */
  result: string;
  /** Kế hoạch tuần tới: a pace a person can act on (`56 m/ngày`, `3 hộ mỗi tuần`), or `Đã hoàn thành`. */
  nextWeek: string;
  /** Behind plan (`Chậm tiến độ`). */
  behind: boolean;
  /** Nothing left to do: the target reached (`Đã hoàn thành`, `Đã đạt`). */
  finished: boolean;
}

/** Section IV: one village's results and next-week plan. */
export interface VillagePlan {
  village: string;
  /** `Kế hoạch tuần tới` texts of the week's valid rows, latest first, each once. */
  plans: string[];
  /** One line per indicator the village was given, in `Chỉ tiêu` order. */
  lines: VillageLine[];
}

/** What every report carries around its body (NĐ 30/2020), every text ready to print. */
export interface DocFrame {
  /** `BCĐ xây dựng NTM xã Sơn Bằng`. */
  issuer: string;
  /** `Sơn Bằng, ngày 30 tháng 03 năm 2023` (the as-of day). */
  placeDate: string;
  /** `Số: 15/BC-BCĐ`, or `Số:      /BC-BCĐ` to fill in by hand. */
  number: string;
  /** `BÁO CÁO TUẦN`, `BÁO CÁO THÁNG`. */
  title: string;
  /** `Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày 24/03/2023 đến ngày 30/03/2023 và kế hoạch tuần tới`. */
  subject: string;
  /** `Kính gửi: Ủy ban nhân dân xã Sơn Bằng`. */
  recipient: string;
  /** `Số liệu tính đến 30/03/2023 12:00; …`. */
  asOf: string;
  /** Closing lines: where the report goes. */
  recipients: string[];
  /** The signer's title, in capitals (`TRƯỞNG BAN`). */
  signerTitle: string;
  /** The signer's name; '' leaves room to write it by hand. */
  signerName: string;
}

export interface ReportDoc extends DocFrame {
  week: Day;
  results: ResultItem[];
  ranking: RankItem[];
  praised: Mention[];
  reminded: Mention[];
  /** '' inside the campaign; outside it, the sentence saying it has not started or has ended (shown instead of the mentions). */
  outside: string;
  /** Villages with no valid row in the week (`Chưa nộp`), in `Thôn` order. */
  notSubmitted: string[];
  /** Villages whose only rows of the week came after the deadline (`Trễ hạn`), in `Thôn` order. */
  late: string[];
  /** Null when the workbook does not track the support indicator. */
  support: SupportSection | null;
  plans: VillagePlan[];
}

/** The monthly report's section III: one village's results over the month. */
export interface MonthVillage {
  village: string;
  /** One per indicator the village was given, `thisWeek` holding the month's amount. */
  results: ResultItem[];
  /**
   * Nhiệm vụ tháng tới: one per indicator the village was given, `nextWeek` holding the pace still needed
   * from the month's end (the weekly report's words); empty once the campaign is over.
   */
  tasks: VillageLine[];
}

export interface MonthlyDoc extends DocFrame {
  /** `11/2026`. */
  month: string;
  /** Column titles of the results: `Trong tháng`, `Kế hoạch đến dd/MM/yyyy`. */
  titles: { period: string; planned: string };
  /** Section I: the commune's lines, `thisWeek` holding the month's amount. */
  results: ResultItem[];
  ranking: RankItem[];
  praised: Mention[];
  /** Villages behind plan, or that sent a weekly report late or not at all in the month. */
  criticised: Mention[];
  /** '' when the month has campaign weeks; else the sentence saying the campaign has not started or has ended. */
  outside: string;
  /** NQ 44 support as it stands at the month's end; null when the workbook does not track the support indicator. */
  support: SupportSection | null;
  villages: MonthVillage[];
}
