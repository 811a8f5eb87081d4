// What the bench measures (core and floor in CPU time, so a busy machine skews them less; each the best of three runs): the core alone (model, validation, rollup) against the floor, and each action through the runtime.
import v8 from 'node:v8';
import vm from 'node:vm';
import { minOf } from '../../src/core/lists';
import { readModel } from '../../src/core/model';
import { rollup } from '../../src/core/rollup';
import { validate } from '../../src/core/validation';
import type { Instant, TabData } from '../../src/core/types';
import { asInstant } from '../../src/core/zone';
import { callsByKind } from '../runtime/call-kinds';
import { createRuntime } from '../runtime';
import { openSession } from '../runner/session';
import { asOfInstant, BENCH_FORM, BENCH_ZONE, FILLED, type BenchBook } from './bench-workbook';
import { cpuMs, floorPass, type FloorRun } from './floor';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in MB: what is still held. */
export function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

export interface ActionResult {
  action: string;
  ok: boolean;
  ms: number;
  /** Heap held after the action (after a collection) minus before the workbook was loaded, MB. */
  heapMb: number;
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  cellsReadPerRow: number;
}

export interface CoreResult {
  /** The best of the core's runs (like the floor's best of three): what it costs once the code is compiled. */
  ms: number;
  /** The first run, with the code not yet compiled and the core's caches (folded names, parsed dates) empty. */
  firstMs: number;
  floor: FloorRun;
  ratio: number;
  counted: number;
  /** What the core's results (model, validation, rollup) hold once done, after a collection, in MB per 100.000 form rows. */
  heapMbPer100k: number;
}

/** The tabs as the adapters hand them to the core: values and display values of each whole tab. */
function tabsOf(book: BenchBook): TabData[] {
  const rt = createRuntime({ workbook: book.workbook, timeZone: BENCH_ZONE });
  return rt.spreadsheet.getSheets().map((s) => {
    const range = s.getDataRange();
    return { name: s.getName(), values: range.getValues(), displays: range.getDisplayValues() };
  });
}

/** How many times the core runs; the best counts. */
const CORE_RUNS = 3;

/** The core (model + validation + rollup) on `tabs`, timed in CPU ms, with its results. */
function coreRun(tabs: TabData[], asOf: Instant): { ms: number; results: unknown[]; counted: number } {
  const t0 = cpuMs();
  const { model } = readModel(tabs);
  if (!model) throw new Error('Sổ đo hiệu năng không đọc được.');
  const validation = validate(model, asOf, new Set());
  const tables = rollup(model, validation, asOf);
  return { ms: cpuMs() - t0, results: [model, validation, tables], counted: validation.rows.length };
}

/** The core (model + validation + rollup) three times, the best timed; and the floor on the same form rows (best of three). */
export function measureCore(book: BenchBook): CoreResult {
  const tabs = tabsOf(book);
  const asOf = asInstant(asOfInstant());
  // The first run, from a clean heap, also gives what the results hold.
  const heap0 = heapMb();
  const first = coreRun(tabs, asOf);
  const held = heapMb() - heap0;
  if (first.results.length !== 3) throw new Error('Sổ đo hiệu năng: thiếu kết quả.');
  const times = [first.ms];
  for (let i = 1; i < CORE_RUNS; i++) times.push(coreRun(tabs, asOf).ms);
  const ms = minOf(times, Infinity);
  const form = tabs.find((t) => t.name === BENCH_FORM)!;
  const header = form.values[0].map(String);
  const cols = FILLED.map((f) => header.indexOf(f.title));
  const start = asOf - 53 * 7 * 86_400_000;
  const names = book.villages.map((v) => v.name);
  const runs = [0, 1, 2].map(() => floorPass(form.values, names, cols, start));
  const floor = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return {
    ms,
    firstMs: times[0],
    floor,
    ratio: ms / floor.ms,
    counted: first.counted,
    heapMbPer100k: (held * 100_000) / book.rows,
  };
}

/** Runs `actions` in one session on the bench workbook, each measured. */
export function measureActions(book: BenchBook, actions: string[]): ActionResult[] {
  const base = heapMb();
  const session = openSession({ workbook: book.workbook, timeZone: BENCH_ZONE, now: asOfInstant() });
  return actions.map((action) => {
    const report = session.run(action);
    const sheets = callsByKind(report.calls)
      .filter((g) => g.kind.startsWith('sheets'))
      .reduce((n, g) => n + g.total, 0);
    return {
      action,
      ok: report.ok,
      ms: report.ms,
      heapMb: heapMb() - base,
      sheetsCalls: sheets,
      cellsRead: report.cells.read,
      cellsWritten: report.cells.written,
      cellsReadPerRow: report.cells.read / book.rows,
    };
  });
}
