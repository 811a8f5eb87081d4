// What the sidebar `Bảng điều khiển` receives through google.script.run: plain texts and numbers only (docs/dashboard.md).
import type { Verdict, WeekReport } from '../rollup/rollup-types';

/** A deadline and the time left to it, as of the data's time. */
export interface DashboardDeadline {
  /** `14:30 Thứ 5, 06/04/2023`. */
  text: string;
  /** Milliseconds from the as-of time to the deadline; negative once it has passed (the page ticks it down). */
  msLeft: number;
  /** `còn 30 phút` or `đã quá hạn 2 giờ 5 phút`. */
  countdown: string;
}

/** One village: its week's report and its bar against the plan to date. */
export interface DashboardVillage {
  village: string;
  /** `Báo cáo tuần` of the rollup ('' outside the campaign for a village that sent nothing). */
  weekReport: WeekReport;
  /** What the page writes for it: `Đúng hạn`, `Trễ hạn`, `Chưa nộp`, or `Không phải nộp` outside the campaign. */
  reportText: string;
  /** Điểm: the share of the plan to date done, in [0, 1] (the bar's length). */
  score: number;
  /** `83,5%`. */
  scoreText: string;
  /** `Chậm 3/10 chỉ tiêu` or `Đúng kế hoạch (10 chỉ tiêu)`. */
  detail: string;
  /** `ok` (on plan), `warn` (Điểm from 80%), `bad` (below 80%: the village is reminded): the bar's colour. */
  level: 'ok' | 'warn' | 'bad';
  rank: number;
  verdict: Verdict;
}

export interface DashboardData {
  communeName: string;
  /** `Tuần đến 06/04/2023`. */
  weekLabel: string;
  /** `Số liệu đến 06/04/2023 14:00`. */
  asOfText: string;
  /** The reported week's deadline. */
  deadline: DashboardDeadline;
  /** The next week's deadline, only once the reported week's has passed (within 24 h after it). */
  nextDeadline: DashboardDeadline | null;
  /** `4/5 thôn đã nộp báo cáo tuần`. */
  reportedText: string;
  reported: number;
  villageCount: number;
  /** In `Thôn` order. */
  villages: DashboardVillage[];
  /** Sentences the rollup adds: a closed week, a week outside the campaign. */
  notes: string[];
}
