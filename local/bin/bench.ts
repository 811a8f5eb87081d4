// `npm run bench`: a large workbook (the example plan, thousands of form rows) through the runner, with time, heap and service calls per step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCustomFunctions } from '../bench/custom-functions';
import { buildDemoWorkbook } from '../demo/run-demo';
import { KNOWN_ACTIONS, parseAsOf } from '../runner/args';
import { openSession } from '../runner/session';
import { findZoneSetting, readWorkbook, wallToInstant, writeWorkbook } from '../xlsx';

const ROWS = Number(process.env.NTM_BENCH_ROWS ?? 5000);
const AS_OF = process.env.NTM_BENCH_AS_OF ?? '2023-12-28T14:00';
const mb = () => `${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`;

async function timed<T>(label: string, f: () => T | Promise<T>): Promise<T> {
  const t0 = process.hrtime.bigint();
  const out = await f();
  console.log(`${label.padEnd(28)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0).padStart(7)} ms   heap ${mb()}`);
  return out;
}

/** Total service calls, then the Range reads and writes (the batching budget), busiest first. */
function callLine(calls: Record<string, number>): string {
  const entries = Object.entries(calls).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const range = entries.filter(([k]) => /^Range\.(get|set)/.test(k)).map(([k, n]) => `${k.slice(6)} ${n}`);
  return `${total} lệnh gọi dịch vụ; Range: ${range.join(', ') || '—'}`;
}

async function main(): Promise<void> {
  console.log(`Đo hiệu năng: sổ mẫu, ${ROWS} câu trả lời biểu mẫu, chạy như lúc ${AS_OF}.`);
  const built = await timed('tạo sổ (setup + câu trả lời)', () => buildDemoWorkbook({ rows: ROWS, asOf: AS_OF, seed: 7 }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  try {
    await timed('ghi .xlsx', () => writeWorkbook(built.workbook, file));
    console.log(`    ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
    const read = await timed('đọc .xlsx', () => readWorkbook(file));
    const zone = findZoneSetting(read.workbook).timeZone;
    const now = wallToInstant(parseAsOf(AS_OF)!, zone).getTime();
    const session = await timed('nạp Code.js', () => openSession({ workbook: read.workbook, timeZone: zone, now }));
    const actions = KNOWN_ACTIONS.filter((a) => session.offered[a] && a !== 'form');
    if (!actions.length) console.log('Bản dựng chưa có thao tác nào để đo.');
    for (const action of actions) {
      const report = await timed(action, () => session.run(action));
      console.log(`    ${report.ok ? 'xong' : 'LỖI'}: ${report.summary.split('\n')[0]}`);
      console.log(`    ${callLine(report.calls)}`);
    }
    await timed('ghi kết quả .xlsx', () => writeWorkbook(session.runtime.dump(), path.join(dir, 'out.xlsx')));
    console.log(benchCustomFunctions());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
