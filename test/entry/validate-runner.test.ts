// The runner's `validate` on .xlsx files through the real bundle: a messy form tab in, the right Kiểm tra out, inputs unchanged,
// the officer's Đồng ý typed into the output kept (and counted) on the next run, marks gone once the value is fixed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import { openSession } from '../../local/runner/session';
import type { CellData, SheetData, WorkbookData } from '../../local/workbook-data';
import { readWorkbook, writeWorkbook } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { AS_OF as AS_INSTANT, COL, FORM, ZONE, workbook } from '../sheets/check/harness';

const AS_OF = '2023-03-30T12:00';
let dir: string;
let printed: string[];

beforeAll(() => ensureBuilt());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-validate-'));
  printed = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the given actions on `data` written to `<dir>/<step>/in/sổ.xlsx`; returns the output workbook. */
async function run(
  data: WorkbookData,
  step: string,
  actions = ['validate'],
): Promise<{ out: WorkbookData; input: WorkbookData }> {
  const file = path.join(dir, step, 'in', 'sổ.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await writeWorkbook(data, file);
  const result = await runWorkbook({
    workbook: file,
    out: path.join(dir, step, 'out'),
    asOf: AS_OF,
    actions,
    print: (l) => printed.push(l),
    printError: (l) => printed.push(l),
  });
  expect(result.exitCode).toBe(0);
  return {
    out: (await readWorkbook(path.join(dir, step, 'out', 'sổ.xlsx'))).workbook,
    input: (await readWorkbook(file)).workbook,
  };
}

const sheet = (w: WorkbookData, name: string): SheetData => w.sheets.find((s) => s.name === name)!;
const text = (c: CellData | null | undefined) =>
  c?.value instanceof Date ? c.value.toISOString() : (c?.value ?? null);

function records(w: WorkbookData): Record<string, unknown>[] {
  const [header, ...rows] = sheet(w, 'Kiểm tra').rows;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h?.value), text(r[i])])));
}
const pick = (r: Record<string, unknown>) => [r['Dòng'], r['Cột'], r['Mức độ'], r['Giá trị'], r['Xác nhận']];

/** Value, formula and number format of every cell of every tab but the outputs (marks are formatting, left out). */
function contents(w: WorkbookData): unknown {
  const content = (c: CellData | null) =>
    c && (text(c) !== null || c.formula) ? [text(c), c.formula ?? null, c.numberFormat ?? ''] : null;
  const trimmed = (r: unknown[]) =>
    r.slice(
      0,
      r.reduce((n: number, c, i) => (c === null ? n : i + 1), 0),
    );
  return w.sheets
    .filter((s) => !['Kiểm tra', 'Nhật ký', 'Tổng hợp', 'Lịch sử', 'NTM dấu ô'].includes(s.name))
    .map((s) => [s.name, s.rows.map((r) => trimmed(r.map(content)))]);
}

function setCell(w: WorkbookData, tab: string, row: number, col: number, value: string): void {
  const rows = sheet(w, tab).rows;
  while (rows.length < row) rows.push([]);
  rows[row - 1][col - 1] = { ...(rows[row - 1][col - 1] ?? {}), value };
}

const EXPECTED = [
  [3, COL.hangRao, 'Lỗi', '=1+1', 'Không thể xác nhận'],
  [4, COL.hangRao, 'Lỗi', '3.200', null],
  [5, 'Thôn', 'Lỗi', 'Làng Mới', 'Không thể xác nhận'],
  [6, COL.vuon, 'Lỗi', 'ba', 'Không thể xác nhận'],
  [7, 'Ảnh', 'Cảnh báo', null, null],
  [8, 'Địa chỉ email', 'Cảnh báo', 'la@example.vn', null],
];

it('messy form in: the right Kiểm tra rows out, every input value unchanged cell by cell, marks on the offending cells', async () => {
  const { out, input } = await run(workbook(), 'first');
  expect(records(out).map(pick)).toEqual(EXPECTED);
  expect(contents(out)).toEqual(contents(input));
  const form = sheet(out, FORM).rows;
  expect([form[2][4]?.background, form[3][4]?.background, form[7][1]?.background]).toEqual([
    '#f4cccc',
    '#f4cccc',
    '#fff2cc',
  ]);
  expect(form[2][4]?.note).toMatch(/^NTM: Lỗi: /);
  expect(form[1].every((c) => !c?.background && !c?.note)).toBe(true);
  expect(sheet(out, 'Kiểm tra').rows[1][0]?.link).toMatch(/^#gid=\d+&range=E3$/);
  expect(printed.join('\n')).toContain('✔ validate: Đã kiểm tra 7 dòng báo cáo: 4 lỗi, 2 cảnh báo.');
});

it('Đồng ý typed into the output is kept on the next run, the value counts and stays listed; a fixed value loses its mark', async () => {
  const first = await run(workbook(), 'first');
  const check = sheet(first.out, 'Kiểm tra');
  const confirmCol = check.rows[0].findIndex((h) => h?.value === 'Xác nhận') + 1;
  const row = check.rows.findIndex((r) => r[1]?.value === 4) + 1;
  setCell(first.out, 'Kiểm tra', row, confirmCol, 'đồng ý');
  setCell(first.out, FORM, 3, 5, '20'); // the leader fixed =1+1

  const second = await run(first.out, 'second', ['validate', 'rollup']);
  expect(records(second.out).map(pick)).toEqual([
    [4, COL.hangRao, 'Lỗi', '3.200', 'Đồng ý'],
    ...EXPECTED.slice(2),
  ]);
  expect(printed.join('\n')).toContain(
    '✔ validate: Đã kiểm tra 7 dòng báo cáo: 2 lỗi, 2 cảnh báo, 1 giá trị cán bộ đã xác nhận.',
  );
  const form = sheet(second.out, FORM).rows;
  expect([form[2][4]?.background ?? null, form[2][4]?.note ?? null]).toEqual([null, null]);
  expect(form[3][4]?.note).toMatch(/cán bộ đã xác nhận/);
  expect(contents(second.out)).toEqual(contents(second.input));

  // The accepted 3.200 m now counts in the rollup's Lũy kế of Thịnh Bằng.
  const rollup = sheet(second.out, 'Tổng hợp').rows.map((r) => r.map((c) => text(c)));
  const head = rollup.findIndex((r) => r.includes('Thôn') && r.includes('Mã') && r.includes('Lũy kế'));
  const [thon, ma, luyKe] = ['Thôn', 'Mã', 'Lũy kế'].map((t) => rollup[head].indexOf(t));
  const line = rollup.find((r) => r[thon] === 'Thịnh Bằng' && r[ma] === 'HANG_RAO')!;
  expect(line[luyKe]).toBe(3200);

  const third = await run(second.out, 'third');
  expect(records(third.out).map(pick)).toEqual(records(second.out).map(pick));
});

describe('the bundle’s entry points on the runtime', () => {
  const open = () => openSession({ workbook: workbook(), timeZone: ZONE, now: AS_INSTANT });

  it('onFormSubmitNtm validates in a trigger without UI; a blank submission is ignored', () => {
    const session = open();
    session.runtime.ui.available = false;
    session.bundle.call('onFormSubmitNtm', { values: ['23/03/2023 10:00:00', '', '', ''] });
    expect(session.runtime.spreadsheet.getSheetByName('Kiểm tra')).toBeNull();
    session.bundle.call('onFormSubmitNtm', {
      values: ['23/03/2023 09:00:00', 'la@example.vn', 'Thượng Bằng', '', '50'],
    });
    expect(records(session.runtime.dump()).map(pick)).toEqual(EXPECTED);
  });

  it('the validate action gives up with a clear message while the document is held, and runs once it is free', () => {
    const session = open();
    session.runtime.lock.holdByOther();
    const blocked = session.run('validate');
    expect(blocked.ok).toBe(false);
    expect(blocked.summary).toMatch(/^Một thao tác khác .*Hãy đợi khoảng 30 giây rồi chạy lại\.$/);
    session.runtime.lock.releaseOther();
    expect(session.run('validate').ok).toBe(true);
  });

  it('installing the form-submit trigger twice through the menu leaves one', () => {
    const session = open();
    session.bundle.call('ntmEnableCheckOnSubmit');
    session.bundle.call('ntmEnableCheckOnSubmit');
    expect(session.runtime.triggers.list().map((t) => [t.handler, t.type])).toEqual([
      ['onFormSubmitNtm', 'ON_FORM_SUBMIT'],
    ]);
  });
});
