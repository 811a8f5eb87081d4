import { acceptanceKey } from '../../../src/core/validation';
import { brief, run } from './run';

describe('a row left out whole still has its cells checked (none of it counts)', () => {
  it('lists every value problem of a row left out for its date, at once', () => {
    const r = run([
      {
        row: 2,
        ts: '18/03/2023 20:00',
        village: 'Thịnh Bằng',
        date: '3/16/2023',
        cells: { HANG_RAO: 'ba', VUON_CT: '1,5', RAC_THAI: '-2', CUNG_HOA: '0,1' },
      },
    ]);
    expect(brief(r.problems)).toEqual([
      'Báo cáo!2 Ngày báo cáo Lỗi',
      'Báo cáo!2 [HANG_RAO] hang_rao Lỗi',
      'Báo cáo!2 [VUON_CT] vuon_ct Lỗi',
      'Báo cáo!2 [RAC_THAI] rac_thai Lỗi',
    ]);
    expect(r.problems[1].message).toMatch(/chữ số/);
    expect(r.problems[2].message).toMatch(/không phải số nguyên/);
    expect(r.problems[3].message).toMatch(/Số âm/);
    expect(r.rows).toEqual([]);
  });

  it('checks an unknown village’s cells too, and nothing that needs the village (target, 150%, email, photo)', () => {
    const r = run([
      {
        row: 2,
        ts: '16/03/2023 08:00',
        village: 'Làng Mới',
        email: 'la@x.vn',
        photo: '',
        cells: { HANG_RAO: '99999', VUON_CT: '2,5' },
      },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Thôn Lỗi', 'Báo cáo!2 [VUON_CT] vuon_ct Lỗi']);
  });

  it('none of these problems can be accepted into a count, even with Đồng ý', () => {
    const key = acceptanceKey('Báo cáo', '18/03/2023 20:00:00', 'Thịnh Bằng', '[RAC_THAI] rac_thai', '-2');
    const r = run(
      [{ row: 2, ts: '18/03/2023 20:00', village: 'Thịnh Bằng', date: 'xx', cells: { RAC_THAI: '-2' } }],
      { accepted: [key] },
    );
    expect(r.problems.map((p) => [p.column, p.wholeRow, p.acceptable, p.accepted])).toEqual([
      ['Ngày báo cáo', true, false, false],
      ['[RAC_THAI] rac_thai', false, false, false],
    ]);
    expect(r.rows).toEqual([]);
  });

  it('a rejected row with good cells shows only why it was rejected', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: '', cells: { HANG_RAO: '3.200', VUON_CT: '2' } },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Thôn Lỗi']);
  });
});
