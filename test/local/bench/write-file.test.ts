// `npm run bench -- --write-file F`: the bench's workbook written as a real .xlsx the runner validates and rolls up on its own, as docs/scale.md's 550.000-row run does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BENCH_FORM } from '../../../local/bench/bench-workbook';
import { ensureBuilt, ROOT } from '../../bundle/ensure-built';

const BENCH = path.join(ROOT, 'dist-local', 'bench.cjs');
const CLI = path.join(ROOT, 'dist-local', 'ntm.cjs');
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-file-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (file: string, args: string[]) =>
  spawnSync(process.execPath, [file, ...args], { cwd: dir, encoding: 'utf8' });

describe('bench --write-file', () => {
  it('writes the form tab of N rows and stops; the runner then checks and rolls up every row', async () => {
    const file = path.join(dir, 'bench-300.xlsx');
    const wrote = run(BENCH, ['--rows', '300', '--villages', '4', '--write-file', file]);
    expect(wrote.status).toBe(0);
    expect(wrote.stdout).toContain(`Đã ghi ${file}`);
    expect(fs.existsSync(path.join(dir, 'bench', 'results.json'))).toBe(false);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const form = book.getWorksheet(BENCH_FORM)!;
    expect(form.actualRowCount).toBe(301);

    const ran = run(CLI, [
      '--workbook',
      file,
      '--as-of',
      '2023-12-28T12:00',
      '--actions',
      'validate,rollup',
      '--out',
      'out',
    ]);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/✔ validate: Đã kiểm tra 300 dòng báo cáo: không có lỗi hay cảnh báo nào\./);
    expect(ran.stdout).toMatch(/✔ rollup: .*4 thôn nộp đúng hạn/);
  }, 120_000);

  it('refuses a file name that is not .xlsx, saying how to call it', () => {
    const bad = run(BENCH, ['--rows', '10', '--write-file', 'bench.csv']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--write-file cần tên một tệp .xlsx.');
    expect(fs.existsSync(path.join(dir, 'bench.csv'))).toBe(false);
  });
});
