// Section II of the weekly report (thi đua): the ranking, villages praised and reminded, villages not submitted and late.
import type { VillageScore } from '../rollup/rollup-types';
import { REMIND_BELOW } from '../rollup/verdict';
import { percentText } from './report-format';
import type { Mention, RankItem } from './report-types';

export interface EmulationSection {
  ranking: RankItem[];
  praised: Mention[];
  reminded: Mention[];
  notSubmitted: string[];
  late: string[];
}

function remindReason(s: VillageScore): string {
  const low = s.score < REMIND_BELOW;
  const score = `điểm ${percentText(s.score)}, dưới ${percentText(REMIND_BELOW)} kế hoạch đến nay`;
  if (s.weekReport === 'Chưa nộp') return low ? `chưa nộp báo cáo tuần; ${score}` : 'chưa nộp báo cáo tuần';
  return score;
}

function praiseReason(s: VillageScore): string {
  return `đạt hoặc vượt kế hoạch đến nay ở mọi chỉ tiêu (điểm ${percentText(s.score)}), nộp báo cáo đúng hạn`;
}

/** From the scores (in `Thôn` order): the ranking best first, the mentions in rank order, the lists in `Thôn` order. */
export function emulationSection(scores: readonly VillageScore[]): EmulationSection {
  const byRank = [...scores].sort((a, b) => a.rank - b.rank);
  return {
    ranking: byRank.map((s) => ({
      rank: s.rank,
      village: s.village,
      weekReport: s.weekReport,
      score: percentText(s.score),
      verdict: s.verdict,
    })),
    praised: byRank
      .filter((s) => s.verdict === 'Biểu dương')
      .map((s) => ({ village: s.village, reason: praiseReason(s) })),
    reminded: byRank
      .filter((s) => s.verdict === 'Nhắc nhở')
      .map((s) => ({ village: s.village, reason: remindReason(s) })),
    notSubmitted: scores.filter((s) => s.weekReport === 'Chưa nộp').map((s) => s.village),
    late: scores.filter((s) => s.weekReport === 'Trễ hạn').map((s) => s.village),
  };
}
