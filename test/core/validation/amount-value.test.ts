import type { CellValue } from '../../../src/core/types';
import { acceptanceKey } from '../../../src/core/validation';
import { indicator } from './fixtures';
import { amounts, brief, onCode, run } from './run';

/** Big targets, so only the value rules speak. */
const BIG = {
  indicators: [
    indicator('HANG_RAO', 'm', 'Cộng dồn', { 'Thịnh Bằng': 100000 }),
    indicator('CUNG_HOA', 'km', 'Cộng dồn', { 'Thịnh Bằng': 1000 }),
    indicator('VUON_CT', 'vườn', 'Cộng dồn', { 'Thịnh Bằng': 1000 }),
    indicator('RAC_THAI', 'hộ', 'Cộng dồn', { 'Thịnh Bằng': 100 }),
    indicator('NHA_VS', 'cái', 'Cộng dồn', { 'Thịnh Bằng': 100 }),
    indicator('HO_U_PHAN', 'công trình', 'Cộng dồn', { 'Thịnh Bằng': 100 }),
    indicator('DUONG_MR', 'tuyến', 'Cộng dồn', { 'Thịnh Bằng': 100 }),
    indicator('NUOC_THAI', 'hộ', 'Lũy kế', { 'Thịnh Bằng': 100 }),
    indicator('KDC_KM', 'đạt/chưa', 'Đạt/Chưa', { 'Thịnh Bằng': 1 }),
  ],
};

function one(code: string, value: CellValue, accepted: string[] = []) {
  return run([{ row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { [code]: value } }], {
    model: BIG,
    accepted,
  });
}

describe('amount values', () => {
  it.each<[string, CellValue, number]>([
    ['HANG_RAO', '3.200', 3200],
    ['HANG_RAO', '3200m', 3200],
    ['HANG_RAO', '3.200 m', 3200],
    ['HANG_RAO', '0,5 km', 500],
    ['HANG_RAO', '1.234,5', 1234.5],
    ['HANG_RAO', 12, 12],
    ['HANG_RAO', '0', 0],
    ['CUNG_HOA', '0,38', 0.38],
    ['CUNG_HOA', '0.7', 0.7],
    ['CUNG_HOA', '0.500', 0.5],
    ['CUNG_HOA', '20 m', 0.02],
    ['VUON_CT', '3', 3],
    ['VUON_CT', '3 vườn', 3],
    ['RAC_THAI', '7', 7],
    ['NUOC_THAI', '12', 12],
    ['KDC_KM', 'Đạt', 1],
    ['KDC_KM', 'có', 1],
    ['KDC_KM', 'x', 1],
    ['KDC_KM', true, 1],
    ['KDC_KM', 'Chưa', 0],
    ['KDC_KM', 'không', 0],
    ['KDC_KM', false, 0],
  ])('%s "%s" counts %p', (code, value, counted) => {
    const r = one(code, value);
    expect(r.problems).toEqual([]);
    expect(r.rows[0].amounts[code]).toBeCloseTo(counted, 9);
  });

  it.each<[string, string, boolean]>([
    ['HANG_RAO', 'ba', false],
    ['VUON_CT', 'ba vườn', false],
    ['HANG_RAO', 'nhiều', false],
    ['HANG_RAO', '5 vườn', false],
    ['VUON_CT', '2 m', false],
    ['HANG_RAO', '-5', true],
    ['VUON_CT', '2,5', true],
    ['RAC_THAI', '1,5', true],
    ['NHA_VS', '0,5', true],
    ['HO_U_PHAN', '1.5', true],
    ['DUONG_MR', '0,2', true],
    ['KDC_KM', 'có lẽ', false],
    ['KDC_KM', '2', false],
  ])('%s "%s" is a Lỗi on that cell (acceptable: %p)', (code, value, acceptable) => {
    const r = one(code, value);
    expect(brief(r.problems)).toEqual([`Báo cáo!2 [${code}] ${code.toLowerCase()} Lỗi`]);
    const p = r.problems[0];
    expect(p).toMatchObject({ value, col: 6, wholeRow: false, accepted: false, acceptable });
    expect(p.message.length).toBeGreaterThan(10);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].amounts).toEqual({});
  });

  it('asks for digits when a number is written in words', () => {
    expect(one('VUON_CT', 'ba vườn').problems[0].message).toMatch(/chữ số/);
  });

  it('a decimal in a length unit is fine, a decimal in a counted unit is not', () => {
    expect(one('HANG_RAO', '2,5').problems).toEqual([]);
    expect(one('VUON_CT', '2,5').problems[0].message).toContain('số nguyên');
  });

  it("one bad cell leaves the row's other cells counted", () => {
    const r = run(
      [
        {
          row: 2,
          ts: '16/03/2023 08:00',
          village: 'Thịnh Bằng',
          cells: { HANG_RAO: 'ba', VUON_CT: '2', KDC_KM: 'Đạt', CUNG_HOA: '-1' },
        },
      ],
      { model: BIG },
    );
    expect(onCode(r.problems, 'HANG_RAO')).toHaveLength(1);
    expect(onCode(r.problems, 'CUNG_HOA')).toHaveLength(1);
    expect(amounts(r)).toEqual({ 'Báo cáo!2': { VUON_CT: 2, KDC_KM: 1 } });
  });

  it('a blank cell is nothing reported: no problem, no amount', () => {
    const r = run(
      [
        {
          row: 2,
          ts: '16/03/2023 08:00',
          village: 'Thịnh Bằng',
          cells: { HANG_RAO: '', VUON_CT: '  ', KDC_KM: '' },
        },
      ],
      {
        model: BIG,
      },
    );
    expect(r.problems).toEqual([]);
    expect(r.rows[0].amounts).toEqual({});
  });

  describe('acceptance of a Lỗi cell', () => {
    const key = (code: string, value: string) =>
      acceptanceKey('Báo cáo', '16/03/2023 08:00:00', 'Thịnh Bằng', `[${code}] ${code.toLowerCase()}`, value);

    it('makes a number count and keeps the problem listed as accepted', () => {
      const r = one('VUON_CT', '2,5', [key('VUON_CT', '2,5')]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ accepted: true, level: 'Lỗi', key: key('VUON_CT', '2,5') });
      expect(r.rows[0].amounts).toEqual({ VUON_CT: 2.5 });
    });

    it('makes a negative correction count', () => {
      const r = one('HANG_RAO', '-5', [key('HANG_RAO', '-5')]);
      expect(r.rows[0].amounts).toEqual({ HANG_RAO: -5 });
    });

    it('cannot make words count', () => {
      const r = one('VUON_CT', 'ba', [key('VUON_CT', 'ba')]);
      expect(r.problems[0]).toMatchObject({ accepted: false, acceptable: false });
      expect(r.rows[0].amounts).toEqual({});
    });

    it('lasts only while the value is unchanged', () => {
      const r = one('VUON_CT', '3,5', [key('VUON_CT', '2,5')]);
      expect(r.problems[0].accepted).toBe(false);
      expect(r.rows[0].amounts).toEqual({});
    });
  });
});
