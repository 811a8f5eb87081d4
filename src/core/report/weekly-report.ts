// The weekly report to the People's Committee (docs/report.md): heading, number, results, emulation, NQ 44 support, each village's results and plan, signer.
import { communeLabel } from '../reminders/message-parts';
import type { Rollup } from '../rollup/rollup-types';
import { campaignNote, campaignPhase, phaseSentence } from '../rollup/campaign-note';
import { weekNote } from '../rollup/week-note';
import type { CountedRow, Model } from '../types';
import { previousWeek } from '../weeks';
import { addDays, dayOfInstant, formatDay, formatInstant, ymdOfDay } from '../zone';
import { emulationSection } from './emulation-section';
import { villageSection } from './village-section';
import { longDate } from './report-format';
import type { ReportDoc } from './report-types';
import { resultItems } from './results-section';
import { supportSection } from './support-section';

/** `Sơn Bằng, ngày 30 tháng 03 năm 2023`: the commune name without a leading `Xã`, then the as-of date. */
function placeDate(communeName: string, r: Rollup): string {
  const place = communeLabel(communeName).replace(/^xã\s*/i, '');
  const date = longDate(ymdOfDay(dayOfInstant(r.asOf, r.timeZone)));
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

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
  const commune = communeLabel(model.settings.communeName || rollup.communeName);
  const emulation = emulationSection(rollup.scores);
  return {
    week: rollup.week,
    issuer: `BCĐ xây dựng NTM ${commune}`,
    placeDate: placeDate(model.settings.communeName || rollup.communeName, rollup),
    number: `Số: ${model.settings.reportNumber ?? '\u00a0'.repeat(6)}/BC-BCĐ`,
    title: 'BÁO CÁO TUẦN',
    subject: `Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày ${formatDay(addDays(previousWeek(rollup.week), 1))} đến ngày ${formatDay(rollup.week)} và kế hoạch tuần tới`,
    recipient: `Kính gửi: Ủy ban nhân dân ${commune}`,
    asOf: asOfLine(rollup),
    results: resultItems(rollup.communeLines),
    ...emulation,
    outside: outsideText(rollup),
    support: supportSection(rollup.support),
    plans: villageSection(model, rollup, rows),
    recipients: ['Như trên', 'Thành viên BCĐ xã', 'Các thôn', 'Lưu: VT, NTM'],
    signerTitle: (model.settings.signerTitle ?? 'Trưởng ban').toLocaleUpperCase('vi'),
    signerName: model.settings.signerName ?? '',
  };
}
