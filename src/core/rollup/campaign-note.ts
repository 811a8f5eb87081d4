// The warning shown when the reported week lies outside the campaign (its figures and verdicts then mean little).
import { formatDay } from '../zone';
import type { Rollup } from './rollup-types';

/** '' inside the campaign; else one Vietnamese sentence saying the week is before or after it. */
export function campaignNote(r: Pick<Rollup, 'inCampaign' | 'campaign' | 'week'>): string {
  if (r.inCampaign) return '';
  const span = `${formatDay(r.campaign.start)}–${formatDay(r.campaign.end)}`;
  return r.week < r.campaign.start
    ? `Lưu ý: phong trào chưa bắt đầu (thời gian phong trào ${span}); tuần này chưa cần báo cáo.`
    : `Lưu ý: phong trào đã kết thúc (thời gian phong trào ${span}); tuần này nằm ngoài thời gian phong trào, kết quả chỉ để tham khảo.`;
}
