// The monthly report (docs/report.md "Monthly report"): the month's results per indicator and village against plan, praise and criticism, in the weekly report's frame.
import { phaseSentence } from '../rollup/campaign-note';
import { rollup } from '../rollup/rollup';
import type { Rollup, RollupLine } from '../rollup/rollup-types';
import type { Instant, Model, ValidationResult } from '../types';
import { campaignWeeks, deadlineInstant, weekOfInstant } from '../weeks';
import { addMs, asInstant, dayOfInstant, formatDay, formatInstant } from '../zone';
import { monthDays, monthSpan, monthText, type Month } from './month';
import { monthEmulation, type WeekRecord } from './month-emulation';
import { documentFrame } from './report-frame';
import type { MonthlyDoc } from './report-types';
import { resultItems } from './results-section';
import { supportSection } from './support-section';
import { villageLines } from './village-section';

const key = (l: RollupLine) => `${l.village}\u0000${l.code}`;

/** What the month added to a line: the increase of Lũy kế over the month (never negative); a yes/no criterion reached in it = 1. */
function monthAmount(end: RollupLine, start: RollupLine | undefined): number {
  const before = start?.cumulative ?? 0;
  if (end.kind === 'Đạt/Chưa') return end.cumulative >= 1 && before < 1 ? 1 : 0;
  return Math.max(0, end.cumulative - before);
}

/** The rollup of everything sent by `t` (the week holding `t`, measured on `t`'s day). */
function rollupAt(model: Model, validation: ValidationResult, t: Instant): Rollup {
  const { deadline, timeZone } = model.settings;
  return rollup(model, validation, t, weekOfInstant(t, deadline, timeZone));
}

/**
 * The report of `month` as of `asOf` (at or after the month's first instant; a month not over yet is reported to
 * date): Lũy kế at the month's end (or `asOf`), the month's amount = Lũy kế then minus Lũy kế at the end of the month
 * before (each counting the rows sent by then), the plan to that day, and each village's weekly reports whose
 * deadline fell in the month by then.
 */
export function monthlyReport(
  model: Model,
  validation: ValidationResult,
  month: Month,
  asOf: Instant,
): MonthlyDoc {
  const { settings } = model;
  const tz = settings.timeZone;
  const span = monthSpan(month, tz);
  const t = asInstant(Math.min(asOf, span.end));
  const end = rollupAt(model, validation, t);
  const start = rollupAt(model, validation, addMs(span.start, -1));
  const startBy = new Map(start.lines.map((l) => [key(l), l] as const));
  const lines = end.lines.map((l) => ({ ...l, thisWeek: monthAmount(l, startBy.get(key(l))) }));
  const communeLines = end.communeLines.map((c) => ({
    ...c,
    thisWeek: lines.filter((l) => l.code === c.code).reduce((n, l) => n + l.thisWeek, 0),
  }));
  const { first, last } = monthDays(month);
  const outside = last < settings.campaignStart || first > settings.campaignEnd;
  const weeks = campaignWeeks(settings).filter(
    (w) => w >= first && w <= last && deadlineInstant(w, settings.deadline, tz) <= t,
  );
  const records = new Map<string, WeekRecord>(
    model.villages.map((v) => [v.name, { onTime: [], late: [], missing: [] }]),
  );
  for (const w of weeks)
    for (const s of rollup(model, validation, t, w).scores) {
      const r = records.get(s.village);
      if (!r) continue;
      if (s.weekReport === 'Đúng hạn') r.onTime.push(w);
      else if (s.weekReport === 'Trễ hạn') r.late.push(w);
      else if (s.weekReport === 'Chưa nộp') r.missing.push(w);
    }
  const planDay = dayOfInstant(t, tz);
  // Tasks for next month only while the campaign goes on past this month.
  const goesOn = last < settings.campaignEnd;
  const tasks = villageLines(model, end);
  const phase = outside ? (last < settings.campaignStart ? 'before' : 'after') : 'in';
  const open = t < span.end ? ' (tháng chưa kết thúc)' : '';
  const deadlines = weeks.length
    ? `; ${weeks.length} kỳ báo cáo tuần đã đến hạn trong tháng (${weeks.map(formatDay).join(', ')})`
    : '; chưa có kỳ báo cáo tuần nào đến hạn trong tháng';
  return {
    ...documentFrame(model, end.communeName, t, {
      title: 'BÁO CÁO THÁNG',
      subject: `Kết quả thực hiện phong trào xây dựng nông thôn mới tháng ${monthText(month)} (từ ngày ${formatDay(first)} đến ngày ${formatDay(last)})${goesOn ? ' và nhiệm vụ tháng tới' : ''}`,
      asOf: `Số liệu tính đến ${formatInstant(t, tz)}${open}${deadlines}.`,
    }),
    month: monthText(month),
    titles: { period: 'Trong tháng', planned: `Kế hoạch đến ${formatDay(planDay)}` },
    results: resultItems(communeLines),
    ...monthEmulation(end.scores, lines, records, weeks.length, planDay, outside),
    outside:
      phase === 'in'
        ? ''
        : phaseSentence(phase, { start: settings.campaignStart, end: settings.campaignEnd }),
    support: supportSection(end.support),
    villages: model.villages.map((v) => ({
      village: v.name,
      results: resultItems(lines.filter((l) => l.village === v.name)),
      tasks: goesOn ? (tasks.get(v.name) ?? []) : [],
    })),
  };
}
