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
    const after = rollup(m(), none, at(5, 1, 9, 0, 0, 2024)); // Fri 05/01/2024: week to Thu 11/01/2024
    expect(after.week).toBe(d(11, 1, 2024));
    expect(after.inCampaign).toBe(false);
    expect(campaignNote(after)).toBe(
      'Lưu ý: phong trào đã kết thúc (thời gian phong trào 15/03/2023–31/12/2023); tuần này nằm ngoài thời gian phong trào, kết quả chỉ để tham khảo.',
    );
  });

  it('says when the week is before the campaign', () => {
    const before = rollup(m(), none, at(1, 3, 9, 0)); // Wed 01/03/2023: week to Thu 02/03
    expect(before.inCampaign).toBe(false);
    expect(campaignNote(before)).toMatch(/^Lưu ý: phong trào chưa bắt đầu \(thời gian phong trào 15\/03\/2023–31\/12\/2023\)/);
  });
});

