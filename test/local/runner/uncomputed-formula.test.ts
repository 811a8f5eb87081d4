// A formula saved without its computed result (by a program that does not calculate) in a tab people write: the runner
// names the cell and stops, never reads it as blank; with its result saved, the formula's value is what counts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { readWorkbook } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';
import { asOf, commune, writeXlsx } from '../../entry/remind-helpers';
import { tabValues } from '../../entry/tab-values';

let dir: string;
let input: string;
let lines: string[];

beforeAll(() => ensureBuilt());
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-formula-'));
  input = path.join(dir, 'sổ.xlsx');
  await writeXlsx(input, commune());
  lines = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Rewrites cells of the input with exceljs, as another program would save them. */
async function edit(cells: Record<string, ExcelJS.CellValue>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  for (const [ref, value] of Object.entries(cells)) {
    const [tab, a1] = ref.split('!');
    (wb.getWorksheet(tab) ?? wb.addWorksheet(tab)).getCell(a1).value = value;
  }
  await wb.xlsx.writeFile(input);
}

const rollup = () =>
  runWorkbook({
    workbook: input,
    out: path.join(dir, 'out'),
    asOf: asOf(2023, 3, 30, 12, 0),
    actions: ['rollup'],
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
const HOW =
  'hãy mở tệp bằng Excel/LibreOffice/Google Sheets để tính rồi lưu lại, hoặc ghi số thay cho công thức. Không ghi tệp nào.';

describe('a formula with no computed result in an input tab', () => {
  it('a target written =SUM(…) without its result stops the run, naming the cell; nothing is written', async () => {
    await edit({ 'Chỉ tiêu!G2': { formula: 'SUM(700,300)' } as ExcelJS.CellFormulaValue });
    const result = await rollup();
    expect(result.exitCode).toBe(1);
    expect(lines).toEqual([`Chỉ tiêu!G2: công thức =SUM(700,300) chưa có kết quả đã tính; ${HOW}`]);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('several such cells: the first named with its formula, the others listed', async () => {
    await edit({
      'Thôn!D3': { formula: '100+10' } as ExcelJS.CellFormulaValue,
      'Chỉ tiêu!G2': { formula: 'SUM(700,300)' } as ExcelJS.CellFormulaValue,
      'Câu trả lời biểu mẫu 1!E2': { formula: 'E3*2' } as ExcelJS.CellFormulaValue,
    });
    expect((await rollup()).exitCode).toBe(1);
    expect(lines).toEqual([
      `Thôn!D3: công thức =100+10 chưa có kết quả đã tính (cùng 2 ô công thức khác như vậy: Chỉ tiêu!G2, Câu trả lời biểu mẫu 1!E2); ${HOW}`,
    ]);
  });

  it('with its result saved, the target counts as that result', async () => {
    await edit({ 'Chỉ tiêu!G2': { formula: 'SUM(700,200)', result: 900 } as ExcelJS.CellFormulaValue });
    expect((await rollup()).exitCode).toBe(0);
    const summary = tabValues((await readWorkbook(path.join(dir, 'out', 'sổ.xlsx'))).workbook, 'Tổng hợp');
    const head = summary.findIndex((r) => r.includes('Chỉ tiêu') && r.includes('Thôn'));
    const [village, target] = [summary[head].indexOf('Thôn'), summary[head].indexOf('Chỉ tiêu')];
    expect(summary.find((r) => r[village] === 'Thịnh Bằng')?.[target]).toBe(900);
  });

  it('in a tab the add-on rebuilds (Tổng hợp), it is no one’s input: the run goes on', async () => {
    await edit({ 'Tổng hợp!A1': { formula: 'NOW()' } as ExcelJS.CellFormulaValue });
    expect((await rollup()).exitCode).toBe(0);
  });
});
