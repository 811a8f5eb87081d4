// The runner end to end on .xlsx files: values kept, input untouched, nothing written on any failure, the outbox, the clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../local/runner/cli';
import { runWorkbook, type RunOptions } from '../../../local/runner/run-workbook';
import { readWorkbook } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';
import { foreignWorkbook, valuesOf } from '../xlsx/foreign-workbook';

const FAKE = path.join(__dirname, 'fixtures', 'fake-code.js');
let dir: string;
let input: string;
let lines: string[];
let errors: string[];

beforeAll(() => ensureBuilt());
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-run-'));
  input = path.join(dir, 'sổ theo dõi.xlsx');
  fs.writeFileSync(input, await foreignWorkbook());
  lines = [];
  errors = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (o: Partial<RunOptions>) =>
  runWorkbook({
    workbook: input,
    out: path.join(dir, 'out'),
    print: (l) => lines.push(l),
    printError: (l) => errors.push(l),
    ...o,
  });
const outFiles = () =>
  fs.existsSync(path.join(dir, 'out')) ? fs.readdirSync(path.join(dir, 'out')).sort() : [];

describe('round trip through the real bundle', () => {
  it('writes back every value of a workbook another program wrote, and never touches the input', async () => {
    const before = fs.readFileSync(input);
    const result = await run({ actions: [] });
    expect(errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(outFiles()).toEqual(['outbox.jsonl', 'sổ theo dõi.xlsx']);
    expect(await valuesOf(fs.readFileSync(path.join(dir, 'out', 'sổ theo dõi.xlsx')))).toEqual(
      await valuesOf(before),
    );
    expect(fs.readFileSync(path.join(dir, 'out', 'outbox.jsonl'), 'utf8')).toBe('');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('answers "chưa hỗ trợ" for an action the bundle does not offer yet, and fails only when none is offered', async () => {
    const result = await run({ actions: ['corrections'], bundleFile: FAKE });
    expect(lines).toContain('corrections: chưa hỗ trợ');
    expect(result.exitCode).toBe(1);
    expect(outFiles()).toEqual([]);
    const mixed = await run({ actions: ['corrections', 'remind'], bundleFile: FAKE });
    expect(mixed.exitCode).toBe(0);
  });
});

describe('the real actions on a workbook another program wrote', () => {
  it('set-up adds what is missing and keeps every value of the input', async () => {
    const before = fs.readFileSync(input);
    const result = await run({ actions: ['setup'], asOf: '2023-03-23T10:00' });
    expect(errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const out = await valuesOf(fs.readFileSync(path.join(dir, 'out', 'sổ theo dõi.xlsx')));
    const kept = await valuesOf(before);
    for (const [cell, value] of Object.entries(kept)) expect([cell, out[cell]]).toEqual([cell, value]);
    expect(Object.keys(out).some((k) => k.startsWith('Thôn!'))).toBe(true);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('a missing required tab stops validate with one line naming the tab, writing nothing', async () => {
    const result = await run({ actions: ['validate'] });
    expect(result.exitCode).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^Dừng ở thao tác validate: .*"Thôn".* \(và 1 vấn đề khác, xem ở trên\)\. Không ghi tệp nào\.$/,
    );
    expect(outFiles()).toEqual([]);
  });
});

describe('what the runner refuses, writing nothing', () => {
  it('an output path that is the input file', async () => {
    const before = fs.readFileSync(input);
    const result = await run({ out: dir, actions: [] });
    expect(result.exitCode).toBe(1);
    expect(errors).toEqual([expect.stringContaining('trùng tệp đầu vào')]);
    expect(fs.readdirSync(dir)).toEqual(['sổ theo dõi.xlsx']);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('a missing file and a corrupt file', async () => {
    expect((await run({ workbook: path.join(dir, 'khong-co.xlsx') })).exitCode).toBe(1);
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), Buffer.from('PK\u0003\u0004 hỏng'));
    expect((await run({ workbook: path.join(dir, 'hong.xlsx') })).exitCode).toBe(1);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Không tìm thấy tệp .*khong-co\.xlsx/);
    expect(errors[1]).toMatch(/^Tệp .*hong\.xlsx.* không đọc được/);
    expect(outFiles()).toEqual([]);
  });

  it('an action that reports a missing tab (the action says which): said once, in the stop line', async () => {
    const result = await run({ actions: ['rollup', 'validate'], bundleFile: FAKE });
    expect(result.exitCode).toBe(1);
    expect(lines).toEqual(['✔ rollup: đã ghi tab Tổng hợp', '    Đã tổng hợp']);
    expect(errors).toEqual([
      'Dừng ở thao tác validate: Thiếu tab "Thôn": hãy chạy NTM → Thiết lập. Không ghi tệp nào.',
    ]);
    expect(outFiles()).toEqual([]);
  });

  it('an unknown action or a malformed --as-of, on the command line', async () => {
    const io = {
      print: (l: string) => lines.push(l),
      printError: (l: string) => errors.push(l),
      bundleFile: FAKE,
    };
    const out = path.join(dir, 'out');
    expect(await runCli(['--workbook', input, '--actions', 'validate,tonghop', '--out', out], io)).toBe(2);
    expect(await runCli(['--workbook', input, '--as-of', '06/04/2023', '--out', out], io)).toBe(1);
    expect(errors).toEqual([
      expect.stringMatching(/^Thao tác không có: tonghop\./),
      expect.stringMatching(/^--as-of "06\/04\/2023" không đúng dạng/),
    ]);
    expect(outFiles()).toEqual([]);
  });
});

describe('a run that succeeds', () => {
  it('runs the actions in order as of --as-of in the workbook zone, and writes the outbox', async () => {
    const result = await run({ actions: ['rollup', 'remind'], asOf: '2023-04-06T14:00', bundleFile: FAKE });
    expect(result.exitCode).toBe(0);
    expect(result.asOf).toBe(Date.UTC(2023, 3, 6, 7, 0));
    const { workbook } = await readWorkbook(path.join(dir, 'out', 'sổ theo dõi.xlsx'));
    const rollup = workbook.sheets.find((s) => s.name === 'Tổng hợp')!;
    expect((rollup.rows[0][1]!.value as Date).getTime()).toBe(Date.UTC(2023, 3, 6, 7, 0));
    expect(rollup.rows[0][2]!.value).toBe(Date.UTC(2023, 3, 6, 7, 0));
    const mails = fs
      .readFileSync(path.join(dir, 'out', 'outbox.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(mails).toEqual([
      {
        to: 'thinhbang@example.vn',
        cc: '',
        subject: 'Nhắc hạn báo cáo',
        body: 'Xin gửi báo cáo',
        htmlBody: '<p>Xin gửi báo cáo</p>',
      },
    ]);
    expect(lines.slice(-1)[0]).toMatch(/^Đã ghi .*sổ theo dõi\.xlsx và .*outbox\.jsonl \(1 thư\)\.$/);
  });

  it('reads --as-of in the Múi giờ of the workbook', async () => {
    fs.writeFileSync(input, await foreignWorkbook({ zone: 'Asia/Tokyo' }));
    const result = await run({ actions: [], asOf: '2023-04-06T14:00' });
    expect(result.asOf).toBe(Date.UTC(2023, 3, 6, 5, 0));
  });
});

describe('an output folder that cannot be written', () => {
  it('fails with one line naming the folder', async () => {
    fs.writeFileSync(path.join(dir, 'out'), 'một tệp, không phải thư mục');
    const result = await run({ actions: [], out: path.join(dir, 'out', 'kq') });
    expect(result.exitCode).toBe(1);
    expect(errors).toEqual([
      `Không ghi được kết quả vào ${path.join(dir, 'out', 'kq')}: một phần của đường dẫn là tệp chứ không phải thư mục. Hãy chọn thư mục khác bằng --out. Không ghi tệp nào.`,
    ]);
  });
});
