import type { CellValue } from '../../../src/core/types';
import { acceptanceKey } from '../../../src/core/validation';
import type { RowSpec } from './fixtures';
import { amounts, brief, onCode, run } from './run';

/** Thịnh Bằng's targets: HANG_RAO 100 m (Cộng dồn), CUNG_HOA 0,38 km, NUOC_THAI 100 hộ (Lũy kế; Số hộ 120). */
function rows(code: string, values: CellValue[], village = 'Thịnh Bằng'): RowSpec[] {
  return values.map((v, i) => ({ row: i + 2, ts: `${16 + i}/03/2023 08:00`, village, cells: { [code]: v } }));
}

describe('over 150% of the village target', () => {
  it.each<[string, string, CellValue[], number[]]>([
    ['exactly 150% in one go is fine', 'HANG_RAO', ['150'], []],
    ['a hair above 150% is not', 'HANG_RAO', ['150,01'], [2]],
    ['adding up to exactly 150% is fine', 'HANG_RAO', ['100', '50'], []],
    [
      'adding up past 150% flags the row that passes it, and only it',
      'HANG_RAO',
      ['100', '51', '10', '41'],
      [3, 5],
    ],
    ['exactly 150% of 0,38 km, with decimals, is fine', 'CUNG_HOA', ['0,19', '0,38'], []],
    ['a hair above it is not', 'CUNG_HOA', ['0,19', '0,38', '0,001'], [4]],
    ['units convert before comparing', 'CUNG_HOA', ['570 m'], []],
    ['Lũy kế compares the value itself', 'NUOC_THAI', ['90', '100', '150'], []],
    ['Lũy kế above 150% is flagged', 'NUOC_THAI', ['90', '151'], [3]],
  ])('%s', (_what, code, values, flagged) => {
    const r = run(rows(code, values));
    const over = onCode(r.problems, code).filter((p) => p.message.startsWith('Vượt 150%'));
    expect(over.map((p) => p.row)).toEqual(flagged);
    expect(over.every((p) => p.level === 'Lỗi')).toBe(true);
  });

  it('says the target and the total it would reach, in vi-VN numbers', () => {
    const r = run(rows('HANG_RAO', ['100', '60']));
    expect(r.problems[0].message).toContain('chỉ tiêu 100 m, lũy kế sẽ là 160 m');
    const km = run(rows('CUNG_HOA', ['0,6']));
    expect(km.problems[0].message).toContain('chỉ tiêu 0,38 km, lũy kế sẽ là 0,6 km');
  });

  it('a flagged amount is not counted, so later amounts still fit', () => {
    const r = run(rows('HANG_RAO', ['200', '140']));
    expect(brief(r.problems)).toEqual(['Báo cáo!2 [HANG_RAO] hang_rao Lỗi']);
    expect(amounts(r)).toEqual({ 'Báo cáo!2': {}, 'Báo cáo!3': { HANG_RAO: 140 } });
  });

  it('only counted amounts add up: a bad cell does not count towards the total', () => {
    const r = run(rows('HANG_RAO', ['-5', '150']));
    expect(onCode(r.problems, 'HANG_RAO').map((p) => p.row)).toEqual([2]);
  });

  it('takes rows in timestamp order, not sheet order', () => {
    const r = run([
      { row: 2, ts: '20/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '100' } },
      { row: 3, ts: '17/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '60' } },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 [HANG_RAO] hang_rao Lỗi']);
    expect(amounts(r)).toEqual({ 'Báo cáo!3': { HANG_RAO: 60 }, 'Báo cáo!2': {} });
  });

  it('adds up across report tabs', () => {
    const r = run([
      {
        tab: 'Biểu mẫu 1',
        row: 2,
        ts: '16/03/2023 08:00',
        village: 'Thịnh Bằng',
        cells: { HANG_RAO: '100' },
      },
      { tab: 'Biểu mẫu 2', row: 2, ts: '17/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '60' } },
    ]);
    expect(brief(r.problems)).toEqual(['Biểu mẫu 2!2 [HANG_RAO] hang_rao Lỗi']);
  });

  it('each village has its own total and its own target', () => {
    const r = run([
      ...rows('HANG_RAO', ['150']),
      { row: 9, ts: '20/03/2023 08:00', village: 'Trung Bằng', cells: { HANG_RAO: '300' } },
      { row: 10, ts: '21/03/2023 08:00', village: 'Trung Bằng', cells: { HANG_RAO: '1' } },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!10 [HANG_RAO] hang_rao Lỗi']);
  });

  it('an accepted amount counts and takes the total with it', () => {
    const key = acceptanceKey('Báo cáo', '16/03/2023 08:00:00', 'Thịnh Bằng', '[HANG_RAO] hang_rao', '200');
    const r = run(rows('HANG_RAO', ['200', '10']), { accepted: [key] });
    expect(r.problems.map((p) => [p.row, p.accepted])).toEqual([
      [2, true],
      [3, false],
    ]);
    expect(r.problems[1].message).toContain('lũy kế sẽ là 210 m');
    expect(amounts(r)).toEqual({ 'Báo cáo!2': { HANG_RAO: 200 }, 'Báo cáo!3': {} });
  });

  it('accepting a cell accepts each of its problems (a decimal of gardens that is also above 150%)', () => {
    const spec = rows('VUON_CT', ['15,5']);
    const before = run(spec);
    expect(before.problems.map((p) => p.message.slice(0, 12))).toEqual(['"15,5" không']);
    const key = before.problems[0].key;
    const after = run(spec, { accepted: [key] });
    expect(after.problems.map((p) => [p.level, p.accepted, p.key === key])).toEqual([
      ['Lỗi', true, true],
      ['Lỗi', true, true],
    ]);
    expect(after.problems[1].message).toContain('chỉ tiêu 10 vườn');
    expect(after.rows[0].amounts).toEqual({ VUON_CT: 15.5 });
  });
});
