// The form through the local runner on .xlsx files: setup,form,validate writes Link báo cáo per village, the Biểu mẫu links and
// form.json, and form again changes nothing; a second run on that output (form.json beside it) finds the same form and changes nothing.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import { readWorkbook } from '../../local/xlsx';
import { TAB } from '../../src/core/contract';
import { ensureBuilt } from '../bundle/ensure-built';
import { tabValues } from './tab-values';

let dir: string;
beforeAll(() => ensureBuilt());
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-form-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const AS_OF = '2023-03-20T10:00';

async function run(input: string, out: string, actions: string[]) {
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: input,
    asOf: AS_OF,
    actions,
    out,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(`!${l}`),
  });
  return { code: result.exitCode, lines, file: path.join(out, path.basename(input)) };
}

it('npm start -- --workbook W.xlsx --actions setup,form,validate,form, then form again on its output', async () => {
  const input = path.join(dir, 'W.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  await wb.xlsx.writeFile(input);

  const first = await run(input, path.join(dir, 'out'), ['setup', 'form', 'validate', 'form']);
  expect(first.lines.filter((l) => l.startsWith('!'))).toEqual([]);
  expect(first.code).toBe(0);
  const formLines = first.lines.filter((l) => l.startsWith('✔ form:'));
  expect(formLines[0]).toMatch(/^✔ form: Đã tạo biểu mẫu mới với 16 câu hỏi\.\n/);
  expect(formLines[1]).toMatch(
    /^✔ form: Biểu mẫu đã khớp với tab Chỉ tiêu và Thôn, không có gì thay đổi\.\nLink để thôn điền: /,
  );
  const form = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'form.json'), 'utf8'));
  expect(form.title).toBe('Báo cáo tiến độ NTM – xã Sơn Bằng');
  expect(form.items.map((i: { type: string }) => i.type)[0]).toBe('LIST');

  const data = (await readWorkbook(first.file)).workbook;
  const thon = tabValues(data, TAB.villages);
  const c = thon[0].indexOf('Link báo cáo');
  expect(c).toBeGreaterThan(0);
  const villages = thon.slice(1).filter((r) => r.length > 0 && r[0] !== '');
  expect(villages).toHaveLength(5);
  expect(villages.map((r) => r[c])).toEqual(
    villages.map((r) =>
      expect.stringMatching(
        new RegExp(
          `^${form.publishedUrl.replace(/[.?]/g, '\\$&')}\\?usp=pp_url&entry\\.\\d+=${encodeURIComponent(String(r[0])).replace(/%20/g, '\\+')}$`,
        ),
      ),
    ),
  );
  const setting = tabValues(data, TAB.settings).find((r) => r[0] === 'Biểu mẫu')!;
  expect(setting[1]).toBe(`Điền báo cáo: ${form.publishedUrl}\nSửa biểu mẫu (cán bộ): ${form.editUrl}`);
  expect(data.sheets.map((s) => s.name)).toContain('Câu trả lời biểu mẫu 1');
  expect(tabValues(data, 'Câu trả lời biểu mẫu 1')[0]).toEqual([
    'Dấu thời gian',
    ...form.items.map((i: { title: string }) => i.title),
  ]);

  const second = await run(first.file, path.join(dir, 'out2'), ['form']);
  expect(second.code).toBe(0);
  // A new run finds the form (and the add-on's memory of it) through form.json: nothing to change.
  expect(second.lines.find((l) => l.startsWith('✔ form:'))).toMatch(
    /^✔ form: Biểu mẫu đã khớp với tab Chỉ tiêu và Thôn, không có gì thay đổi\.\n/,
  );
  const again = (await readWorkbook(second.file)).workbook;
  for (const tab of [TAB.settings, TAB.villages, TAB.targets, 'Câu trả lời biểu mẫu 1'])
    expect(tabValues(again, tab)).toEqual(tabValues(data, tab));
  const form2 = JSON.parse(fs.readFileSync(path.join(dir, 'out2', 'form.json'), 'utf8'));
  expect(form2.items).toEqual(form.items);
  expect(form2.editUrl).toBe(form.editUrl);
});
