import type { CellValue } from '../../../src/core/types';
import type { RowSpec } from './fixtures';
import { amounts, onCode, run } from './run';

/** Thịnh Bằng: NUOC_THAI (hộ, Lũy kế) target 100, Số hộ 120. */
function rows(values: CellValue[]): RowSpec[] {
  return values.map((v, i) => ({
    row: i + 2,
    ts: `${16 + i}/03/2023 08:00`,
    village: 'Thịnh Bằng',
    cells: { NUOC_THAI: v },
  }));
}

const decreases = (r: ReturnType<typeof run>) =>
  onCode(r.problems, 'NUOC_THAI')
    .filter((p) => p.message.startsWith('Lũy kế giảm'))
    .map((p) => p.row);

describe('Lũy kế lower than the previous value (⚠, counted)', () => {
  it.each<[string, CellValue[], number[]]>([
    ['rising values are fine', ['10', '20', '30'], []],
    ['an equal value is fine', ['20', '20'], []],
    ['a lower value warns', ['20', '19'], [3]],
    ['it compares with the value just before, not the highest', ['20', '10', '15'], [3]],
    ['a blank cell is nothing reported, not a drop to 0', ['20', '', '25'], []],
    ['an unreadable value is not a previous value', ['20', 'ba', '20'], []],
    ['a value left out by the 150% rule is not a previous value', ['20', '500', '30'], []],
  ])('%s', (_what, values, warned) => {
    expect(decreases(run(rows(values)))).toEqual(warned);
  });

  it('the lower value is counted: it is the latest value', () => {
    const r = run(rows(['20', '19']));
    expect(amounts(r)['Báo cáo!3']).toEqual({ NUOC_THAI: 19 });
    expect(r.problems[0].message).toContain('20 hộ xuống 19 hộ');
  });

  it('each village has its own previous value', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { NUOC_THAI: '50' } },
      { row: 3, ts: '17/03/2023 08:00', village: 'Trung Bằng', cells: { NUOC_THAI: '10' } },
    ]);
    expect(decreases(r)).toEqual([]);
  });

  it('previous means earlier by report day: a back-filled lower value for an earlier day is no drop', () => {
    const r = run([
      { row: 2, ts: '20/03/2023 08:00', village: 'Thịnh Bằng', cells: { NUOC_THAI: '50' } },
      {
        row: 3,
        ts: '21/03/2023 08:00',
        village: 'Thịnh Bằng',
        date: '18/03/2023',
        cells: { NUOC_THAI: '30' },
      },
      {
        row: 4,
        ts: '21/03/2023 09:00',
        village: 'Thịnh Bằng',
        date: '19/03/2023',
        cells: { NUOC_THAI: '20' },
      },
    ]);
    expect(decreases(r)).toEqual([4]);
  });
});
