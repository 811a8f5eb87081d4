// A real 130.000-row form tab validates through the runner, and comes back in the output exactly as the file held it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchFile } from '../../../local/bench/bench-file';
import { BENCH_AS_OF, BENCH_FORM, benchWorkbook } from '../../../local/bench/bench-workbook';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { readWorkbook } from '../../../local/xlsx';
import ExcelJS from 'exceljs';
import { ensureBuilt } from '../../bundle/ensure-built';
import { cellsOf } from './tab-cells';

const ROWS = 130_000;
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-large-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a 130.000-row form tab validates through the runner and is written back as it was', async () => {
  const input = path.join(dir, 'sổ.xlsx');
  const rows = await writeBenchFile(benchWorkbook(ROWS, 5), input);
  expect(rows.length).toBe(ROWS + 1);
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: input,
    out: path.join(dir, 'out'),
    asOf: BENCH_AS_OF,
    actions: ['validate'],
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  expect(lines.join('\n')).toContain(`Đã kiểm tra ${ROWS} dòng báo cáo: không có lỗi hay cảnh báo nào.`);
  expect(result.exitCode).toBe(0);
  const after = (await readWorkbook(path.join(dir, 'out', 'sổ.xlsx'))).workbook.sheets.find(
    (s) => s.name === BENCH_FORM,
  )!;
  expect(after.rows.length).toBe(ROWS + 1);
  expect(after.frozenRows).toBe(1);
  const differing = rows.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const back = after.rows[r][c]?.value ?? null;
      const same =
        back instanceof Date
          ? back.getTime() === (cell!.value as Date).getTime()
          : back === (cell?.value ?? null);
      return same ? [] : [`${r + 1}:${c + 1}`];
    }),
  );
  expect(differing).toEqual([]);
  expect(after.rows[ROWS][0]).toEqual({ value: rows[ROWS][0]!.value, numberFormat: 'dd/MM/yyyy HH:mm:ss' });
}, 1_800_000);

test('a plain tab copied through keeps every cell: values, shared strings, dates, fonts, fills, alignment', async () => {
  const input = path.join(dir, 'nhỏ.xlsx');
  await writeBenchFile(benchWorkbook(300, 5), input);
  const styled = new ExcelJS.Workbook();
  await styled.xlsx.readFile(input);
  const form = styled.getWorksheet(BENCH_FORM)!;
  form.getCell('C5').font = { bold: true, name: 'Arial', size: 12 };
  form.getCell('O7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  form.getCell('P9').alignment = { wrapText: true };
  form.getCell('Q11').value = 'ghi chú & <riêng>';
  form.getCell('P12').value = 3.25;
  await styled.xlsx.writeFile(input);
  const asWritten = new ExcelJS.Workbook();
  await asWritten.xlsx.readFile(input);
  const before = cellsOf(asWritten.getWorksheet(BENCH_FORM)!);
  const result = await runWorkbook({
    workbook: input,
    out: path.join(dir, 'out-small'),
    asOf: BENCH_AS_OF,
    actions: ['validate', 'rollup'],
    plainTabBytes: 1,
    print: () => undefined,
    printError: () => undefined,
  });
  expect(result.exitCode).toBe(0);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path.join(dir, 'out-small', 'nhỏ.xlsx'));
  expect(cellsOf(back.getWorksheet(BENCH_FORM)!)).toEqual(before);
  expect(Object.keys(before).length).toBeGreaterThan(300 * 7);
});
