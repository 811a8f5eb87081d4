// Đánh giá (docs/rollup.md): Biểu dương for Điểm ≥ 1 with an on-time report; Nhắc nhở for Điểm < 0,8 or Chưa nộp; else blank.
import type { Verdict, WeekReport } from './rollup-types';

/** Below this Điểm a village is reminded. */
export const REMIND_BELOW = 0.8;

export function verdict(score: number, report: WeekReport): Verdict {
  if (score >= 1 && report === 'Đúng hạn') return 'Biểu dương';
  if (score < REMIND_BELOW || report === 'Chưa nộp') return 'Nhắc nhở';
  return '';
}
