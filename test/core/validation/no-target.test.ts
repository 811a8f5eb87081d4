import { acceptanceKey } from '../../../src/core/validation';
import { indicator } from './fixtures';
import { amounts, brief, run } from './run';

describe('amount for an indicator the village has no target for (⚠, not counted)', () => {
  it('warns and leaves the amount out, the row still counts as a report', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Tân Bằng', cells: { HANG_RAO: '50', KDC_KM: 'Đạt' } },
    ]);
    expect(brief(r.problems)).toEqual([
      'Báo cáo!2 [HANG_RAO] hang_rao Cảnh báo',
      'Báo cáo!2 [KDC_KM] kdc_km Cảnh báo',
    ]);
    expect(r.problems[0].message).toContain('Tân Bằng');
    expect(r.problems[0].message).toContain('Chỉ tiêu');
    expect(amounts(r)).toEqual({ 'Báo cáo!2': {} });
  });

  it('a target of 0 is no target', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '5' } }], {
      model: { indicators: [indicator('HANG_RAO', 'm', 'Cộng dồn', { 'Thịnh Bằng': 0 })] },
    });
    expect(r.problems.map((p) => p.level)).toEqual(['Cảnh báo']);
    expect(r.rows[0].amounts).toEqual({});
  });

  it.each([
    ['0', 'HANG_RAO', '0'],
    ['a "no"', 'KDC_KM', 'Chưa'],
  ])('%s reports nothing: no warning, nothing counted, the row still a report', (_what, code, typed) => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Tân Bằng', cells: { [code]: typed } }]);
    expect(r.problems).toEqual([]);
    expect(amounts(r)).toEqual({ 'Báo cáo!2': {} });
  });

  it('a blank cell is not an amount', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Tân Bằng', cells: { HANG_RAO: '' } }]);
    expect(r.problems).toEqual([]);
  });

  it("the village's other indicators still count", () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', cells: { CUNG_HOA: '0,1', HANG_RAO: '5' } },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 [CUNG_HOA] cung_hoa Cảnh báo']);
    expect(r.rows[0].amounts).toEqual({ HANG_RAO: 5 });
  });

  it('an accepted amount counts', () => {
    const key = acceptanceKey('Báo cáo', '16/03/2023 08:00:00', 'Tân Bằng', '[HANG_RAO] hang_rao', '50');
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Tân Bằng', cells: { HANG_RAO: '50' } }], {
      accepted: [key],
    });
    expect(r.problems[0].accepted).toBe(true);
    expect(r.rows[0].amounts).toEqual({ HANG_RAO: 50 });
  });

  it('a value error comes first and is the only problem', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Tân Bằng', cells: { HANG_RAO: 'ba' } }]);
    expect(r.problems.map((p) => p.level)).toEqual(['Lỗi']);
  });
});

describe('messages name the targets tab as the workbook titles it', () => {
  it('"ở tab Chi tieu" when the tab is titled Chi tieu', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Tân Bằng', cells: { HANG_RAO: '10' } }], {
      model: { tabTitles: { 'Chỉ tiêu': 'Chi tieu' } },
    });
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('thêm chỉ tiêu cho thôn ở tab Chi tieu.'),
    ]);
  });
});
