// The sidebar's data, built from a rollup only (pure): the deadline and time left, who has reported, a bar per village against plan.
import { percentText } from '../report/report-format';
import { campaignNote, weekNote } from '../rollup';
import type { Rollup, VillageScore } from '../rollup/rollup-types';
import { formatCountdown, formatDeadline } from '../reminders/countdown';
import type { Instant } from '../types';
import { weekLabel } from '../weeks';
import { addDays, dayOfInstant, formatInstant, instantOf, minuteOfDayOfInstant } from '../zone';
import type { DashboardData, DashboardDeadline, DashboardVillage } from './dashboard-types';

/** Below this Điểm a village is reminded (`Nhắc nhở`, docs/rollup.md): its bar is red. */
const REMINDED_BELOW = 0.8;

function deadlineOf(deadline: Instant, asOf: Instant, timeZone: string): DashboardDeadline {
  return {
    text: formatDeadline(deadline, timeZone),
    msLeft: deadline - asOf,
    countdown: formatCountdown(deadline, asOf),
  };
}

/** The same weekday and time one week later, read in the zone (so a change of offset keeps 14:30). */
function weekLater(deadline: Instant, timeZone: string): Instant {
  const day = dayOfInstant(deadline, timeZone);
  return instantOf(addDays(day, 7), minuteOfDayOfInstant(deadline, timeZone), timeZone);
}

function village(r: Rollup, s: VillageScore): DashboardVillage {
  const lines = r.lines.filter((l) => l.village === s.village);
  const behind = lines.filter((l) => l.status === 'Chậm tiến độ').length;
  const detail =
    lines.length === 0
      ? 'Không có chỉ tiêu'
      : behind > 0
        ? `Chậm ${behind}/${lines.length} chỉ tiêu`
        : `Đúng kế hoạch (${lines.length} chỉ tiêu)`;
  return {
    village: s.village,
    weekReport: s.weekReport,
    reportText: s.weekReport === '' ? 'Không phải nộp' : s.weekReport,
    score: Math.max(0, Math.min(1, s.score)),
    scoreText: percentText(s.score),
    detail,
    level: s.score >= 1 ? 'ok' : s.score >= REMINDED_BELOW ? 'warn' : 'bad',
    rank: s.rank,
    verdict: s.verdict,
  };
}

/** Everything the sidebar shows, from the rollup of the week `reportWeek` picks as of `r.asOf`. */
export function dashboardData(r: Rollup): DashboardData {
  const reported = r.scores.filter((s) => s.weekReport === 'Đúng hạn' || s.weekReport === 'Trễ hạn').length;
  const passed = r.asOf > r.weekDeadline;
  return {
    communeName: r.communeName,
    weekLabel: weekLabel(r.week),
    asOfText: `Số liệu đến ${formatInstant(r.asOf, r.timeZone)}`,
    deadline: deadlineOf(r.weekDeadline, r.asOf, r.timeZone),
    nextDeadline: passed ? deadlineOf(weekLater(r.weekDeadline, r.timeZone), r.asOf, r.timeZone) : null,
    reportedText: `${reported}/${r.scores.length} thôn đã nộp báo cáo tuần`,
    reported,
    villageCount: r.scores.length,
    villages: r.scores.map((s) => village(r, s)),
    notes: [weekNote(r), campaignNote(r)].filter((n) => n !== ''),
  };
}
