// A stray cell far down or far right of a form tab, through the runner: one `x` in A130000 is one more row to check,
// one in XFD1048576 (a grid Google Sheets could not hold) is refused at once with the cell named, nothing written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { readWorkbook, writeWorkbook } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';
import { tabValues } from '../../entry/tab-values';
import { FORM, workbook } from '../../sheets/check/harness';

let dir: string;
let printed: string[];

beforeAll(() => ensureBuilt());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-stray-'));
  printed = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The example workbook with the messy form tab, plus `x` typed into `address` of the form tab (exceljs writes the file). */
async function withStray(address: string): Promise<string> {
  const file = path.join(dir, 'sổ.xlsx');
  await writeWorkbook(workbook(), file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(FORM)!.getCell(address).value = 'x';
  await wb.xlsx.writeFile(file);
  return file;
}

const validate = (file: string, out = 'out') =>
  runWorkbook({
    workbook: file,
    out: path.join(dir, out),
    asOf: '2023-03-30T12:00',
    actions: ['validate'],
    print: (l) => printed.push(l),
    printError: (l) => printed.push(l),
  });

describe('a stray cell far from the data', () => {
  it('an x in A130000 of a form tab validates like the tab without it, and the tab comes back with it', async () => {
    const plain = path.join(dir, 'plain', 'sổ.xlsx');
    fs.mkdirSync(path.dirname(plain));
    await writeWorkbook(workbook(), plain);
    expect((await validate(plain, 'plain-out')).exitCode).toBe(0);
    const expected = tabValues(
      (await readWorkbook(path.join(dir, 'plain-out', 'sổ.xlsx'))).workbook,
      'Kiểm tra',
    );
    const result = await validate(await withStray('A130000'));
    expect(printed.join('\n')).not.toMatch(/call stack|Maximum/);
    expect(result.exitCode).toBe(0);
    const out = (await readWorkbook(path.join(dir, 'out', 'sổ.xlsx'))).workbook;
    expect(tabValues(out, 'Kiểm tra')).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
    const form = tabValues(out, FORM);
    expect(form).toHaveLength(130000);
    expect(form[129999]).toEqual(['x']);
  }, 60_000);

  it('an x in XFD1048576 is refused within seconds, naming the tab and the cell, and nothing is written', async () => {
    const file = await withStray('XFD1048576');
    const started = Date.now();
    const result = await validate(file);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.exitCode).toBe(1);
    expect(printed).toEqual([
      expect.stringContaining(`Tab "${FORM}": ô XFD1048576 ("x") nằm quá xa phần dữ liệu`),
    ]);
    expect(printed[0]).toMatch(
      /1\.048\.576 dòng × 16\.384 cột, quá giới hạn 10\.000\.000 ô của Google Sheets: hãy xóa/,
    );
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  }, 60_000);

  it('an x in XFD3 (far right, near the top) is within what Sheets holds: validated, the cell kept', async () => {
    const result = await validate(await withStray('XFD3'));
    expect(result.exitCode).toBe(0);
    const form = tabValues((await readWorkbook(path.join(dir, 'out', 'sổ.xlsx'))).workbook, FORM);
    expect(form[2]).toHaveLength(16384);
    expect(form[2][16383]).toBe('x');
  }, 60_000);
});
