// The bench's run through the runner: the workbook written as .xlsx, then validate and rollup on the file, with peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../runner/run-workbook';
import { writeBenchFile } from './bench-file';
import { BENCH_AS_OF, plantProblems, type BenchBook } from './bench-workbook';

export interface RunnerResult {
  writeMs: number;
  fileMb: number;
  runMs: number;
  exitCode: number;
  /** Form cells planted with a problem, which validate marks (a note and a background each). */
  marks: number;
  /** Rendering the output workbook (the tabs the run changed written over the file's), ms, and the largest heap sampled meanwhile, MB. */
  renderMs?: number;
  renderPeakHeapMb: number;
  /** Largest resident set of the process so far (the OS's count) and largest V8 heap sampled while the runner ran, MB. */
  peakRssMb: number;
  peakHeapMb: number;
  lines: string[];
}

/** Writes `book` (with `marks` problems planted) to a temporary .xlsx and runs `--actions validate,rollup` on it; the files are removed after. */
export async function measureRunner(book: BenchBook, marks = 0): Promise<RunnerResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  const peak = { rss: 0, heap: 0, render: 0, rendering: false };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
    if (peak.rendering) peak.render = Math.max(peak.render, m.heapUsed);
  };
  try {
    if (marks > 0) plantProblems(book, marks);
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
        onRender: () => {
          sample();
          peak.rendering = true;
        },
      });
      sample();
      return {
        writeMs,
        fileMb: fs.statSync(file).size / 1048576,
        runMs: Date.now() - t0,
        exitCode: result.exitCode,
        marks,
        renderMs: result.renderMs,
        renderPeakHeapMb: peak.render / 1048576,
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
