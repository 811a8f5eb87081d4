import { acceptanceKey, findVillage } from '../../../src/core/validation';
import { VILLAGES } from './fixtures';
import { amounts, brief, run } from './run';

describe('unknown village (whole row left out)', () => {
  it.each([
    ['Thịnh Bằng', 'Thịnh Bằng'],
    ['thinh bang', 'Thịnh Bằng'],
    ['  THỊNH   BẰNG ', 'Thịnh Bằng'],
    ['Thôn Thịnh Bằng', 'Thịnh Bằng'],
    ['thon trung bang', 'Trung Bằng'],
    ['Tân Bằng', 'Tân Bằng'],
  ])('"%s" matches %s', (written, canonical) => {
    expect(findVillage(VILLAGES, written)?.name).toBe(canonical);
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: written, cells: { HANG_RAO: '10' } }]);
    expect(r.problems.filter((p) => p.wholeRow)).toEqual([]);
    expect(r.rows.map((x) => x.village)).toEqual([canonical]);
  });

  it.each([['Thinh Bang 2'], ['Thịnh'], ['Bằng'], ['Xóm Mới'], ['']])('"%s" is not a village', (written) => {
    expect(findVillage(VILLAGES, written)).toBeNull();
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: written, cells: { HANG_RAO: '10' } }]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Thôn Lỗi']);
    expect(r.problems[0]).toMatchObject({
      wholeRow: true,
      col: 2,
      value: written,
      accepted: false,
      acceptable: false,
    });
    expect(r.problems[0].message).toContain('tab Thôn');
    expect(r.rows).toEqual([]);
  });

  it('a row left out whole gets only the checks of its cells’ values (no email, photo or target check)', () => {
    const r = run([
      {
        row: 2,
        ts: '16/03/2023 08:00',
        village: 'Không rõ',
        email: 'la@x.vn',
        photo: '',
        cells: { HANG_RAO: '5000', VUON_CT: '-1' },
      },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Thôn Lỗi', 'Báo cáo!2 [VUON_CT] vuon_ct Lỗi']);
  });

  it('cannot be accepted', () => {
    const key = acceptanceKey('Báo cáo', '16/03/2023 08:00:00', 'Không rõ', 'Thôn', 'Không rõ');
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Không rõ', cells: { HANG_RAO: '10' } }], {
      accepted: [key],
    });
    expect(r.problems[0].key).toBe(key);
    expect(r.problems[0].accepted).toBe(false);
    expect(r.rows).toEqual([]);
  });

  it('takes the village from the tab name when the tab has no Thôn column', () => {
    const r = run([
      {
        tab: 'thôn Trung Bằng',
        row: 2,
        ts: '16/03/2023 08:00',
        villageFromTab: true,
        cells: { HANG_RAO: '10' },
      },
      {
        tab: 'Báo cáo chung',
        row: 2,
        ts: '16/03/2023 09:00',
        villageFromTab: true,
        cells: { HANG_RAO: '10' },
      },
    ]);
    expect(amounts(r)).toEqual({ 'thôn Trung Bằng!2': { HANG_RAO: 10 } });
    expect(brief(r.problems)).toEqual(['Báo cáo chung!2  Lỗi']);
    expect(r.problems[0].col).toBe(1);
    expect(r.problems[0].message).toContain('Báo cáo chung');
  });
});

describe('messages name the villages tab as the workbook titles it', () => {
  it('"trong tab Thon" when the tab is titled Thon', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Không rõ', cells: { HANG_RAO: '10' } }], {
      model: { tabTitles: { Thôn: 'Thon' } },
    });
    expect(r.problems[0].message).toContain('trong tab Thon:');
    expect(r.problems[0].message).toContain('thêm thôn vào tab Thon.');
    expect(r.problems[0].message).not.toContain('tab Thôn');
  });
});
