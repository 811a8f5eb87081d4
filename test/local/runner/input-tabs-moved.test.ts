// `clear-examples` deletes example rows and columns: the person's cells below and right of them move up and left as they were
// (value, rich text, formula with its result, style, note, row height, merges), through the runner on a real file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { workbookToXlsx } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';
import { formSheet, workbook } from '../../sheets/check/harness';

let dir: string;
beforeAll(() => ensureBuilt());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-moved-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const look = (c: ExcelJS.Cell) => JSON.stringify([c.value, c.style, c.note ?? null]);

/** `Mã` → sheet row, of each target row. */
function rowsByCode(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.eachRow((row, r) => void out.set(String(row.getCell(1).value), r));
  return out;
}

/** Header title → column. */
function columnsByTitle(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(1).eachCell((c, col) => void out.set(String(c.value), col));
  return out;
}

it('moves the rows the person keeps up past the deleted example rows, every cell as it was', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookToXlsx(workbook([formSheet([])]))).bytes as unknown as ArrayBuffer);
  const targets = wb.getWorksheet('Chỉ tiêu')!;
  const kept = rowsByCode(targets).get('HANG_RAO')!;
  const titles = columnsByTitle(targets);
  const village = titles.get('Thượng Bằng')!;
  // The officer's own target for one village: the HANG_RAO row stays, the other example rows go.
  targets.getCell(kept, village).value = { formula: '400*2', result: 800 };
  targets.getCell(kept, village).note = 'theo nghị quyết xã';
  targets.getCell(kept, 2).value = {
    richText: [
      { text: 'Trồng ' },
      { text: 'hàng rào xanh', font: { bold: true, color: { argb: 'FF38761D' } } },
    ],
  };
  targets.getRow(kept).eachCell((c) => {
    c.border = { bottom: { style: 'medium', color: { argb: 'FF000000' } } };
    c.alignment = { vertical: 'middle', wrapText: true };
  });
  targets.getRow(kept).height = 42;
  targets.getCell(1, 1).note = 'Mã không đổi';
  const file = path.join(dir, 'sổ.xlsx');
  await wb.xlsx.writeFile(file);
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(file);
  const read = input.getWorksheet('Chỉ tiêu')!;

  const printed: string[] = [];
  const result = await runWorkbook({
    workbook: file,
    out: path.join(dir, 'out'),
    asOf: '2023-03-30T12:00',
    actions: ['clear-examples'],
    print: (l) => printed.push(l),
    printError: (l) => printed.push(l),
  });
  expect(result.exitCode).toBe(0);
  expect(printed[0]).toMatch(/^✔ clear-examples: Đã xóa 10 dòng mẫu ở tab Chỉ tiêu/);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(path.join(dir, 'out', 'sổ.xlsx'));
  const moved = after.getWorksheet('Chỉ tiêu')!;
  expect([...rowsByCode(moved)]).toEqual([
    ['Mã', 1],
    ['HANG_RAO', 2],
  ]);
  const titlesAfter = columnsByTitle(moved);
  expect(titlesAfter.size).toBeGreaterThan(0);
  for (const [title, col] of titlesAfter) {
    const was = titles.get(title)!;
    expect([title, look(moved.getCell(1, col))]).toEqual([title, look(read.getCell(1, was))]);
    expect([title, look(moved.getCell(2, col))]).toEqual([title, look(read.getCell(kept, was))]);
  }
  expect(moved.getCell(2, titlesAfter.get('Thượng Bằng')!).value).toEqual({ formula: '400*2', result: 800 });
  expect(moved.getRow(2).height).toBe(42);
  expect(moved.rowCount).toBe(2);
});
