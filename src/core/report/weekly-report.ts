// The weekly report to the People's Committee (docs/report.md): heading, number, results, emulation, NQ 44 support, each village's results and plan, signer.
import type { Rollup } from '../rollup/rollup-types';
import { campaignNote, campaignPhase, phaseSentence } from '../rollup/campaign-note';
import { weekNote } from '../rollup/week-note';
import type { CountedRow, Model } from '../types';
import { previousWeek } from '../weeks';
import { addDays, formatDay, formatInstant } from '../zone';
import { emulationSection } from './emulation-section';
import { villageSection } from './village-section';
import { documentFrame } from './report-frame';
import type { ReportDoc } from './report-types';
import { resultItems } from './results-section';
import { supportSection } from './support-section';

function asOfLine(r: Rollup): string {
  const deadline = formatInstant(r.weekDeadline, r.timeZone);
  const open = r.asOf < r.weekDeadline ? ' (chưa đến hạn: thôn chưa nộp vẫn còn thời gian)' : '';
  const notes = [weekNote(r), campaignNote(r)]
    .filter((n) => n !== '')
    .map((n) => ` ${n}`)
    .join('');
  return `Số liệu tính đến ${formatInstant(r.asOf, r.timeZone)}; hạn nộp báo cáo của các thôn: ${deadline}${open}.${notes}`;
}

/** '' inside the campaign; else the sentence the emulation section shows instead of praise and reminders. */
function outsideText(r: Rollup): string {
  const phase = campaignPhase(r.week, r.inCampaign, r.campaign);
  return phase === 'in' ? '' : phaseSentence(phase, r.campaign);
}

/**
 * The report of the rolled-up week: `rollup` as computed for it, and the counted rows of the
 * validation it came from (only week W's rows with timestamp ≤ T give next week's plans).
 */
export function weeklyReport(model: Model, rollup: Rollup, rows: readonly CountedRow[]): ReportDoc {
  const emulation = emulationSection(rollup.scores);
  return {
    ...documentFrame(model, rollup.communeName, rollup.asOf, {
      title: 'BÁO CÁO TUẦN',
      subject: `Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày ${formatDay(addDays(previousWeek(rollup.week), 1))} đến ngày ${formatDay(rollup.week)} và kế hoạch tuần tới`,
      asOf: asOfLine(rollup),
    }),
    week: rollup.week,
    results: resultItems(rollup.communeLines),
    ...emulation,
    outside: outsideText(rollup),
    support: supportSection(rollup.support),
    plans: villageSection(model, rollup, rows),
  };
}
