// The demo through the form: set-up, `form`, then each generated answer submitted through the form at its time, and form.json for the runner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDemo } from '../../../local/demo/run-demo';
import { readWorkbook } from '../../../local/xlsx';

const BUNDLE = path.join(__dirname, 'fixtures', 'setup-form-code.js');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-demo-form-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('submits every answer through the form, each firing the trigger at its own time, and leaves form.json for the runner', async () => {
  const lines: string[] = [];
  expect(
    await runDemo({
      outDir: dir,
      bundleFile: BUNDLE,
      throughForm: true,
      print: (l) => lines.push(l),
      printError: (l) => lines.push(`!${l}`),
    }),
  ).toBe(0);
  expect(lines.filter((l) => l.startsWith('!'))).toEqual([]);
  expect(lines).toContain('✔ form: đã tạo biểu mẫu');
  expect(lines).toContain('✔ form: không có gì thay đổi');
  expect(fs.readdirSync(path.join(dir, 'demo-input')).sort()).toEqual(['demo.xlsx', 'form.json']);
  expect(fs.readdirSync(dir).sort()).toEqual(['demo-input', 'demo.xlsx', 'form.json', 'outbox.jsonl']);

  const { workbook } = await readWorkbook(path.join(dir, 'demo-input', 'demo.xlsx'));
  const tab = workbook.sheets.find((s) => s.name === 'Câu trả lời biểu mẫu 1')!;
  const header = tab.rows[0].map((c) => c?.value);
  expect(header).toEqual([
    'Dấu thời gian',
    'Địa chỉ email',
    'Thôn',
    'Ngày báo cáo',
    '[RAO] Hàng rào xanh (m)',
    '[VUON] Cải tạo vườn (vườn)',
    '[RAC] Hộ thu gom rác (hộ)',
    'Ảnh',
    'Ghi chú',
    'Kế hoạch tuần tới',
  ]);
  const rows = tab.rows.slice(1);
  const sent = Number(
    /: (\d+) câu trả lời/.exec(lines.find((l) => l.startsWith('Tab "Câu trả lời biểu mẫu 1"'))!)![1],
  );
  expect(rows).toHaveLength(sent);
  expect(new Set(rows.map((r) => r[2]?.value))).toEqual(new Set(['Đông Xá', 'Tây Xá']));
  // Answers the form refuses never reach the tab.
  expect(rows.flatMap((r) => r.map((c) => c?.value)).filter((v) => v === 'ba' || v === '2,5')).toEqual([]);
  expect(rows.map((r) => r[1]?.value)).toContain('nguoinha.baocao@gmail.com');
  // The trigger ran once per submission, at the submission's time (its clock is the row's timestamp).
  const seen = workbook.sheets.find((s) => s.name === 'Đã nhận')!.rows;
  expect(seen.map((r) => r[0]?.value)).toEqual(rows.map((_r, i) => i + 2));
  expect(seen.map((r) => (r[1]?.value as Date).getTime())).toEqual(
    rows.map((r) => (r[0]?.value as Date).getTime()),
  );
  const stamps = rows.map((r) => (r[0]?.value as Date).getTime());
  expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  expect(lines).toContain(
    `    ${path.join(dir, 'form.json')}: biểu mẫu báo cáo (câu hỏi, link điền, link sửa).`,
  );
  expect(lines).toContain(
    '    Biểu mẫu không cho gửi (nên bản demo không có): số viết bằng chữ ("ba"), số hộ có phần thập phân ("2,5"), ngày gõ thiếu năm ("16/3"), thôn không có trong danh sách.',
  );
});

it('writes the same input on every run', async () => {
  const quiet = { bundleFile: BUNDLE, throughForm: true, print: () => undefined };
  await runDemo({ ...quiet, outDir: path.join(dir, 'a') });
  await runDemo({ ...quiet, outDir: path.join(dir, 'b') });
  const [a, b] = await Promise.all(
    ['a', 'b'].map((d) => readWorkbook(path.join(dir, d, 'demo-input', 'demo.xlsx'))),
  );
  expect(a.workbook).toEqual(b.workbook);
  const form = (d: string) => fs.readFileSync(path.join(dir, d, 'demo-input', 'form.json'), 'utf8');
  expect(form('a')).toBe(form('b'));
});
