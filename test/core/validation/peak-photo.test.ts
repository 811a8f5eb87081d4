import type { CellValue } from '../../../src/core/types';
import { brief, run } from './run';

function row(date: string, photo: string | undefined, cells: Record<string, CellValue> = { HANG_RAO: '10' }) {
  return { row: 2, ts: `${date} 20:00`, village: 'Thịnh Bằng', photo, cells };
}

const photoWarnings = (r: ReturnType<typeof run>) => r.problems.filter((p) => p.column === 'Ảnh');

describe('no photo in a peak phase (⚠, counted)', () => {
  it.each<[string, string, boolean]>([
    ['first day of the first phase', '15/03/2023', true],
    ['inside the first phase', '16/04/2023', true],
    ['last day of the first phase', '15/05/2023', true],
    ['the day after it', '16/05/2023', false],
    ['between the phases', '30/06/2023', false],
    ['first day of the second phase', '01/07/2023', true],
    ['last day of the second phase', '01/08/2023', true],
    ['after the phases', '02/08/2023', false],
  ])('%s (%s) → warning: %p', (_what, date, warn) => {
    const r = run([row(date, '')]);
    expect(photoWarnings(r).length).toBe(warn ? 1 : 0);
    expect(r.rows[0].amounts).toEqual({ HANG_RAO: 10 });
  });

  it('names the column, the phase and what to do', () => {
    const r = run([row('16/03/2023', '')]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Ảnh Cảnh báo']);
    expect(r.problems[0]).toMatchObject({ col: 5, value: '' });
    expect(r.problems[0].message).toContain('15/03/2023–15/05/2023');
  });

  it.each<[string, string | undefined, Record<string, CellValue>]>([
    ['a photo link', 'https://drive.google.com/open?id=abc', { HANG_RAO: '10' }],
    ['a tab without an Ảnh column', undefined, { HANG_RAO: '10' }],
    ['no amounts (only a plan)', '', {}],
    ['blank amounts', '', { HANG_RAO: '', VUON_CT: '' }],
    ['only zero', '', { HANG_RAO: '0' }],
    ['only "Chưa"', '', { KDC_KM: 'Chưa' }],
  ])('no warning with %s', (_what, photo, cells) => {
    const r = run([{ ...row('16/03/2023', photo, cells), plan: 'tuần sau trồng tiếp' }]);
    expect(photoWarnings(r)).toEqual([]);
  });

  it('"Đạt" is an amount', () => {
    expect(photoWarnings(run([row('16/03/2023', '', { KDC_KM: 'Đạt' })]))).toHaveLength(1);
  });

  it('the phase is that of the report day, not of the timestamp', () => {
    const late = {
      row: 2,
      ts: '17/05/2023 08:00',
      village: 'Thịnh Bằng',
      date: '15/05/2023',
      photo: '',
      cells: { HANG_RAO: '10' },
    };
    expect(photoWarnings(run([late]))).toHaveLength(1);
    const early = { ...late, ts: '16/05/2023 08:00', date: '' };
    expect(photoWarnings(run([early]))).toEqual([]);
  });
});
