// DIR/form.json: written when a run holds a form, read back from beside the input so the next run finds the same form.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../../../local/runtime';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { readWorkbook } from '../../../local/xlsx';
import { foreignWorkbook } from '../xlsx/foreign-workbook';

const FORM_CODE = path.join(__dirname, 'fixtures', 'form-code.js');
let dir: string;
let lines: string[];
let errors: string[];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-form-'));
  fs.writeFileSync(path.join(dir, 'W.xlsx'), await foreignWorkbook());
  lines = [];
  errors = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (from: string, to: string, actions: string[]) =>
  runWorkbook({
    workbook: path.join(dir, from, 'W.xlsx'),
    out: path.join(dir, to),
    actions,
    bundleFile: FORM_CODE,
    asOf: '2023-04-06T15:00',
    print: (l) => lines.push(l),
    printError: (l) => errors.push(l),
  });
const formJson = (sub: string) => JSON.parse(fs.readFileSync(path.join(dir, sub, 'form.json'), 'utf8'));

it('the form action writes form.json; a run on its output finds the same form, changes nothing and keeps the answers', async () => {
  expect((await run('', 'a', ['form'])).exitCode).toBe(0);
  const first = formJson('a');
  expect(first).toMatchObject({
    title: 'Báo cáo thử',
    description: 'Mỗi thôn một báo cáo mỗi tuần.',
    editUrl: expect.stringMatching(/^https:\/\/docs\.google\.com\/forms\/d\/[^/]+\/edit$/),
    publishedUrl: expect.stringMatching(/\/viewform$/),
    items: [
      { title: 'Thôn', type: 'LIST', required: true, helpText: '', choices: ['Thượng Bằng', 'Hạ Bằng'] },
      {
        title: '[HANG_RAO] Hàng rào xanh (m)',
        type: 'TEXT',
        required: false,
        helpText: 'làm được từ lần báo cáo trước',
        validation: { type: 'MATCHES_PATTERN', args: ['[0-9.,]+'], helpText: 'Ghi một số' },
      },
    ],
  });
  expect(lines).toContain(
    `Đã ghi ${path.join(dir, 'a', 'form.json')} (biểu mẫu: câu hỏi, đường dẫn và trạng thái cho lần chạy sau).`,
  );
  // The add-on's memory of its form (document properties ntm.form…) goes with it; other properties do not.
  expect(first.state.documentProperties).toEqual({ 'ntm.formMemory': first.state.forms[0].id });

  // A leader answers between the runs: load a's output, submit, save it where the next run reads it.
  const read = await readWorkbook(path.join(dir, 'a', 'W.xlsx'));
  const rt = createRuntime({
    workbook: read.workbook,
    forms: first.state.forms,
    now: () => Date.UTC(2023, 3, 6, 9),
  });
  rt.forms.submit(first.editUrl, { Thôn: 'Hạ Bằng', '[HANG_RAO] Hàng rào xanh (m)': '120' });
  fs.writeFileSync(
    path.join(dir, 'a', 'form.json'),
    JSON.stringify({ ...first, state: { ...first.state, forms: rt.forms.state() } }),
  );
  const { workbookToXlsx } = await import('../../../local/xlsx');
  fs.writeFileSync(path.join(dir, 'a', 'W.xlsx'), (await workbookToXlsx(rt.dump())).bytes);

  const again = await run('a', 'b', ['form']);
  expect(errors).toEqual([]);
  expect(again.reports.map((r) => r.summary)).toEqual(['không có gì thay đổi']);
  const second = formJson('b');
  expect({ ...second, state: undefined }).toEqual({ ...first, state: undefined });
  expect(second.state.forms[0].responses).toHaveLength(1);
  // The workbook already had `Câu trả lời biểu mẫu 1` (a hand-made form's): the form's own tab is the next one.
  expect(second.state.forms[0].destination.sheetName).toBe('Câu trả lời biểu mẫu 2');
  const tab = (await readWorkbook(path.join(dir, 'b', 'W.xlsx'))).workbook.sheets.find(
    (s) => s.name === 'Câu trả lời biểu mẫu 2',
  )!;
  expect(tab.rows.map((r) => r.map((c) => c?.value ?? null).slice(1))).toEqual([
    ['Thôn', '[HANG_RAO] Hàng rào xanh (m)'],
    ['Hạ Bằng', 120],
  ]);
});

it('a run without a form writes no form.json; an unreadable form.json beside the input stops the run before anything is written', async () => {
  await run('', 'a', []);
  expect(fs.existsSync(path.join(dir, 'a', 'form.json'))).toBe(false);
  fs.writeFileSync(path.join(dir, 'form.json'), '{"title": ');
  const result = await run('', 'c', ['form']);
  expect(result.exitCode).toBe(1);
  expect(errors[0]).toMatch(
    /^Không đọc được .*form\.json .*hãy xóa tệp này hoặc lấy lại tệp do runner ghi\.$/,
  );
  expect(fs.existsSync(path.join(dir, 'c'))).toBe(false);
});
