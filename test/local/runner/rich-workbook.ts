// A workbook as a person keeps it in Excel: the report workbook with rich text, error values, formulas with results, formats, merges, comments.
import ExcelJS from 'exceljs';
import { workbookToXlsx } from '../../../local/xlsx';
import { reportWorkbook } from '../../entry/report-workbook';
import { FORM } from '../../entry/rollup-workbook';

/** The note a person left on the form tab's E8. */
export const OWN_NOTE = 'đã gọi điện hỏi lại';

const thin = { style: 'thin' as const, color: { argb: 'FF336699' } };

/** Formats what a person might give any cell: a font, borders, alignment. */
function dress(c: ExcelJS.Cell, i: number): void {
  c.font = { name: 'Times New Roman', size: 12 + (i % 3), italic: i % 2 === 0, color: { argb: 'FF1F4E79' } };
  c.border = { top: thin, left: thin, bottom: thin, right: thin };
  c.alignment = { vertical: 'top', horizontal: i % 2 ? 'left' : 'center', wrapText: i % 3 === 0 };
}

/** The bytes of the rich workbook (tabs Cấu hình, Thôn, Chỉ tiêu and the form tab, as reportWorkbook has them). */
export async function richWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookToXlsx(reportWorkbook())).bytes as unknown as ArrayBuffer);
  let i = 0;
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => dress(c, i++)));

  const villages = wb.getWorksheet('Thôn')!;
  villages.getCell('F1').value = 'Sổ theo dõi của xã';
  villages.mergeCells('F1:H2');
  villages.getCell('F1').fill = {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { theme: 4, tint: 0.6 } as Partial<ExcelJS.Color>,
  };
  villages.getCell('F3').value = {
    richText: [
      { text: 'Chú ý: ', font: { bold: true, color: { argb: 'FFC00000' } } },
      { text: 'thôn ' },
      { text: 'Đông Sơn', font: { bold: true, italic: true } },
      { text: ' đổi trưởng thôn' },
    ],
  };
  villages.getCell('F4').value = {
    text: { richText: [{ text: 'Xem ', font: { bold: true } }, { text: 'hướng dẫn' }] },
    hyperlink: 'https://example.vn/huong-dan',
  } as unknown as ExcelJS.CellValue;
  villages.getCell('F5').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  villages.getCell('F6').value = {
    formula: 'D2/0',
    result: { error: '#DIV/0!' },
  } as ExcelJS.CellFormulaValue;
  villages.getCell('F7').value = {
    formula: 'VLOOKUP("x",A:A,1,FALSE)',
    result: { error: '#N/A' },
  } as ExcelJS.CellFormulaValue;
  villages.getCell('F8').value = { formula: 'SUM(D2:D5)', result: 460 };
  villages.getCell('F8').numFmt = '#,##0.00';
  villages.getCell('F9').value = new Date(Date.UTC(2023, 2, 16, 7, 30));
  villages.getCell('F9').numFmt = 'dddd, dd mmmm yyyy hh:mm';
  villages.getCell('F10').value = 0.375;
  villages.getCell('F10').numFmt = '0.0%';
  villages.getCell('G10').border = { bottom: { style: 'double', color: { argb: 'FFFF0000' } } };
  villages.getCell('A1').note = {
    texts: [
      { text: 'Ghi chú của ', font: { bold: false } },
      { text: 'cán bộ', font: { bold: true } },
    ],
  } as ExcelJS.Comment;
  villages.getColumn(6).width = 31.5;
  villages.getColumn(10).hidden = true;
  villages.getRow(3).height = 33;
  villages.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];

  const targets = wb.getWorksheet('Chỉ tiêu')!;
  targets.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } };
  targets.views = [{ state: 'frozen', xSplit: 1, ySplit: 0 }]; // the Mã column only
  targets.getCell('A2').font = { bold: true, underline: true, color: { argb: 'FF38761D' } };
  // A rule and a format the add-on does not model, on a tab whose rules set-up rewrites.
  for (let r = 2; r <= 20; r++)
    targets.getCell(r, 12).dataValidation = { type: 'textLength', operator: 'lessThan', formulae: [9] };
  targets.addConditionalFormatting({
    ref: 'G2:J5',
    rules: [
      { type: 'cellIs', operator: 'lessThan', formulae: [0], priority: 1, style: { font: { italic: true } } },
    ],
  });

  const form = wb.getWorksheet(FORM)!;
  // A person's own background and note on a cell validation marks (E8 holds 3.200 m, over 150 % of the target).
  form.getCell('E8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE5CD' } };
  form.getCell('E8').note = OWN_NOTE;
  form.getCell('I3').value = {
    richText: [{ text: 'báo cáo ' }, { text: 'sớm', font: { bold: true, color: { argb: 'FF0000FF' } } }],
  };
  form.getCell('A2').numFmt = 'dd/mm/yyyy hh:mm:ss';
  form.addConditionalFormatting({
    ref: 'E2:E30',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: [1000],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
