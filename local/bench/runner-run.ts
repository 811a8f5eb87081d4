// The bench's run through the runner: the workbook written as .xlsx, then validate and rollup on the file, with peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../runner/run-workbook';
import { writeBenchFile } from './bench-file';
import { BENCH_AS_OF, type BenchBook } from './bench-workbook';

export interface RunnerResult {
  writeMs: number;
  fileMb: number;
  runMs: number;
  exitCode: number;
  /** Largest resident set of the process so far (the OS's count) and largest V8 heap sampled while the runner ran, MB. */
  peakRssMb: number;
  peakHeapMb: number;
  lines: string[];
}

/** Writes `book` to a temporary .xlsx and runs `--actions validate,rollup` on it; the files are removed after. */
export async function measureRunner(book: BenchBook): Promise<RunnerResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  };
  try {
    let t0 = Date.now();
    await writeBenchFile(book, file);
    const writeMs = Date.now() - t0;
    book.workbook.sheets = [];
    const lines: string[] = [];
    const timer = setInterval(sample, 100);
    t0 = Date.now();
    try {
      const result = await runWorkbook({
        workbook: file,
        out: path.join(dir, 'out'),
        asOf: BENCH_AS_OF,
        actions: ['validate', 'rollup'],
        print: (l) => lines.push(l),
        printError: (l) => lines.push(l),
      });
      sample();
      return {
        writeMs,
        fileMb: fs.statSync(file).size / 1048576,
        runMs: Date.now() - t0,
        exitCode: result.exitCode,
        peakRssMb: Math.max(peak.rss / 1048576, process.resourceUsage().maxRSS / 1024),
        peakHeapMb: peak.heap / 1048576,
        lines,
      };
    } finally {
      clearInterval(timer);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
