// Benchmark of the custom functions: 10.000 cells through the bundle's NTM_PLANNED and NTM_NUMBER (Sheets allows 30 s per call).
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

/** Number of non-blank numbers in a 2-D result, to be sure the call did the whole range. */
function numbers(out: unknown): number {
  return Array.isArray(out) ? out.reduce((n: number, row: unknown[]) => n + row.filter((v) => typeof v === 'number').length, 0) : 0;
}

/**
 * Times one call of NTM_PLANNED over a 10.000 × 1 range (typed targets with units, start dates as
 * Date cells, one due date and one as-of date) and one call of NTM_NUMBER over 10.000 typed amounts.
 * Returns one line, e.g. `Hàm tùy chỉnh, 10.000 ô mỗi lệnh: NTM_PLANNED 40 ms, NTM_NUMBER 35 ms (Sheets cho tối đa 30 s).`
 */
export function benchCustomFunctions(file: string = bundlePath()): string {
  const runtime = createRuntime({ timeZone: 'Asia/Ho_Chi_Minh' });
  const bundle = loadBundle(runtime.globals, () => START + 30 * DAY_MS, file);
  const targets = Array.from({ length: CELLS }, (_, i) => [`${(i % 900) + 1}.${String(i % 1000).padStart(3, '0')} m`]);
  const starts = Array.from({ length: CELLS }, (_, i) => [new Date(START + (i % 60) * DAY_MS)]);
  const amounts = Array.from({ length: CELLS }, (_, i) => [`${i % 7},${i % 10} km`]);
  const planned = timeMs(() => bundle.call('NTM_PLANNED', targets, starts, '31/12/2023', '06/04/2023'));
  const number = timeMs(() => bundle.call('NTM_NUMBER', amounts, 'm'));
  for (const [name, r] of [['NTM_PLANNED', planned], ['NTM_NUMBER', number]] as const) {
    if (numbers(r.out) !== CELLS) throw new Error(`${name} trả về ${numbers(r.out)} số thay vì ${CELLS}.`);
  }
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  return `Hàm tùy chỉnh, 10.000 ô mỗi lệnh: NTM_PLANNED ${ms(planned.ms)}, NTM_NUMBER ${ms(number.ms)} (Sheets cho tối đa 30 s).`;
}
