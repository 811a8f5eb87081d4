// Guard on what validate and rollup read, through the bundle in the local runtime: Sheets calls and cells read per input row do not grow with rows, and stay within budget.
import { buildDemoWorkbook } from '../../local/demo/run-demo';
import { parseAsOf } from '../../local/runner/args';
import { openSession, type ActionReport } from '../../local/runner/session';
import { callsByKind } from '../../local/runtime/call-kinds';
import { findZoneSetting, wallToInstant } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';

const AS_OF = '2023-12-28T14:00';
/**
 * Cells validate or rollup may read per report row once its marks are made (docs/validation.md,
 * "Đọc sổ"): the values of every column, and the display texts of the date columns and of number
 * columns with a format other than the automatic one (18 + 2 in the example form tab, whose
 * amounts are numbers under the automatic format, shown from their values).
 */
const BUDGET = 25;
/** Blocks of marks read per tab on a run that changes many marks (src/sheets/cell-marks.ts). */
const MAX_BLOCKS = 8;

beforeAll(() => ensureBuilt());

interface Measured {
  rows: number;
  runs: { action: string; sheetsCalls: number; perRow: number; report: ActionReport }[];
}

/** The example workbook with `rows` form answers; validate, rollup, then validate and rollup again (marks already made). */
function measure(rows: number): Measured {
  const { workbook } = buildDemoWorkbook({ rows, asOf: AS_OF, seed: 7 });
  const zone = findZoneSetting(workbook).timeZone;
  const now = wallToInstant(parseAsOf(AS_OF)!, zone).getTime();
  const session = openSession({ workbook, timeZone: zone, now });
  const runs = ['validate', 'rollup', 'validate', 'rollup'].map((action) => {
    const report = session.run(action);
    expect(report.ok).toBe(true);
    const sheetsCalls = callsByKind(report.calls)
      .filter((g) => g.kind.startsWith('sheets'))
      .reduce((n, g) => n + g.total, 0);
    return { action, sheetsCalls, perRow: report.cells.read / rows, report };
  });
  return { rows, runs };
}

describe('cells read by validate and rollup', () => {
  let small: Measured;
  let large: Measured;
  beforeAll(() => {
    small = measure(1000);
    large = measure(10000);
    for (const m of [small, large])
      for (const r of m.runs)
        console.log(
          `${m.rows} rows ${r.action}: ${r.sheetsCalls} Sheets calls, ${r.report.cells.read} cells read (${r.perRow.toFixed(2)} per row), ${r.report.cells.written} written`,
        );
  }, 300_000);

  it('the Sheets calls of each run are the same at 1.000 and 10.000 rows', () => {
    // The first validation makes every mark: its calls grow with the blocks of marked rows, up to MAX_BLOCKS (4 calls each).
    const [first, ...rest] = large.runs.map((r, i) => r.sheetsCalls - small.runs[i].sheetsCalls);
    expect(Math.abs(first)).toBeLessThanOrEqual(4 * MAX_BLOCKS);
    expect(rest).toEqual([0, 0, 0]);
  });

  it('the cells read per input row are the same at 1.000 and 10.000 rows once the marks are made', () => {
    // Per row = what 9.000 more rows add; the other tabs (settings, villages, targets, outputs) are read whole at both sizes.
    for (const i of [1, 2, 3]) {
      const perRow = (large.runs[i].report.cells.read - small.runs[i].report.cells.read) / 9000;
      expect(Math.abs(large.runs[i].perRow - perRow)).toBeLessThan(1);
      expect(Math.abs(small.runs[i].perRow - perRow)).toBeLessThan(6);
    }
  });

  it(`once the marks are made, each run reads at most ${BUDGET} cells per input row`, () => {
    for (const r of large.runs.slice(1)) expect(r.perRow).toBeLessThanOrEqual(BUDGET);
  });

  it('the first validation, which makes every mark, reads fewer cells per row than the 72 of reading every look', () => {
    for (const m of [small, large]) expect(m.runs[0].perRow).toBeLessThan(50);
  });
});
