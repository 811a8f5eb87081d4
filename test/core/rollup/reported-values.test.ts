// The values of every code read in one pass are, per code, the values the one-code reading gives: same order, ties kept in row order.
import * as fc from 'fast-check';
import { reportedValues, reportedValuesByCode } from '../../../src/core/rollup/reported-values';
import type { CountedRow, Day, Instant } from '../../../src/core/types';

const CODES = ['A', 'B', 'C'];

function row(i: number, day: number, timestamp: number, amounts: Record<string, number>): CountedRow {
  return {
    tab: 'Báo cáo',
    row: i + 2,
    village: 'Thôn 1',
    day: day as Day,
    timestamp: timestamp as Instant,
    week: (day - (day % 7)) as Day,
    onTime: true,
    amounts,
    nextWeekPlan: '',
  };
}

/** The values of `code` as a stable sort of the rows' values by report day, then timestamp. */
function expected(rows: CountedRow[], code: string) {
  return rows
    .filter((r) => typeof r.amounts[code] === 'number' && Number.isFinite(r.amounts[code]))
    .map((r) => ({ day: r.day, timestamp: r.timestamp, week: r.week, value: r.amounts[code] }))
    .sort((a, b) => a.day - b.day || a.timestamp - b.timestamp);
}

const rowsArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 19_400, max: 19_406 }),
      timestamp: fc.integer({ min: 0, max: 5 }),
      amounts: fc.dictionary(
        fc.constantFrom(...CODES),
        fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(NaN)),
      ),
    }),
    { maxLength: 40 },
  )
  .map((list) => list.map((r, i) => row(i, r.day, r.timestamp, r.amounts)));

describe('reported values of every code', () => {
  it('gives each code its values in report-day, then timestamp, then row order', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const byCode = reportedValuesByCode(rows);
        for (const code of CODES) {
          expect(byCode.get(code) ?? []).toEqual(expected(rows, code));
          expect(reportedValues(rows, code)).toEqual(expected(rows, code));
        }
      }),
    );
  });

  it('keeps rows of the same day and timestamp in the order sent', () => {
    const rows = [row(0, 19_401, 5, { A: 1 }), row(1, 19_400, 9, { A: 2 }), row(2, 19_401, 5, { A: 3 })];
    expect(reportedValues(rows, 'A').map((v) => v.value)).toEqual([2, 1, 3]);
  });
});
