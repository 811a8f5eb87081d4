// `npm run bench`: a large workbook (the example plan, thousands of form rows) through the runner: time, heap, and calls per action (Sheets round trips apart from local builders).
import { errorText } from '../../src/core/error-text';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCustomFunctions } from '../bench/custom-functions';
import { buildDemoWorkbook } from '../demo/run-demo';
import { KNOWN_ACTIONS, parseAsOf } from '../runner/args';
import { callsByKind, type CallKind } from '../runtime/call-kinds';
import { openSession } from '../runner/session';
import { findZoneSetting, readWorkbook, wallToInstant, writeWorkbook } from '../xlsx';

const ROWS = Number(process.env.NTM_BENCH_ROWS ?? 5000);
const AS_OF = process.env.NTM_BENCH_AS_OF ?? '2023-12-28T14:00';
const mb = () => `${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`;

async function timed<T>(label: string, f: () => T | Promise<T>): Promise<T> {
  const t0 = process.hrtime.bigint();
  const out = await f();
  console.log(
    `${label.padEnd(28)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0).padStart(7)} ms   heap ${mb()}`,
  );
  return out;
}

const KIND_LABEL: Record<CallKind, string> = {
  'sheets-read': 'Sheets đọc',
  'sheets-write': 'Sheets ghi',
  service: 'dịch vụ khác',
  local: 'dựng tại chỗ, không gọi Sheets',
};

const list = (methods: [string, number][], n = methods.length) =>
  methods
    .slice(0, n)
    .map(([k, c]) => `${k} ${c}`)
    .join(', ') + (methods.length > n ? ', …' : '');

/** One kind's calls; for Sheets, the Range calls (the data, what batching keeps down) in full before the tab-level ones. */
function detail(kind: CallKind, methods: [string, number][]): string {
  if (!kind.startsWith('sheets')) return list(methods, 3);
  const range = methods
    .filter(([k]) => k.startsWith('Range.'))
    .map(([k, c]): [string, number] => [k.slice(6), c]);
  const other = methods.filter(([k]) => !k.startsWith('Range.'));
  return [range.length ? `Range: ${list(range)}` : '', other.length ? `khác: ${list(other, 4)}` : '']
    .filter(Boolean)
    .join(' · ');
}

/** The batching budget first: Sheets reads and writes (each a round trip), then other services, then local builder calls. */
function callLines(calls: Record<string, number>): string[] {
  return callsByKind(calls).map(
    (g) =>
      `${`${KIND_LABEL[g.kind]}:`.padEnd(32)} ${String(g.total).padStart(5)}  ${detail(g.kind, g.methods)}`,
  );
}

async function main(): Promise<void> {
  console.log(`Đo hiệu năng: sổ mẫu, ${ROWS} câu trả lời biểu mẫu, chạy như lúc ${AS_OF}.`);
  const built = await timed('tạo sổ (setup + câu trả lời)', () =>
    buildDemoWorkbook({ rows: ROWS, asOf: AS_OF, seed: 7 }),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  try {
    await timed('ghi .xlsx', () => writeWorkbook(built.workbook, file));
    console.log(`    ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
    const read = await timed('đọc .xlsx', () => readWorkbook(file));
    const zone = findZoneSetting(read.workbook).timeZone;
    const now = wallToInstant(parseAsOf(AS_OF)!, zone).getTime();
    const session = await timed('nạp Code.js', () =>
      openSession({ workbook: read.workbook, timeZone: zone, now }),
    );
    const actions = KNOWN_ACTIONS.filter((a) => session.offered[a] && a !== 'form' && a !== 'clear-examples');
    if (!actions.length) console.log('Bản dựng chưa có thao tác nào để đo.');
    for (const action of actions) {
      const report = await timed(action, () => session.run(action));
      console.log(`    ${report.ok ? 'xong' : 'LỖI'}: ${report.summary.split('\n')[0]}`);
      for (const line of callLines(report.calls)) console.log(`    ${line}`);
      const { read, written } = report.cells;
      console.log(
        `    ${'Ô đọc / ghi:'.padEnd(32)} ${read} / ${written}  (${(read / ROWS).toFixed(1)} ô đọc mỗi dòng báo cáo)`,
      );
    }
    await timed('ghi kết quả .xlsx', () => writeWorkbook(session.runtime.dump(), path.join(dir, 'out.xlsx')));
    console.log(benchCustomFunctions());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(errorText(e));
  process.exitCode = 1;
});
