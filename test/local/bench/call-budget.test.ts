// Batching guard (counts, not timings): validate and rollup make the same Sheets calls on 1.000 and on 10.000 form rows.
import { asOfInstant, benchWorkbook, BENCH_ZONE } from '../../../local/bench/bench-workbook';
import { callsByKind } from '../../../local/runtime/call-kinds';
import { openSession } from '../../../local/runner/session';
import { ensureBuilt } from '../../bundle/ensure-built';

beforeAll(() => ensureBuilt());

/** Sheets calls (reads and writes, by method) of validate then rollup on a bench workbook of `rows` form rows. */
function sheetsCalls(rows: number): { summaries: string[]; calls: Record<string, number>[] } {
  const book = benchWorkbook(rows, 5);
  const session = openSession({ workbook: book.workbook, timeZone: BENCH_ZONE, now: asOfInstant() });
  const reports = ['validate', 'rollup'].map((a) => session.run(a));
  return {
    summaries: reports.map((r) => r.summary.split(':')[0]),
    calls: reports.map((r) =>
      Object.fromEntries(
        callsByKind(r.calls)
          .filter((g) => g.kind.startsWith('sheets'))
          .flatMap((g) => g.methods),
      ),
    ),
  };
}

describe('Sheets calls do not grow with the rows', () => {
  it('validate and rollup: the same calls, method by method, at 1.000 and 10.000 rows', () => {
    const small = sheetsCalls(1000);
    const large = sheetsCalls(10_000);
    expect(small.summaries).toEqual(['Đã kiểm tra 1000 dòng báo cáo', expect.stringMatching(/^Đã tổng hợp/)]);
    expect(large.summaries[0]).toBe('Đã kiểm tra 10000 dòng báo cáo');
    expect(large.calls).toEqual(small.calls);
    expect(Object.keys(small.calls[0])).toContain('Range.getValues');
  }, 300_000);
});
