// Marks across runs of the .xlsx runner (the output of one run is the input of the next): the record of marks travels in the
// hidden tab, a fixed value loses its mark and the cell gets back the person's own background and note, changes they made since are kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import type { CellData, SheetData, WorkbookData } from '../../local/workbook-data';
import { readWorkbook, writeWorkbook } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { FORM, workbook } from '../sheets/check/harness';

const RECORD = 'NTM dấu ô';
const GREEN = '#d9ead3';
const BLUE = '#cfe2f3';
let dir: string;

beforeAll(() => ensureBuilt());
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-marks-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function validate(data: WorkbookData, step: string): Promise<WorkbookData> {
  const file = path.join(dir, step, 'sổ.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await writeWorkbook(data, file);
  const out = path.join(dir, step, 'out');
  const result = await runWorkbook({
    workbook: file,
    out,
    asOf: '2023-03-30T12:00',
    actions: ['validate'],
    print: () => undefined,
    printError: () => undefined,
  });
  expect(result.exitCode).toBe(0);
  return (await readWorkbook(path.join(out, 'sổ.xlsx'))).workbook;
}

const sheet = (w: WorkbookData, name: string): SheetData => w.sheets.find((s) => s.name === name)!;
/** Cell A1 `ref` of the form tab, created when missing. */
function cell(w: WorkbookData, ref: string): CellData {
  const col = ref.charCodeAt(0) - 64;
  const row = Number(ref.slice(1));
  const rows = sheet(w, FORM).rows;
  while (rows.length < row) rows.push([]);
  return (rows[row - 1][col - 1] ??= { value: null });
}
const look = (w: WorkbookData, ref: string) => [cell(w, ref).background ?? null, cell(w, ref).note ?? null];

it('run 1 marks, the leader fixes the values, run 2 takes the marks away and gives back each person’s look', async () => {
  const input = workbook();
  cell(input, 'E3').note = 'Hỏi lại trưởng thôn'; // =1+1, not a number: a person's note below the mark
  cell(input, 'E4').background = GREEN; // 3.200, above 150%: a person's colour, the mark is the note only
  const first = await validate(input, 'first');

  expect(look(first, 'E3')).toEqual([
    '#f4cccc',
    expect.stringMatching(/^NTM: Lỗi: .*\n\nHỏi lại trưởng thôn$/s),
  ]);
  expect(look(first, 'E4')).toEqual([GREEN, expect.stringMatching(/^NTM: Lỗi: Vượt 150%/)]);
  expect(look(first, 'C5')[0]).toBe('#f4cccc'); // Làng Mới, not a village
  const record = sheet(first, RECORD);
  expect(record.hidden).toBe(true);
  expect(record.rows.slice(1).map((r) => r[1]?.value)).toEqual(['E3', 'E4', 'C5', 'F6', 'H7', 'B8']);

  cell(first, 'E3').value = '20'; // the leader fixes both values
  cell(first, 'E4').value = '320';
  cell(first, 'C5').value = 'Thượng Bằng'; // and the village, after the officer coloured the cell blue
  cell(first, 'C5').background = BLUE;
  cell(first, 'F6').background = BLUE; // still wrong ("ba"): the officer's blue stays, the mark too
  const second = await validate(first, 'second');

  expect(look(second, 'E3')).toEqual([null, 'Hỏi lại trưởng thôn']);
  expect(look(second, 'E4')).toEqual([GREEN, null]);
  expect(look(second, 'C5')).toEqual([BLUE, null]);
  expect(look(second, 'F6')).toEqual([BLUE, expect.stringMatching(/^NTM: Lỗi: /)]);
  expect(
    sheet(second, RECORD)
      .rows.slice(1)
      .map((r) => r[1]?.value),
  ).toEqual(['B5', 'F6', 'H7', 'B8']); // row 5's email is not Thượng Bằng's

  const third = await validate(second, 'third');
  expect(sheet(third, FORM)).toEqual(sheet(second, FORM));
});
