// A week outside the campaign (docs/rollup.md): nobody is `Chưa nộp` or `Nhắc nhở`; the rollup says the campaign has not started or has ended.
import type { Day, Period } from '../types';
import { formatDay } from '../zone';
import type { Rollup, Verdict, WeekReport } from './rollup-types';

export type CampaignPhase = 'before' | 'in' | 'after';

/** `Đánh giá` of every village in a week before the campaign's first week or after its last. */
export const OUTSIDE_VERDICT = {
  before: 'Phong trào chưa bắt đầu',
  after: 'Phong trào đã kết thúc',
} as const;

/** Where week `week` lies: in the campaign, before its first week, or after its last. */
export function campaignPhase(week: Day, inCampaign: boolean, campaign: Period): CampaignPhase {
  return inCampaign ? 'in' : week < campaign.start ? 'before' : 'after';
}

/** A village's `Báo cáo tuần` and `Đánh giá` outside the campaign: a report it sent still shows; no `Chưa nộp`, no verdict but the phase. */
export function outsideCampaign(
  phase: 'before' | 'after',
  report: WeekReport,
): { weekReport: WeekReport; verdict: Verdict } {
  return { weekReport: report === 'Chưa nộp' ? '' : report, verdict: OUTSIDE_VERDICT[phase] };
}

/** One sentence saying the campaign has not started or has ended (its span named), for the reminders and the report. */
export function phaseSentence(phase: 'before' | 'after', campaign: Period): string {
  const span = `${formatDay(campaign.start)}–${formatDay(campaign.end)}`;
  return phase === 'before'
    ? `Phong trào chưa bắt đầu (thời gian phong trào ${span}): chưa thôn nào phải nộp báo cáo, không có nhắc nhở.`
    : `Phong trào đã kết thúc (thời gian phong trào ${span}): không còn thôn nào phải nộp báo cáo, không có nhắc nhở.`;
}

/** '' inside the campaign; else one Vietnamese sentence saying the week is before or after it. */
export function campaignNote(r: Pick<Rollup, 'inCampaign' | 'campaign' | 'week'>): string {
  const phase = campaignPhase(r.week, r.inCampaign, r.campaign);
  if (phase === 'in') return '';
  return `Lưu ý: ${phaseSentence(phase, r.campaign)} Tuần này nằm ngoài thời gian phong trào; số liệu chỉ để tham khảo.`;
}
