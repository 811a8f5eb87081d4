// Benchmark of the custom functions: one call of each of the six over 10.000 cells through the bundle (Sheets allows 30 s per call).
import { bundlePath, loadBundle } from '../runner/bundle';
import { createRuntime } from '../runtime';

const CELLS = 10_000;
const DAY_MS = 86_400_000;
/** 15/03/2023 00:00 in Asia/Ho_Chi_Minh. */
const START = Date.UTC(2023, 2, 14, 17);

function timeMs(f: () => unknown): { ms: number; out: unknown } {
  const t0 = process.hrtime.bigint();
  const out = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, out };
}

/** Number of non-blank results (numbers or dates) in a 2-D result, to be sure the call did the whole range. */
function results(out: unknown): number {
  return Array.isArray(out)
    ? out.reduce((n: number, row: unknown[]) => n + row.filter((v) => v !== '').length, 0)
    : 0;
}

const column = <T>(f: (i: number) => T): T[][] => Array.from({ length: CELLS }, (_, i) => [f(i)]);

/**
 * Times one call of each function over a 10.000 × 1 range: typed targets and amounts with units (m against km),
 * start dates as Date cells, due dates typed as text, form timestamps as Date cells, and a column of kinds.
 * Returns one line, e.g. `Hàm tùy chỉnh, 10.000 ô mỗi lệnh: NTM_NUMBER 40 ms, … (Sheets cho tối đa 30 s).`
 */
export function benchCustomFunctions(file: string = bundlePath()): string {
  const runtime = createRuntime({ timeZone: 'Asia/Ho_Chi_Minh' });
  const bundle = loadBundle(runtime.globals, () => START + 30 * DAY_MS, file);
  const targets = column((i) => `${(i % 900) + 1}.${String(i % 1000).padStart(3, '0')} m`);
  const amounts = column((i) => `${i % 7},${i % 10} km`);
  const starts = column((i) => new Date(START + (i % 60) * DAY_MS));
  const dues = column((i) => `${(i % 28) + 1}/${(i % 6) + 7}/2023`);
  const stamps = column((i) => new Date(START + i * 7 * 60_000));
  const kinds = column((i) => (i % 3 === 0 ? 'Lũy kế' : 'Cộng dồn'));
  const calls: [string, () => unknown][] = [
    ['NTM_NUMBER', () => bundle.call('NTM_NUMBER', amounts, 'm')],
    ['NTM_PROGRESS', () => bundle.call('NTM_PROGRESS', amounts, targets)],
    ['NTM_PLANNED', () => bundle.call('NTM_PLANNED', targets, starts, dues, '06/04/2023', kinds)],
    ['NTM_BACKLOG', () => bundle.call('NTM_BACKLOG', targets, amounts, starts, dues, '06/04/2023', kinds)],
    ['NTM_PER_DAY', () => bundle.call('NTM_PER_DAY', targets, amounts, dues, '06/04/2023', kinds)],
    ['NTM_WEEK', () => bundle.call('NTM_WEEK', stamps, 'Thứ 5 14:30')],
  ];
  const times = calls.map(([name, call]) => {
    const r = timeMs(call);
    if (results(r.out) !== CELLS)
      throw new Error(`${name} trả về ${results(r.out)} kết quả thay vì ${CELLS}.`);
    return `${name} ${r.ms.toFixed(0)} ms`;
  });
  return `Hàm tùy chỉnh, 10.000 ô mỗi lệnh: ${times.join(', ')} (Sheets cho tối đa 30 s).`;
}
