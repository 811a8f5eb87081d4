// Where the runner writes: --in-place makes the output of one run the input of the next (so `remind` twice sends once),
// keeping the previous version as FILE.bak.xlsx; --out naming an existing file is said in words; nothing half-written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../local/runner/cli';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { readWorkbook } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';
import { asOf, at, commune, ledgerOf, writeXlsx } from '../../entry/remind-helpers';

let dir: string;
let input: string;
let lines: string[];

beforeAll(() => ensureBuilt());
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-inplace-'));
  input = path.join(dir, 'sổ.xlsx');
  await writeXlsx(input, commune({ xuanSonReports: null, trungSonReports: null }));
  lines = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) =>
  runCli(argv, { print: (l) => lines.push(l), printError: (l) => lines.push(l) });
const outbox = (folder = dir) =>
  fs.readFileSync(path.join(folder, 'outbox.jsonl'), 'utf8').split('\n').filter(Boolean);
const WHEN = asOf(2023, 3, 22, 16, 0); // the reminder window of the week to 23/03 is open, nobody has reported yet

describe('--in-place', () => {
  it('remind twice on the same file sends each reminder once: the ledger written by the first run is read by the second', async () => {
    expect(await cli('--workbook', input, '--as-of', WHEN, '--actions', 'remind', '--in-place')).toBe(0);
    const first = outbox();
    expect(first.length).toBeGreaterThan(0);
    const afterFirst = fs.readFileSync(input);
    expect(ledgerOf((await readWorkbook(input)).workbook).filter((l) => l.endsWith('/Đã gửi'))).toHaveLength(
      first.length,
    );
    expect(lines).toContain(
      `Đã ghi đè ${input} (bản trước giữ ở ${path.join(dir, 'sổ.bak.xlsx')}) và ${path.join(dir, 'outbox.jsonl')} (${first.length} thư).`,
    );

    expect(await cli('--workbook', input, '--as-of', WHEN, '--actions', 'remind', '--in-place')).toBe(0);
    expect(outbox()).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'sổ.bak.xlsx')).equals(afterFirst)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['outbox.jsonl', 'sổ.bak.xlsx', 'sổ.xlsx']);
  }, 60_000);

  it('the same two runs with --out on the untouched input would send twice (why the routine feeds each output back in)', async () => {
    for (const out of ['a', 'b'])
      expect(
        await cli('--workbook', input, '--as-of', WHEN, '--actions', 'remind', '--out', path.join(dir, out)),
      ).toBe(0);
    expect(outbox(path.join(dir, 'b'))).toEqual(outbox(path.join(dir, 'a')));
    expect(outbox(path.join(dir, 'a')).length).toBeGreaterThan(0);
  }, 60_000);

  it('is refused together with --out, and nothing is written', async () => {
    const before = fs.readFileSync(input);
    expect(await cli('--workbook', input, '--in-place', '--out', path.join(dir, 'kq'))).toBe(2);
    expect(lines).toEqual([
      '--in-place (ghi đè lên tệp đầu vào) và --out (ghi vào thư mục khác) không dùng cùng nhau: hãy bỏ một trong hai.',
    ]);
    expect(fs.readdirSync(dir)).toEqual(['sổ.xlsx']);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('does not write over an input saved by someone else while the actions ran', async () => {
    const result = await runWorkbook({
      workbook: input,
      inPlace: true,
      actions: ['remind'],
      now: () => {
        fs.appendFileSync(input, ' '); // saved in Excel meanwhile
        return at(2023, 3, 22, 16, 0);
      },
      print: (l) => lines.push(l),
      printError: (l) => lines.push(l),
    });
    expect(result.exitCode).toBe(1);
    expect(lines.slice(-1)).toEqual([
      `Tệp ${input} đã được lưu lại trong lúc runner chạy, nên không ghi đè lên nó và không ghi tệp nào (thư trong lần chạy này chưa được gửi). Hãy đóng tệp trong Excel/LibreOffice rồi chạy lại.`,
    ]);
    expect(fs.readdirSync(dir)).toEqual(['sổ.xlsx']);
  }, 60_000);
});

describe('--out naming an existing file', () => {
  it('says what is wrong and how to fix it, exits 1 and writes nothing', async () => {
    const taken = path.join(dir, 'kq');
    fs.writeFileSync(taken, 'ghi chú');
    expect(await cli('--workbook', input, '--actions', 'validate', '--as-of', WHEN, '--out', taken)).toBe(1);
    expect(lines).toEqual([
      `--out "${taken}" là một tệp đã có, không phải thư mục: hãy ghi tên một thư mục (chưa có thì runner tạo), ví dụ --out ket-qua, hoặc dùng --in-place để ghi đè lên chính tệp đầu vào. Không ghi tệp nào.`,
    ]);
    expect(lines.join('\n')).not.toMatch(/EEXIST|ENOTDIR|mkdir/);
    expect(fs.readFileSync(taken, 'utf8')).toBe('ghi chú');
    expect(fs.readdirSync(dir).sort()).toEqual(['kq', 'sổ.xlsx']);
  });
});
