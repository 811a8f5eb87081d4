// A week outside the campaign is flagged, so an after-campaign rollup is not read as five villages failing.
import { campaignNote } from '../../../src/core/rollup/campaign-note';
import { rollup } from '../../../src/core/rollup/rollup';
import { at, d, indicator, model } from './fixtures';

const m = () => model(['A'], [indicator('HANG_RAO', 'Cộng dồn', { A: 100 }, { unit: 'm' })]);
const none = { problems: [], rows: [] };

describe('rollup weeks and the campaign', () => {
  it('is in the campaign from its first week to its last', () => {
    const first = rollup(m(), none, at(15, 3, 9, 0)); // Wed 15/03/2023: week to Thu 16/03
    expect(first.week).toBe(d(16, 3));
    expect(first.inCampaign).toBe(true);
    expect(campaignNote(first)).toBe('');
    const last = rollup(m(), none, at(31, 12, 23, 0)); // Sun 31/12/2023: week to Thu 04/01/2024, which holds the last day
    expect(last.inCampaign).toBe(true);
  });

  it('says when the week is after the campaign', () => {
    const after = rollup(m(), none, at(6, 1, 9, 0, 0, 2024)); // Sat 06/01/2024: week to Thu 11/01/2024
    expect(after.week).toBe(d(11, 1, 2024));
    expect(after.inCampaign).toBe(false);
    expect(campaignNote(after)).toBe(
      'Lưu ý: Phong trào đã kết thúc (thời gian phong trào 15/03/2023–31/12/2023): không còn thôn nào phải nộp báo cáo, không có nhắc nhở. Tuần này nằm ngoài thời gian phong trào; số liệu chỉ để tham khảo.',
    );
    // Nobody is Chưa nộp or Nhắc nhở: Đánh giá says the campaign has ended.
    expect(after.scores.map((s) => [s.weekReport, s.verdict])).toEqual([['', 'Phong trào đã kết thúc']]);
  });

  it('says when the week is before the campaign', () => {
    const before = rollup(m(), none, at(1, 3, 9, 0)); // Wed 01/03/2023: week to Thu 02/03
    expect(before.inCampaign).toBe(false);
    expect(campaignNote(before)).toMatch(
      /^Lưu ý: Phong trào chưa bắt đầu \(thời gian phong trào 15\/03\/2023–31\/12\/2023\)/,
    );
    expect(before.scores.map((s) => [s.weekReport, s.verdict])).toEqual([['', 'Phong trào chưa bắt đầu']]);
  });
});
