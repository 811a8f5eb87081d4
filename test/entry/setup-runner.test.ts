// Set-up through the local runner on .xlsx files: a blank workbook becomes one an officer can fill and the model reads
// cleanly; run again on that workbook after edits in every tab, it changes nothing people wrote.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../../local/runtime';
import { runWorkbook } from '../../local/runner/run-workbook';
import type { CellData, SheetData, WorkbookData } from '../../local/workbook-data';
import { readWorkbook, writeWorkbook } from '../../local/xlsx';
import { ALL_TABS, EXAMPLE_NOTE, INDICATOR_KINDS, TAB } from '../../src/core/contract';
import { readModel } from '../../src/core/model';
import type { TabData } from '../../src/core/types';
import { ensureBuilt } from '../bundle/ensure-built';

let dir: string;
beforeAll(() => ensureBuilt());
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-setup-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function blankXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  await wb.xlsx.writeFile(file);
}

async function setup(
  input: string,
  out: string,
): Promise<{ code: number; lines: string[]; data: WorkbookData }> {
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: input,
    actions: ['setup'],
    out,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  const file = path.join(out, path.basename(input));
  return {
    code: result.exitCode,
    lines,
    data: result.exitCode === 0 ? (await readWorkbook(file)).workbook : { sheets: [] },
  };
}

/** The tabs as the add-on reads them once the file is opened again. */
function tabsOf(data: WorkbookData): TabData[] {
  const rt = createRuntime({ workbook: data });
  return rt.spreadsheet.getSheets().map((s) => {
    const r = s.getRange(1, 1, Math.max(1, s.getLastRow()), Math.max(1, s.getLastColumn()));
    return { name: s.getName(), values: r.getValues(), displays: r.getDisplayValues() };
  });
}

const sheet = (data: WorkbookData, name: string): SheetData => data.sheets.find((s) => s.name === name)!;
const text = (c: CellData | null | undefined) =>
  c?.value instanceof Date ? c.value.toISOString() : (c?.value ?? null);
const rowIndex = (s: SheetData, first: string) => s.rows.findIndex((r) => r[0]?.value === first);
const colIndex = (s: SheetData, title: string) => s.rows[0].findIndex((c) => c?.value === title);
const exampleCount = (s: SheetData) => s.rows.filter((r) => r.some((c) => c?.value === EXAMPLE_NOTE)).length;

describe('npm start -- --workbook blank.xlsx --actions setup', () => {
  it('writes a workbook an officer can fill: every tab, headers, the example, input help; the model reads it with no problem', async () => {
    const input = path.join(dir, 'blank.xlsx');
    await blankXlsx(input);
    const { code, lines, data } = await setup(input, path.join(dir, 'out'));
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^✔ setup: Đã tạo tab: Cấu hình, Thôn, Chỉ tiêu/);
    expect(data.sheets.map((s) => s.name)).toEqual([...ALL_TABS, 'Sheet1', 'NTM dấu ô']);
    expect(data.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(['NTM dấu ô']); // the record of marks
    const { model, problems } = readModel(tabsOf(data));
    expect(problems).toEqual([]);
    expect(model!.villages).toHaveLength(5);
    expect(model!.indicators).toHaveLength(11);

    for (const name of ALL_TABS) {
      const s = sheet(data, name);
      expect([name, s.frozenRows]).toEqual([name, 1]);
      expect([name, s.rows[0].every((c) => c?.bold && c.note)]).toEqual([name, true]);
    }
    const targets = sheet(data, TAB.targets);
    expect(targets.dataValidations).toContainEqual(
      expect.objectContaining({
        range: 'D2:D1000',
        kind: 'list',
        values: [...INDICATOR_KINDS],
        allowInvalid: true,
      }),
    );
    expect(targets.dataValidations).toContainEqual(
      expect.objectContaining({ range: 'F2:F1000', kind: 'date' }),
    );
    expect(targets.conditionalFormats?.map((f) => f.range)).toEqual(['A2:A1000', 'B2:B1000', 'C2:C1000']);
    expect(targets.rows[rowIndex(targets, 'HANG_RAO')][colIndex(targets, 'Hạn')]).toMatchObject({
      numberFormat: 'dd/MM/yyyy',
    });
    expect(targets.rows[rowIndex(targets, 'HANG_RAO')][colIndex(targets, 'Trung Bằng')]).toMatchObject({
      value: 650,
      numberFormat: '#,##0',
    });
    expect(targets.rows[rowIndex(targets, 'CUNG_HOA')][colIndex(targets, 'Trung Bằng')]).toMatchObject({
      value: 0.07,
      numberFormat: '#,##0.###',
    });
    expect(lines.join('\n')).toContain('bảo vệ chỉ cảnh báo');
  });

  it('run again on that workbook after edits in every tab: everything people wrote is kept, no example row appears twice', async () => {
    const input = path.join(dir, 'blank.xlsx');
    await blankXlsx(input);
    const first = await setup(input, path.join(dir, 'out'));
    const edited = first.data;
    const settings = sheet(edited, TAB.settings);
    settings.rows[rowIndex(settings, 'Tên xã')][1] = { value: 'Xã Mới' };
    settings.rows[rowIndex(settings, 'Nhắc trước (giờ)')][1] = { value: 12 };
    const villages = sheet(edited, TAB.villages);
    villages.rows[rowIndex(villages, 'Thịnh Bằng')][colIndex(villages, 'Trưởng thôn')] = {
      value: 'Đỗ Văn Mạnh',
    };
    villages.rows.push([
      { value: 'Xuân Bằng' },
      { value: 'Vũ Thị Lan' },
      { value: 'xuanbang@example.vn' },
      { value: 150 },
    ]);
    villages.rows[0][7] = { value: 'Zalo', bold: true };
    const targets = sheet(edited, TAB.targets);
    targets.rows.splice(rowIndex(targets, 'VUON_CT'), 1);
    targets.rows.push([
      { value: 'CAY_XANH' },
      { value: 'Trồng cây xanh' },
      { value: 'cây' },
      { value: 'Cộng dồn' },
    ]);
    targets.rows[0][12] = { value: 'Tổng' };
    sheet(edited, TAB.log).rows.push([
      { value: 'hôm qua' },
      { value: 'x' },
      { value: 'Thiết lập' },
      { value: 'ok' },
    ]);
    edited.sheets.push({
      name: 'Câu trả lời biểu mẫu 1',
      rows: [
        [{ value: 'Dấu thời gian' }, { value: 'Thôn' }, { value: '[HANG_RAO] Hàng rào (m)' }],
        [{ value: new Date(Date.UTC(2023, 2, 16, 2)) }, { value: 'Trung Bằng' }, { value: '3.200' }],
      ],
    });
    const editedFile = path.join(dir, 'edited', 'sổ.xlsx');
    fs.mkdirSync(path.dirname(editedFile));
    await writeWorkbook(edited, editedFile);
    const before = (await readWorkbook(editedFile)).workbook;

    const again = await setup(editedFile, path.join(dir, 'out2'));
    expect(again.code).toBe(0);
    for (const s of before.sheets) {
      const after = sheet(again.data, s.name);
      s.rows.forEach((row, r) =>
        row.forEach((c, k) => {
          if (text(c) !== null)
            expect([s.name, r + 1, k + 1, text(after.rows[r]?.[k])]).toEqual([s.name, r + 1, k + 1, text(c)]);
        }),
      );
    }
    expect(again.data.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(exampleCount(sheet(again.data, TAB.villages))).toBe(5);
    expect(exampleCount(sheet(again.data, TAB.targets))).toBe(10);
    const header = sheet(again.data, TAB.targets).rows[0].map((c) => c?.value ?? '');
    expect(header.slice(-2)).toEqual(['Tổng', 'Xuân Bằng']);
    const { model, problems } = readModel(tabsOf(again.data));
    expect(problems.filter((p) => p.fatal)).toEqual([]);
    expect(model!.settings.communeName).toBe('Xã Mới');
    expect(model!.settings.remindBeforeHours).toBe(12);
    expect(model!.villages.map((v) => v.name)).toContain('Xuân Bằng');
  });
});
