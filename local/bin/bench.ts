// `npm run bench -- --rows N --villages N [--runner [--marks N]] [--write-file F]`: the core against a one-pass floor, each action's time, heap, Sheets calls and cells; bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorText } from '../../src/core/error-text';
import { benchCustomFunctions } from '../bench/custom-functions';
import { writeBenchFile } from '../bench/bench-file';
import { benchWorkbook } from '../bench/bench-workbook';
import { heapMb, measureActions, measureCore } from '../bench/measure';
import { measureRunner } from '../bench/runner-run';
import { benchProvince } from '../bench/province';

const USAGE =
  'Cách dùng: npm run bench -- [--rows N] [--villages N] [--runner] [--marks N] [--no-functions]\n' +
  '  --rows       số câu trả lời biểu mẫu (mặc định 5000), 18 cột\n' +
  '  --villages   số thôn (mặc định 5)\n' +
  '  --runner     thêm một lần chạy qua tệp .xlsx: validate, rollup (thời gian, bộ nhớ cao nhất)\n' +
  '  --marks      với --runner: N ô số lượng ghi sai ("mười"), validate đánh dấu (ghi chú, màu nền) từng ô\n' +
  '  --no-functions  bỏ phần đo hàm tùy chỉnh\n' +
  '  --write-file F  chỉ ghi sổ của phép đo ra tệp .xlsx F (để chạy riêng: node dist-local/ntm.cjs --workbook F …) rồi dừng\n' +
  '       npm run bench -- --province N: gộp lịch sử của N xã (40 thôn × 11 chỉ tiêu × 52 tuần) bằng DuckDB';

function args(argv: string[]) {
  const out = { rows: 5000, villages: 5, marks: 0, runner: false, functions: true, writeFile: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runner') out.runner = true;
    else if (a === '--no-functions') out.functions = false;
    else if (a === '--write-file') {
      out.writeFile = argv[++i] ?? '';
      if (!out.writeFile.toLowerCase().endsWith('.xlsx'))
        throw new Error(`--write-file cần tên một tệp .xlsx.\n${USAGE}`);
    } else if (a === '--rows' || a === '--villages' || a === '--marks') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} cần một số nguyên dương.\n${USAGE}`);
      out[a === '--rows' ? 'rows' : a === '--villages' ? 'villages' : 'marks'] = n;
    } else throw new Error(`Không hiểu tham số ${a}.\n${USAGE}`);
  }
  return out;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits });

/** `--province N`: the province's consolidation alone (docs/scale.md), results in bench/province.json. */
async function mainProvince(argv: string[]): Promise<void> {
  const n = Number(argv[1]);
  if (!Number.isInteger(n) || n < 1 || argv.length > 2)
    throw new Error(`--province cần một số xã nguyên dương.\n${USAGE}`);
  const machine = `${os.cpus().length} lõi ${os.cpus()[0]?.model.trim() ?? ''}, Node ${process.version}`;
  console.log(`Đo gộp cấp tỉnh: ${fmt(n)} xã × 40 thôn × 11 chỉ tiêu × 52 tuần (${machine}).`);
  const r = await benchProvince(n);
  console.log(
    `Nạp và kiểm tra ${fmt(r.rows)} dòng: ${fmt(r.loadMs / 1000, 1)} s (${fmt(r.rowsPerSecond)} dòng/giây); ` +
      `các truy vấn gộp: ${fmt(r.queriesMs / 1000, 1)} s; tinh.xlsx: ${fmt(r.xlsxMs / 1000, 1)} s; ` +
      `bộ nhớ cao nhất ${fmt(r.peakRssMb)} MB; ${r.leftOut} tệp bị bỏ ra.`,
  );
  const file = path.join(process.cwd(), 'bench', 'province.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ machine, ...r }, null, 2)}\n`);
  console.log(`Đã ghi ${path.relative(process.cwd(), file)}.`);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--province') return mainProvince(process.argv.slice(2));
  const opts = args(process.argv.slice(2));
  const machine = `${os.cpus().length} lõi ${os.cpus()[0]?.model.trim() ?? ''}, Node ${process.version}`;
  console.log(`Đo hiệu năng: ${fmt(opts.rows)} dòng biểu mẫu × 18 cột, ${opts.villages} thôn (${machine}).`);
  const book = benchWorkbook(opts.rows, opts.villages);
  if (opts.writeFile) {
    await writeBenchFile(book, opts.writeFile);
    console.log(`Đã ghi ${opts.writeFile} (${fmt(fs.statSync(opts.writeFile).size / 1048576, 1)} MB).`);
    return;
  }
  const core = measureCore(book);
  console.log(
    `Lõi (mô hình + kiểm tra + tổng hợp): ${fmt(core.ms)} ms (tốt nhất trong 3 lần; lần đầu ${fmt(core.firstMs)} ms); ` +
      `một lượt tối thiểu: ${fmt(core.floor.ms, 1)} ms; ` +
      `gấp ${fmt(core.ratio, 1)} lần (${fmt(core.counted)} dòng được tính); ` +
      `kết quả của lõi giữ ${fmt(core.heapMbPer100k, 1)} MB bộ nhớ mỗi 100.000 dòng.`,
  );
  const actions = measureActions(book, ['validate', 'rollup', 'remind', 'corrections', 'report']);
  console.log('thao tác       ms   heap MB  lệnh Sheets   ô đọc    ô ghi   ô đọc/dòng');
  for (const a of actions)
    console.log(
      `${a.action.padEnd(12)}${fmt(a.ms).padStart(7)}${fmt(a.heapMb).padStart(9)}${fmt(a.sheetsCalls).padStart(12)}` +
        `${fmt(a.cellsRead).padStart(11)}${fmt(a.cellsWritten).padStart(9)}${fmt(a.cellsReadPerRow, 1).padStart(12)}` +
        (a.ok ? '' : '  LỖI'),
    );
  const runner = opts.runner ? await measureRunner(book, opts.marks) : undefined;
  if (runner)
    console.log(
      `Qua tệp .xlsx (${fmt(runner.fileMb, 1)} MB, ghi ${fmt(runner.writeMs)} ms): validate + rollup ${fmt(runner.runMs)} ms, ` +
        `mã thoát ${runner.exitCode}, bộ nhớ cao nhất ${fmt(runner.peakRssMb)} MB (heap ${fmt(runner.peakHeapMb)} MB); ` +
        `${fmt(runner.marks)} ô bị đánh dấu; ra tệp kết quả: ` +
        (['dump', 'render'] as const)
          .map((k) => {
            const p = runner.phases[k];
            return `${k === 'dump' ? 'chép sổ' : 'dựng .xlsx'} ${p ? `${fmt(p.wallMs)} ms (CPU ${fmt(p.cpuMs)} ms, heap cao nhất ${fmt(p.peakHeapMb)} MB)` : '–'}`;
          })
          .join(', ') +
        '.',
    );
  const functions = opts.functions ? benchCustomFunctions() : undefined;
  if (functions) console.log(functions);
  const results = {
    machine,
    rows: opts.rows,
    villages: opts.villages,
    columns: 18,
    core: {
      ms: core.ms,
      firstMs: core.firstMs,
      floorMs: core.floor.ms,
      ratio: core.ratio,
      countedRows: core.counted,
      heapMbPer100kRows: core.heapMbPer100k,
    },
    actions,
    runner: runner && { ...runner, lines: runner.lines.slice(0, 4) },
    heapAtEndMb: heapMb(),
    customFunctions: functions,
  };
  const file = path.join(process.cwd(), 'bench', 'results.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Đã ghi ${path.relative(process.cwd(), file)}.`);
}

main().catch((e) => {
  console.error(errorText(e));
  process.exitCode = 1;
});
