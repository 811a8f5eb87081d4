// Through the runner on real .xlsx files: Xác nhận other than Đồng ý kept and flagged; the example data mentioned once and cleared by
// `clear-examples`; set-up's own default support code never warned about.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import type { SheetData, WorkbookData } from '../../local/workbook-data';
import { readWorkbook, writeWorkbook } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, formSheet, workbook, type Answer } from '../sheets/check/harness';
import { tabValues, type Cell } from './tab-values';

const AS_OF = '2023-03-30T12:00';
let dir: string;

beforeAll(() => ensureBuilt());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-check-wb-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(
  data: WorkbookData,
  step: string,
  actions: string[],
): Promise<{ out: WorkbookData; lines: string[] }> {
  const file = path.join(dir, step, 'so.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await writeWorkbook(data, file);
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: file,
    out: path.join(dir, step, 'out'),
    asOf: AS_OF,
    actions,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  expect(lines.filter((l) => l.startsWith('✘'))).toEqual([]);
  expect(result.exitCode).toBe(0);
  return { out: (await readWorkbook(path.join(dir, step, 'out', 'so.xlsx'))).workbook, lines };
}

const sheet = (w: WorkbookData, name: string): SheetData => w.sheets.find((s) => s.name === name)!;
function checks(wb: WorkbookData): Record<string, Cell>[] {
  const [head, ...rows] = tabValues(wb, 'Kiểm tra');
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i] ?? ''])));
}
const ONE: Answer[] = [
  [
    at(2023, 3, 20, 8),
    'thuongbang@example.vn',
    'Thượng Bằng',
    '',
    '1,500',
    '',
    '',
    'https://drive.example/anh',
    '',
  ],
];

it('Xác nhận other than Đồng ý is kept as typed and flagged on its Kiểm tra row, and accepts nothing', async () => {
  const first = await run(workbook([formSheet(ONE)]), 'first', ['validate']);
  const check = sheet(first.out, 'Kiểm tra');
  const confirm = check.rows[0].findIndex((c) => c?.value === 'Xác nhận');
  check.rows[1][confirm] = { value: 'ok, đã hỏi thôn' };
  const second = await run(first.out, 'second', ['validate']);
  const [row] = checks(second.out);
  expect(row['Xác nhận']).toBe('ok, đã hỏi thôn');
  expect(row['Vấn đề']).toContain(
    `Xác nhận ghi "ok, đã hỏi thôn": chỉ 'Đồng ý' được hiểu, nên giá trị chưa được xác nhận.`,
  );
  expect(sheet(second.out, 'Kiểm tra').rows[1][confirm]?.background).toBe('#fff2cc');
  expect(second.lines[0]).toContain(
    "0 lỗi, 1 cảnh báo, 1 ô Xác nhận ghi chữ khác Đồng ý (chỉ 'Đồng ý' được hiểu)",
  );
  // Typing Đồng ý then accepts it and the flag goes.
  sheet(second.out, 'Kiểm tra').rows[1][confirm] = { value: 'Đồng ý' };
  const third = await run(second.out, 'third', ['validate']);
  expect(checks(third.out)[0]['Xác nhận']).toBe('Đồng ý');
  expect(checks(third.out)[0]['Vấn đề']).not.toContain('chỉ');
  expect(sheet(third.out, 'Kiểm tra').rows[1][confirm]?.background ?? null).toBeNull();
});

it('validation mentions the example data once while it remains; clear-examples removes it; the default support code never warns', async () => {
  const data = workbook([formSheet(ONE)]);
  const first = await run(data, 'first', ['setup', 'validate']);
  const validated = first.lines.filter((l) => l.includes('validate'));
  expect(validated).toHaveLength(1);
  expect(validated[0].match(/Sổ còn dữ liệu mẫu/g)).toHaveLength(1);
  expect(validated[0]).toContain(
    'Sổ còn dữ liệu mẫu do Thiết lập ghi (5 dòng ở tab Thôn, 11 dòng ở tab Chỉ tiêu): khi đã nhập thôn và chỉ tiêu của xã, chọn NTM › Xóa dữ liệu mẫu để xóa; nếu đó đúng là kế hoạch của xã, xóa chữ ví dụ ở cột Ghi chú.',
  );

  // The officer set the commune's own hedge targets; the rest of the example goes, NUOC_THAI_HT included.
  const targets = sheet(first.out, 'Chỉ tiêu').rows;
  const hangRao = targets.findIndex((r) => r[0]?.value === 'HANG_RAO');
  targets[hangRao][6] = { value: 800 };
  const second = await run(first.out, 'second', ['clear-examples', 'validate']);
  expect(second.lines[0]).toMatch(/^✔ clear-examples: Đã xóa 10 dòng mẫu ở tab Chỉ tiêu/);
  expect(tabValues(second.out, 'Chỉ tiêu').map((r) => r[0])).toEqual(['Mã', 'HANG_RAO']);
  expect(second.lines[1]).not.toContain('Sổ còn dữ liệu mẫu');
  expect(checks(second.out).filter((c) => c['Tab'] === 'Cấu hình')).toEqual([]);
  expect(checks(second.out).filter((c) => String(c['Vấn đề']).includes('Mã hỗ trợ'))).toEqual([]);
});

it('messages and Kiểm tra name tabs by the titles the workbook has (Chi tieu, Thon, cau hinh), never the contract spelling', async () => {
  const answers: Answer[] = [
    [at(2023, 3, 20, 8), 'x@example.vn', 'Làng Mới', '', '10', '', '', 'https://drive.example/anh', ''], // unknown village
    [
      at(2023, 3, 20, 9),
      'thuongbang@example.vn',
      'Thượng Bằng',
      '',
      '',
      '',
      '0,1',
      'https://drive.example/anh',
      '',
    ], // no CUNG_HOA target
  ];
  const data = workbook([formSheet(answers)]);
  const titles: Record<string, string> = { 'Cấu hình': 'cau hinh', Thôn: 'Thon', 'Chỉ tiêu': 'Chi tieu' };
  for (const s of data.sheets) s.name = titles[s.name] ?? s.name;
  const targets = sheet(data, 'Chi tieu').rows;
  const vuon = targets.findIndex((r) => r[0]?.value === 'VUON_CT');
  const thinh = targets[0].findIndex((c) => c?.value === 'Thịnh Bằng');
  targets[vuon][thinh] = { value: 2.5 };
  const cungHoa = targets.findIndex((r) => r[0]?.value === 'CUNG_HOA');
  targets[cungHoa][targets[0].findIndex((c) => c?.value === 'Thượng Bằng')] = null;
  const { out, lines } = await run(data, 'first', ['validate']);
  const rows = checks(out);
  expect(rows.map((c) => c['Tab'])).toEqual(['Chi tieu', 'Câu trả lời biểu mẫu 1', 'Câu trả lời biểu mẫu 1']);
  const texts = rows.map((c) => String(c['Vấn đề'])).join('\n');
  expect(texts).toContain('trong tab Thon');
  expect(texts).toContain('ở tab Chi tieu');
  expect(texts).not.toMatch(/Chỉ tiêu!|Thôn!|Cấu hình!|tab Chỉ tiêu|tab Thôn|tab Cấu hình/);
  expect(sheet(out, 'Kiểm tra').rows[1][0]?.link).toMatch(/^#gid=\d+&range=[A-Z]+\d+$/);
  expect(lines[0]).toContain('(9 dòng ở tab Chi tieu)');
  expect(lines[0]).not.toMatch(/tab Thôn|tab Chỉ tiêu/);
});
