// The xlsx reader and writer: a foreign workbook in, the same values, formats and rules out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbook, writeWorkbook, WorkbookFileError } from '../../../local/xlsx';
import type { WorkbookData } from '../../../local/workbook-data';
import { foreignWorkbook, valuesOf } from './foreign-workbook';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-xlsx-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readBytes(bytes: Buffer, name = 'in.xlsx') {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return readWorkbook(file);
}

const cell = (wb: WorkbookData, tab: string, r: number, c: number) =>
  wb.sheets.find((s) => s.name === tab)!.rows[r - 1][c - 1];

describe('reading an xlsx workbook', () => {
  it('reads date cells as wall-clock times in Asia/Ho_Chi_Minh by default', async () => {
    const { workbook } = await readBytes(await foreignWorkbook());
    expect(workbook.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect((cell(workbook, 'Câu trả lời biểu mẫu 1', 2, 1)!.value as Date).toISOString()).toBe(
      '2023-03-16T02:15:42.000Z',
    );
    expect((cell(workbook, 'Cấu hình', 3, 2)!.value as Date).toISOString()).toBe('2023-03-14T17:00:00.000Z');
  });

  it('uses the Múi giờ setting of Cấu hình', async () => {
    const { workbook } = await readBytes(await foreignWorkbook({ zone: 'Asia/Tokyo' }));
    expect(workbook.timeZone).toBe('Asia/Tokyo');
    expect((cell(workbook, 'Câu trả lời biểu mẫu 1', 2, 1)!.value as Date).toISOString()).toBe(
      '2023-03-16T00:15:42.000Z',
    );
  });

  it('keeps text that looks like numbers, formulas or dates as text, and formulas with their results', async () => {
    const { workbook } = await readBytes(await foreignWorkbook());
    const form = 'Câu trả lời biểu mẫu 1';
    expect(cell(workbook, form, 3, 4)!.value).toBe('16/3');
    expect(cell(workbook, form, 3, 5)!.value).toBe('3.200');
    expect(cell(workbook, form, 3, 7)!.value).toBe('=1+1');
    expect(cell(workbook, form, 3, 7)!.formula).toBeUndefined();
    expect(cell(workbook, form, 2, 8)).toMatchObject({ formula: 'E2*2', value: 6400 });
    expect(cell(workbook, form, 2, 1)!.numberFormat).toBe('dd/MM/yyyy HH:mm:ss');
    expect(cell(workbook, form, 3, 5)!.note).toBe('gõ dạng chữ');
    expect(cell(workbook, form, 4, 5)!.background).toBe('#f4cccc');
    expect(cell(workbook, form, 2, 7)).toMatchObject({ value: 'ảnh', link: 'https://drive.example/anh1' });
    expect(cell(workbook, 'Cấu hình', 1, 1)!.bold).toBe(true);
  });

  it('reads frozen rows, widths, list validation and blank-cell highlighting', async () => {
    const { workbook } = await readBytes(await foreignWorkbook());
    const settings = workbook.sheets[0];
    expect(settings.frozenRows).toBe(1);
    expect(settings.columnWidths![1]).toBe(145);
    const form = workbook.sheets[1];
    expect(form.dataValidations).toEqual([
      { range: 'C2:C50', kind: 'list', values: ['Thịnh Bằng', 'Xuân Sơn', 'Trung Sơn'], allowInvalid: true },
    ]);
    expect(form.conditionalFormats).toEqual([{ range: 'E2:F50', kind: 'blank', background: '#fff2cc' }]);
  });

  it('refuses a missing file, a corrupt file and an unknown zone with one clear line', async () => {
    await expect(readWorkbook(path.join(dir, 'khong-co.xlsx'))).rejects.toThrow(
      /Không tìm thấy tệp .*khong-co\.xlsx/,
    );
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'đây không phải xlsx');
    await expect(readWorkbook(path.join(dir, 'hong.xlsx'))).rejects.toThrow(WorkbookFileError);
    await expect(readBytes(await foreignWorkbook({ zone: 'Giờ Hà Nội' }))).rejects.toThrow(
      'Cấu hình!B5: "Giờ Hà Nội" không phải múi giờ',
    );
  });
});

describe('writing an xlsx workbook', () => {
  it.each(['Asia/Ho_Chi_Minh', 'Asia/Tokyo'])(
    'writes back every value it read unchanged (zone %s)',
    async (zone) => {
      const input = await foreignWorkbook({ zone: zone === 'Asia/Ho_Chi_Minh' ? undefined : zone });
      const { workbook } = await readBytes(input);
      const out = path.join(dir, 'out.xlsx');
      await writeWorkbook(workbook, out);
      expect(await valuesOf(fs.readFileSync(out))).toEqual(await valuesOf(input));
      const again = await readWorkbook(out);
      expect(again.workbook).toEqual(workbook);
    },
  );

  it('says what xlsx cannot carry and leaves no temporary file behind', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: 'Tổng hợp',
          rows: [[{ value: 'Thôn', bold: true }]],
          protection: { description: 'Tab do NTM ghi', warningOnly: true },
          charts: 1,
        },
      ],
    };
    const notices = await writeWorkbook(data, path.join(dir, 'x.xlsx'));
    expect(notices).toEqual([
      'Tổng hợp: bảo vệ chỉ cảnh báo ("Tab do NTM ghi") không ghi được vào .xlsx.',
      'Tổng hợp: 1 biểu đồ không ghi được vào .xlsx (chỉ có trên Google Sheets).',
    ]);
    expect(fs.readdirSync(dir)).toEqual(['x.xlsx']);
  });

  it('writes date and number validations and text/formula highlighting that read back the same', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: 'Chỉ tiêu',
          rows: [[{ value: 'Loại' }, { value: 'Bắt đầu' }, { value: 'Số hộ' }]],
          frozenRows: 1,
          dataValidations: [
            {
              range: 'A2:A100',
              kind: 'list',
              values: ['Cộng dồn', 'Lũy kế', 'Đạt/Chưa'],
              allowInvalid: false,
              helpText: 'Chọn loại',
            },
            { range: 'B2:B100', kind: 'date', allowInvalid: true },
            { range: 'C2:C100', kind: 'number', allowInvalid: false },
          ],
          conditionalFormats: [
            { range: 'A2:A100', kind: 'textEqual', text: 'Chậm "tiến độ"', background: '#f4cccc' },
            { range: 'B2:C100', kind: 'formula', formula: '=$B2>$C2', background: '#fff2cc' },
          ],
        },
      ],
    };
    await writeWorkbook(data, path.join(dir, 'r.xlsx'));
    const { workbook } = await readWorkbook(path.join(dir, 'r.xlsx'));
    expect(workbook.sheets[0].dataValidations).toEqual(data.sheets[0].dataValidations);
    expect(workbook.sheets[0].conditionalFormats).toEqual(data.sheets[0].conditionalFormats);
    expect(workbook.sheets[0].frozenRows).toBe(1);
  });
});

describe('column widths', () => {
  it("come back as written, 68 px (9 characters, exceljs's own default width) included", async () => {
    const data: WorkbookData = {
      sheets: [{ name: 'Thôn', rows: [[{ value: 'Thôn' }]], columnWidths: { 1: 68, 2: 145, 4: 61 } }],
    };
    await writeWorkbook(data, path.join(dir, 'w.xlsx'));
    const { workbook } = await readWorkbook(path.join(dir, 'w.xlsx'));
    expect(workbook.sheets[0].columnWidths).toEqual({ 1: 68, 2: 145, 4: 61 });
  });
});

describe('dates without a number format', () => {
  it('are written with a day-first format that keeps their time', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: 'Nhật ký',
          rows: [
            [
              { value: new Date(Date.UTC(2023, 3, 6, 7, 5, 9)) },
              { value: new Date(Date.UTC(2023, 3, 5, 17)) },
            ],
          ],
        },
      ],
    };
    await writeWorkbook(data, path.join(dir, 'd.xlsx'));
    const { workbook } = await readWorkbook(path.join(dir, 'd.xlsx'));
    expect(workbook.sheets[0].rows[0]).toEqual([
      { value: new Date(Date.UTC(2023, 3, 6, 7, 5, 9)), numberFormat: 'dd/MM/yyyy HH:mm:ss' },
      { value: new Date(Date.UTC(2023, 3, 5, 17)), numberFormat: 'dd/MM/yyyy' },
    ]);
  });
});
