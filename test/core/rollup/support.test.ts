// The NQ 44 support block: with the indicator, without it, without NUOC_THAI, and with other settings.
import { rollup } from '../../../src/core/rollup/rollup';
import { supportTableRows } from '../../../src/core/rollup/support-table';
import { at, indicator, model, row } from './fixtures';
import { scenarioModel, scenarioRows } from './scenario';

const asOf = at(30, 3, 10, 0);

describe('support block', () => {
  it('says the indicator is not tracked when the workbook has none', () => {
    const m = scenarioModel();
    m.indicators = m.indicators.filter((i) => i.code !== 'NUOC_THAI_HT');
    const { support } = rollup(m, scenarioRows(), asOf);
    expect(support).toEqual({
      present: false,
      code: 'NUOC_THAI_HT',
      amountPerHousehold: 1_000_000,
      targetsTab: 'Chỉ tiêu',
    });
    const rows = supportTableRows(support);
    expect(rows).toHaveLength(1);
    expect(String(rows[0][0])).toMatch(/chưa theo dõi chỉ tiêu NUOC_THAI_HT/);
  });

  it('leaves the comparison out when NUOC_THAI is not tracked', () => {
    const m = scenarioModel();
    m.indicators = m.indicators.filter((i) => i.code !== 'NUOC_THAI');
    const { support } = rollup(m, scenarioRows(), asOf);
    expect(support.present && support.compared).toBe(false);
    if (!support.present) throw new Error('support expected');
    expect(support.lines.map((l) => [l.households, l.amount, l.built, l.unclaimed])).toEqual([
      [1, 1_000_000, null, null],
      [3, 3_000_000, null, null],
    ]);
    expect(support.total).toMatchObject({ households: 4, amount: 4_000_000, built: null, unclaimed: null });
    expect(supportTableRows(support)[1]).toHaveLength(4);
  });

  it('follows the code and amount set in Cấu hình', () => {
    const m = model(
      ['A', 'B'],
      [indicator('HT_3BI', 'Lũy kế', { A: 4, B: 2 }, { unit: 'hộ', name: 'Hộ chính sách xây 3 bi' })],
      { supportCode: 'HT_3BI', supportAmount: 1_500_000 },
    );
    const validation = {
      problems: [],
      rows: [row('A', at(20, 3, 9, 0), { HT_3BI: 2 }), row('A', at(21, 3, 9, 0), { HT_3BI: 3 })],
    };
    const { support } = rollup(m, validation, asOf);
    if (!support.present) throw new Error('support expected');
    expect(support.lines.map((l) => [l.village, l.eligible, l.households, l.amount])).toEqual([
      ['A', 4, 3, 4_500_000],
      ['B', 2, 0, 0],
    ]);
    expect(support.total.amount).toBe(4_500_000);
    expect(supportTableRows(support)).toEqual([
      ['Hỗ trợ NQ 44/2021/NQ-HĐND: Hộ chính sách xây 3 bi', '', 'Mức hỗ trợ (đồng/hộ)', 1_500_000],
      ['Thôn', 'Hộ đủ điều kiện', 'Hộ đã xây (HT_3BI)', 'Tiền hỗ trợ (đồng)'],
      ['A', 4, 3, 4_500_000],
      ['B', 2, 0, 0],
      ['Toàn xã', 6, 3, 4_500_000],
    ]);
  });

  it('adds the comparison columns when NUOC_THAI is tracked', () => {
    const rows = supportTableRows(rollup(scenarioModel(), scenarioRows(), asOf).support);
    expect(rows[1]).toHaveLength(6);
    expect(rows.slice(2)).toEqual([
      ['Thịnh Bằng', 5, 1, 1_000_000, 3, 2],
      ['Bằng Phúc', 3, 3, 3_000_000, 2, 0],
      ['Toàn xã', 8, 4, 4_000_000, 5, 2],
    ]);
    expect(rows.every((r) => r.length === 6)).toBe(true);
  });

  it('never counts more unclaimed households than are eligible, nor more than were built', () => {
    const m = model(
      ['A', 'B', 'C'],
      [
        indicator('NUOC_THAI', 'Cộng dồn', { A: 20, B: 20, C: 20 }, { unit: 'hộ' }),
        indicator('NUOC_THAI_HT', 'Cộng dồn', { A: 2, B: 6, C: 4 }, { unit: 'hộ' }),
      ],
    );
    const stamp = at(20, 3, 9, 0);
    const validation = {
      problems: [],
      rows: [
        row('A', stamp, { NUOC_THAI: 10, NUOC_THAI_HT: 1 }),
        row('B', stamp, { NUOC_THAI: 3, NUOC_THAI_HT: 1 }),
        row('C', stamp, { NUOC_THAI: 4, NUOC_THAI_HT: 4 }),
      ],
    };
    const { support } = rollup(m, validation, asOf);
    if (!support.present) throw new Error('support expected');
    // A: 10 built but only 2 eligible, 1 counted → 1. B: 6 eligible but only 3 built, 1 counted → 2. C: all counted → 0.
    expect(support.lines.map((l) => [l.village, l.unclaimed])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 0],
    ]);
    expect(support.total.unclaimed).toBe(3);
  });
});
