import type { CellValue } from '../../../src/core/types';
import type { RowSpec } from './fixtures';
import { amounts, onCode, run } from './run';

/** Trung Bằng: Số hộ 80; RAC_THAI (hộ, Cộng dồn) target 60, NUOC_THAI (hộ, Lũy kế) target 60 (150% = 90). */
function rows(code: string, values: CellValue[], village = 'Trung Bằng'): RowSpec[] {
  return values.map((v, i) => ({ row: i + 2, ts: `${16 + i}/03/2023 08:00`, village, cells: { [code]: v } }));
}

const warned = (r: ReturnType<typeof run>, code: string) =>
  onCode(r.problems, code)
    .filter((p) => p.level === 'Cảnh báo')
    .map((p) => p.row);

describe('households above Số hộ (⚠, counted)', () => {
  it.each<[string, string, CellValue[], number[]]>([
    ['a running total of exactly Số hộ is fine', 'RAC_THAI', ['50', '30'], []],
    ['a running total above Số hộ warns', 'RAC_THAI', ['50', '31'], [3]],
    ['each row that adds to a total above Số hộ warns', 'RAC_THAI', ['81', '0', '2'], [2, 4]],
    ['Lũy kế compares its value', 'NUOC_THAI', ['79', '80', '81'], [4]],
  ])('%s', (_what, code, values, rowsWarned) => {
    const r = run(rows(code, values));
    expect(warned(r, code)).toEqual(rowsWarned);
    expect(r.problems.filter((p) => p.level === 'Lỗi')).toEqual([]);
  });

  it('the warned amount is counted', () => {
    const r = run(rows('RAC_THAI', ['50', '31']));
    expect(amounts(r)['Báo cáo!3']).toEqual({ RAC_THAI: 31 });
    expect(r.problems[0].message).toContain('81 hộ');
    expect(r.problems[0].message).toContain('80 hộ');
  });

  it('applies only to indicators counted in hộ', () => {
    const r = run(rows('HANG_RAO', ['150'], 'Trung Bằng'));
    expect(r.problems).toEqual([]);
  });

  it('is not checked when the village has no Số hộ', () => {
    const r = run(rows('RAC_THAI', ['85']), {
      model: {
        villages: [{ name: 'Trung Bằng', leader: '', emails: [], households: null, phone: '', row: 2 }],
      },
    });
    expect(warned(r, 'RAC_THAI')).toEqual([]);
  });

  it('an amount left out by the 150% rule does not add to the households', () => {
    const r = run(rows('RAC_THAI', ['91']));
    expect(onCode(r.problems, 'RAC_THAI').map((p) => p.level)).toEqual(['Lỗi']);
  });
});

describe('messages name the villages tab as the workbook titles it', () => {
  it('"cột Số hộ ở tab Thon" when the tab is titled Thon', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', cells: { NUOC_THAI: '81' } }], {
      model: { tabTitles: { Thôn: 'Thon' } },
    });
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining('cột Số hộ ở tab Thon.')]);
  });
});
