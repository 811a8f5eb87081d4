// The bench's run through the runner: the workbook written as .xlsx, then validate and rollup on the file, with peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../runner/run-workbook';
import { writeBenchFile } from './bench-file';
import { BENCH_AS_OF, plantProblems, type BenchBook } from './bench-workbook';

/** One phase of making the output: wall and CPU time (ms) and the largest heap sampled in it (MB, at its start and end and every 100 ms the event loop is free). */
export interface Phase {
  wallMs: number;
  cpuMs: number;
  peakHeapMb: number;
}

export interface RunnerResult {
  writeMs: number;
  fileMb: number;
  runMs: number;
  exitCode: number;
  /** Form cells planted with a problem, which validate marks (a note and a background each). */
  marks: number;
  /** Making the output: `dump` the tabs with what the run changed (the runtime), `render` the .xlsx bytes (the tabs written over the file's). */
  phases: Partial<Record<'dump' | 'render', Phase>>;
  /** Largest resident set of the process so far (the OS's count) and largest V8 heap sampled while the runner ran, MB. */
  peakRssMb: number;
  peakHeapMb: number;
  lines: string[];
}

/** Writes `book` (with `marks` problems planted) to a temporary .xlsx and runs `--actions validate,rollup` on it; the files are removed after. */
export async function measureRunner(book: BenchBook, marks = 0): Promise<RunnerResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  const peak = { rss: 0, heap: 0 };
  const phases: RunnerResult['phases'] = {};
  let current: { name: 'dump' | 'render'; wall: number; cpu: NodeJS.CpuUsage; heap: number } | undefined;
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
    if (current) current.heap = Math.max(current.heap, m.heapUsed);
  };
  const onPhase = (next: 'dump' | 'render' | 'write') => {
    sample();
    if (current) {
      const cpu = process.cpuUsage(current.cpu);
      phases[current.name] = {
        wallMs: Date.now() - current.wall,
        cpuMs: (cpu.user + cpu.system) / 1000,
        peakHeapMb: current.heap / 1048576,
      };
    }
    current =
      next === 'write' ? undefined : { name: next, wall: Date.now(), cpu: process.cpuUsage(), heap: 0 };
    sample();
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
        onPhase,
      });
      sample();
      return {
        writeMs,
        fileMb: fs.statSync(file).size / 1048576,
        runMs: Date.now() - t0,
        exitCode: result.exitCode,
        marks,
        phases,
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
