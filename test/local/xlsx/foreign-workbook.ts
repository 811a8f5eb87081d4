// A workbook written by exceljs directly (as another program would): dates, numbers, Vietnamese text, formulas, rules.
import ExcelJS from 'exceljs';

/** Wall-clock Date as exceljs writes it (UTC fields = the time shown in the sheet). */
export const wall = (y: number, m: number, d: number, h = 0, min = 0, s = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));

export async function foreignWorkbook(options: { zone?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet('Cấu hình', { views: [{ state: 'frozen', ySplit: 1 }] });
  settings.addRows([
    ['Tham số', 'Giá trị', 'Ghi chú'],
    ['Tên xã', 'Sơn Bằng', ''],
    ['Ngày bắt đầu', wall(2023, 3, 15), 'ngày bắt đầu'],
    ['Hạn báo cáo', 'Thứ 5 14:30', null],
    ...(options.zone ? [['Múi giờ', options.zone, null]] : []),
  ]);
  settings.getCell('B3').numFmt = 'dd/mm/yyyy';
  settings.getCell('A1').font = { bold: true };
  settings.getColumn(1).width = 20;

  const form = wb.addWorksheet('Câu trả lời biểu mẫu 1');
  form.addRow([
    'Dấu thời gian',
    'Địa chỉ email',
    'Thôn',
    'Ngày báo cáo',
    '[HANG_RAO] Trồng hàng rào xanh (m)',
    '[CUNG_HOA] Cứng hóa (km)',
    'Ghi chú',
    'Tổng',
  ]);
  form.addRow([
    wall(2023, 3, 16, 9, 15, 42),
    'a@x.vn',
    'Thịnh Bằng',
    wall(2023, 3, 15),
    3200,
    0.38,
    'Đã trồng xong đoạn đầu',
    null,
  ]);
  form.addRow([wall(2023, 3, 16, 15, 1), 'b@x.vn', 'Xuân Sơn', '16/3', '3.200', '0,5 km', '=1+1', null]);
  form.addRow([wall(2023, 3, 23, 14, 29, 59), '', 'Trung Sơn', null, 'ba', -5, '', null]);
  form.getCell('D2').numFmt = 'dd/mm/yyyy';
  form.getCell('A2').numFmt = 'dd/mm/yyyy hh:mm:ss';
  form.getCell('H2').value = { formula: 'E2*2', result: 6400 };
  form.getCell('H3').value = { formula: 'LEN(C3)', result: 8 };
  form.getCell('H4').value = { formula: 'A4+1', result: wall(2023, 3, 24, 14, 29, 59) };
  form.getCell('H4').numFmt = 'dd/mm/yyyy hh:mm';
  form.getCell('E3').note = 'gõ dạng chữ';
  form.getCell('E4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4CCCC' } };
  form.getCell('G2').value = { text: 'ảnh', hyperlink: 'https://drive.example/anh1' };
  form.getCell('I1').value = true;
  (
    form as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add('C2:C50', {
    type: 'list',
    allowBlank: true,
    formulae: ['"Thịnh Bằng,Xuân Sơn,Trung Sơn"'],
    showErrorMessage: true,
    errorStyle: 'warning',
  });
  form.addConditionalFormatting({
    ref: 'E2:F50',
    rules: [
      {
        type: 'containsText',
        operator: 'containsBlanks',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFF2CC' } } },
      },
    ],
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every cell's value as exceljs reads it, keyed `Tab!A1` (formula cells give formula and cached result; "" is a blank, as in Sheets). */
export async function valuesOf(bytes: Buffer | Uint8Array): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- exceljs cell values are a wide union read loosely here
        const v = c.value as any;
        if (v === '') return;
        const plain =
          v && typeof v === 'object' && !(v instanceof Date)
            ? 'result' in v || 'formula' in v
              ? { f: c.formula, r: v.result }
              : (v.text ?? v)
            : v;
        out[`${ws.name}!${c.address}`] =
          plain instanceof Date
            ? plain.toISOString()
            : plain && plain.r instanceof Date
              ? { ...plain, r: plain.r.toISOString() }
              : plain;
      }),
    );
  }
  return out;
}
