// A large plain tab the run marks (validate's notes and backgrounds) is written row by row: the cells the cell-by-cell write gives, untouched rows as the file had them, and a second run changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeBenchFile } from '../../../local/bench/bench-file';
import { BENCH_AS_OF, BENCH_FORM, benchWorkbook, plantProblems } from '../../../local/bench/bench-workbook';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { readWorkbook } from '../../../local/xlsx';
import { rowsByNumber } from '../../../local/xlsx/patch-rows';
import { sheetPartsByName } from '../../../local/xlsx/plain-tabs';
import { readZip, writeZip } from '../../../local/xlsx/zip-parts';
import { ensureBuilt } from '../../bundle/ensure-built';
import { fileCells } from './tab-cells';

const ROWS = 400;
const MARKS = 12;
/** The sheet rows holding a planted problem (column E), as plantProblems spreads them. */
const MARKED = Array.from({ length: MARKS }, (_, k) => 2 + Math.floor(((k + 0.5) * ROWS) / MARKS));
let dir: string;
let input: string;

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-marks-'));
  input = path.join(dir, 'sổ.xlsx');
  const book = benchWorkbook(ROWS, 5);
  plantProblems(book, MARKS);
  await writeBenchFile(book, input);
  // What a person did in Excel: a marked cell with its own font and alignment, a fill beside another.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const form = wb.getWorksheet(BENCH_FORM)!;
  form.getCell(`E${MARKED[0]}`).font = { name: 'Arial', size: 12, italic: true };
  form.getCell(`E${MARKED[0]}`).alignment = { horizontal: 'right' };
  form.getCell(`F${MARKED[1]}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEEFF' } };
  await wb.xlsx.writeFile(input);
  // A row attribute exceljs does not write back: a row that still has it was copied through.
  const parts = readZip(fs.readFileSync(input));
  const part = sheetPartsByName(parts).get(BENCH_FORM)!;
  parts.set(part, Buffer.from(parts.get(part)!.toString('utf8').replace(/<row /g, '<row customFormat="0" ')));
  fs.writeFileSync(input, writeZip(parts));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs validate on `file` into `out`; returns the output file. */
async function revalidate(
  file: string,
  out: string,
  plainTabBytes?: number,
  marks = MARKS - 1,
): Promise<string> {
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: file,
    out: path.join(dir, out),
    asOf: BENCH_AS_OF,
    actions: ['validate'],
    plainTabBytes,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  expect(result.exitCode).toBe(0);
  expect(lines.join('\n')).toContain(`Đã kiểm tra ${ROWS} dòng báo cáo: ${marks} lỗi`);
  return path.join(dir, out, path.basename(file));
}

const validate = (file: string, out: string, plainTabBytes?: number) =>
  revalidate(file, out, plainTabBytes, MARKS);

/** The form tab's row elements of `file`, shared strings as their text and style numbers left out (both are renumbered on the way). */
function formRows(file: string): Map<number, string> {
  const parts = readZip(fs.readFileSync(file));
  const xml = parts.get(sheetPartsByName(parts).get(BENCH_FORM)!)!.toString('utf8');
  const shared = parts
    .get('xl/sharedStrings.xml')!
    .toString('utf8')
    .match(/<si>[\s\S]*?<\/si>|<si\/>/g)!;
  const rows = rowsByNumber(xml.slice(xml.indexOf('<sheetData'), xml.lastIndexOf('</sheetData>')));
  const plain = (row: string) =>
    row
      .replace(/(<c\b[^>]*\st="s"[^>]*>)<v>(\d+)<\/v>/g, (_m, c: string, n: string) => c + shared[Number(n)])
      .replace(/\ss="\d+"/g, '');
  return new Map([...rows].map(([r, row]) => [r, plain(row)]));
}

test('a marked plain tab has the cells the cell-by-cell write gives, only its marked rows rewritten', async () => {
  const patched = await validate(input, 'out', 1);
  const reference = await validate(input, 'ref'); // too small to be a plain tab: every cell through exceljs
  const cells = await fileCells(patched, BENCH_FORM);
  expect(cells).toEqual(await fileCells(reference, BENCH_FORM));
  const marks = Object.entries(cells).filter(([, c]) => c.includes('"NTM: Lỗi'));
  expect(marks.map(([at]) => at)).toEqual(MARKED.map((r) => `E${r}`));
  for (const [, c] of marks) expect(c).toContain('"argb":"FFF4CCCC"');
  expect(cells[`E${MARKED[0]}`]).toContain('"name":"Arial"');
  expect(cells[`F${MARKED[1]}`]).toContain('"argb":"FFDDEEFF"');
  const [before, after] = [formRows(input), formRows(patched)];
  expect([...after.keys()]).toEqual([...before.keys()]);
  const rewritten = [...before].filter(([r, row]) => after.get(r) !== row).map(([r]) => r);
  expect(rewritten).toEqual(MARKED);
  for (const r of MARKED) expect(after.get(r)).not.toContain('customFormat');
});

test('the marked output is read as a plain tab with its notes, and a second run marks the same cells once', async () => {
  const first = await validate(input, 'first', 1);
  const streamed = (await readWorkbook(first, { plainTabBytes: 1 })).workbook.sheets;
  expect(streamed).toEqual((await readWorkbook(first)).workbook.sheets);
  const notes = streamed
    .find((s) => s.name === BENCH_FORM)!
    .rows.flatMap((row) => row.filter((c) => c?.note));
  expect(notes.length).toBe(MARKS);
  const second = await validate(first, 'second', 1);
  expect(await fileCells(second, BENCH_FORM)).toEqual(await fileCells(first, BENCH_FORM));
  const [once, twice] = [formRows(first), formRows(second)];
  expect(twice).toEqual(once);
  const copied = [...twice].filter(([, row]) => row.includes('customFormat')).map(([r]) => r);
  expect(copied).toEqual([...twice.keys()].filter((r) => !MARKED.includes(r)));
});

test('a mark whose problem was fixed is taken away, as the cell-by-cell write does', async () => {
  const first = await validate(input, 'fixed-first', 1);
  // The officer types 10 over the first "mười", straight into the file.
  const parts = readZip(fs.readFileSync(first));
  const part = sheetPartsByName(parts).get(BENCH_FORM)!;
  const xml = parts.get(part)!.toString('utf8');
  const at = `E${MARKED[0]}`;
  const fixedXml = xml.replace(
    new RegExp(`<c r="${at}"([^>]*?) t="s"><v>\\d+</v></c>`),
    `<c r="${at}"$1><v>10</v></c>`,
  );
  expect(fixedXml).not.toBe(xml);
  parts.set(part, Buffer.from(fixedXml));
  const fixed = path.join(dir, 'sửa.xlsx');
  fs.writeFileSync(fixed, writeZip(parts));
  const [patched, reference] = [await revalidate(fixed, 'fixed', 1), await revalidate(fixed, 'fixed-ref')];
  const cells = await fileCells(patched, BENCH_FORM);
  expect(cells).toEqual(await fileCells(reference, BENCH_FORM));
  expect(cells[at]).not.toContain('NTM:');
  expect(cells[at]).not.toContain('FFF4CCCC');
  expect(cells[at]).toContain('"name":"Arial"');
  expect(Object.values(cells).filter((c) => c.includes('"NTM: Lỗi')).length).toBe(MARKS - 1);
  const rows = formRows(patched);
  const copied = [...rows].filter(([, row]) => row.includes('customFormat')).map(([r]) => r);
  expect(copied).toEqual([...rows.keys()].filter((r) => !MARKED.includes(r)));
});
