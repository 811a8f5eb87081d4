// Section II of the monthly report: the ranking at the month's end, villages praised (on plan, every weekly report on time) and criticised (behind, late or missing).
import type { RollupLine, VillageScore } from '../rollup/rollup-types';
import { REMIND_BELOW } from '../rollup/verdict';
import type { Day } from '../types';
import { formatDay } from '../zone';
import { percentText } from './report-format';
import type { Mention, RankItem } from './report-types';

/** A village's weekly reports of the month's closed weeks (their deadline days), by `Báo cáo tuần`. */
export interface WeekRecord {
  onTime: Day[];
  late: Day[];
  missing: Day[];
}

export interface MonthEmulation {
  ranking: RankItem[];
  praised: Mention[];
  criticised: Mention[];
}

const days = (list: readonly Day[]) => list.map(formatDay).join(', ');

/** `3/4 đúng hạn, 1 trễ hạn`; `chưa đến hạn nộp` when no week of the month has closed. */
function recordText(r: WeekRecord, weeks: number): string {
  if (weeks === 0) return 'chưa đến hạn nộp';
  const parts = [`${r.onTime.length}/${weeks} đúng hạn`];
  if (r.late.length) parts.push(`${r.late.length} trễ hạn`);
  if (r.missing.length) parts.push(`${r.missing.length} chưa nộp`);
  return parts.join(', ');
}

function criticism(s: VillageScore, behind: readonly string[], r: WeekRecord, weeks: number): string {
  const parts: string[] = [];
  if (s.score < REMIND_BELOW)
    parts.push(
      `chậm tiến độ${behind.length ? ` ở ${behind.join(', ')}` : ''} (điểm ${percentText(s.score)}, dưới ${percentText(REMIND_BELOW)} kế hoạch)`,
    );
  if (r.missing.length)
    parts.push(`không nộp báo cáo ${r.missing.length}/${weeks} tuần (hạn ${days(r.missing)})`);
  if (r.late.length) parts.push(`nộp trễ hạn ${r.late.length}/${weeks} tuần (hạn ${days(r.late)})`);
  return parts.join('; ');
}

/**
 * From the scores at the month's end (in `Thôn` order), the village lines (for the indicators behind) and each
 * village's weekly record over `weeks` closed weeks. `outside`: the month has no campaign day, nobody is named.
 */
export function monthEmulation(
  scores: readonly VillageScore[],
  lines: readonly RollupLine[],
  records: ReadonlyMap<string, WeekRecord>,
  weeks: number,
  planDay: Day,
  outside: boolean,
): MonthEmulation {
  const none: WeekRecord = { onTime: [], late: [], missing: [] };
  const rated = [...scores]
    .sort((a, b) => a.rank - b.rank)
    .map((s) => {
      const r = records.get(s.village) ?? none;
      const behind = lines
        .filter((l) => l.village === s.village && l.status === 'Chậm tiến độ')
        .map((l) => l.name);
      const praised = !outside && s.score >= 1 && r.late.length === 0 && r.missing.length === 0;
      const criticised = !outside && (s.score < REMIND_BELOW || r.late.length > 0 || r.missing.length > 0);
      return { s, r, behind, praised, criticised };
    });
  return {
    ranking: rated.map(({ s, r, praised, criticised }) => ({
      rank: s.rank,
      village: s.village,
      weekReport: recordText(r, weeks),
      score: percentText(s.score),
      verdict: praised ? 'Biểu dương' : criticised ? 'Phê bình' : '',
    })),
    praised: rated
      .filter((v) => v.praised)
      .map(({ s }) => ({
        village: s.village,
        reason:
          `đạt hoặc vượt kế hoạch đến ${formatDay(planDay)} ở mọi chỉ tiêu (điểm ${percentText(s.score)})` +
          (weeks > 0 ? `; nộp đủ ${weeks}/${weeks} báo cáo tuần đúng hạn` : ''),
      })),
    criticised: rated
      .filter((v) => v.criticised)
      .map(({ s, r, behind }) => ({ village: s.village, reason: criticism(s, behind, r, weeks) })),
  };
}
