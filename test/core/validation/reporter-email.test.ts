import { validate } from '../../../src/core/validation';
import { END_OF_CAMPAIGN, model } from './fixtures';
import { brief, run } from './run';

const row = (email: string | undefined, village = 'Thịnh Bằng') => ({
  row: 2,
  ts: '16/03/2023 08:00',
  village,
  email,
  cells: { HANG_RAO: '10' },
});

describe("reporter email not one of the village's (⚠, counted)", () => {
  it.each<[string, string | undefined, string, boolean]>([
    ["the village's address", 'thinhbang@x.vn', 'Thịnh Bằng', false],
    ['its second address', 'tb2@x.vn', 'Thịnh Bằng', false],
    ['another case and spaces', '  ThinhBang@X.vn ', 'Thịnh Bằng', false],
    ["another village's address", 'trungbang@x.vn', 'Thịnh Bằng', true],
    ['an unknown address', 'ai.do@gmail.com', 'Thịnh Bằng', true],
    ['an address when the village has none listed', 'a@x.vn', 'Tân Bằng', true],
    ['a blank email (nothing to compare)', '', 'Thịnh Bằng', false],
    ['a tab without an email column', undefined, 'Thịnh Bằng', false],
  ])('%s → warning: %p', (_what, email, village, warn) => {
    const r = run([row(email, village)]);
    const found = r.problems.filter((p) => p.column === 'Địa chỉ email');
    expect(found.length).toBe(warn ? 1 : 0);
    if (warn) {
      expect(found[0]).toMatchObject({ level: 'Cảnh báo', col: 4, value: email });
      expect(found[0].message).toContain('tab Thôn');
    }
    expect(r.rows).toHaveLength(1);
  });

  it('the row is counted', () => {
    const r = run([row('ai.do@gmail.com')]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Địa chỉ email Cảnh báo']);
    expect(r.rows[0].amounts).toEqual({ HANG_RAO: 10 });
  });

  it("uses the tab's own column title (an English form)", () => {
    const m = model([row('ai.do@gmail.com')]);
    m.reports[0].columnTitles = { email: 'Email Address', timestamp: 'Timestamp' };
    const r = validate(m, END_OF_CAMPAIGN, new Set());
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Email Address Cảnh báo']);
  });
});

describe('messages name the villages tab as the workbook titles it', () => {
  it('"cột Email ở tab Thon" when the tab is titled Thon', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', email: 'la@x.vn', cells: {} }], {
      model: { tabTitles: { Thôn: 'Thon' } },
    });
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining('vào cột Email ở tab Thon.')]);
  });
});
