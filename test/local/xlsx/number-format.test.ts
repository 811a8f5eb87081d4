// Excel and Sheets number formats differ only in their date letters.
import { excelToSheetsFormat, sheetsToExcelFormat } from '../../../local/xlsx/number-format';

describe('number formats', () => {
  it.each([
    ['dd/mm/yyyy', 'dd/MM/yyyy'],
    ['dd/mm/yyyy hh:mm', 'dd/MM/yyyy HH:mm'],
    ['hh:mm:ss', 'HH:mm:ss'],
    ['mm:ss', 'mm:ss'],
    ['h:mm AM/PM', 'h:mm AM/PM'],
    ['d/m', 'd/M'],
    ['#,##0.##', '#,##0.##'],
    ['0%', '0%'],
    ['@', '@'],
    ['General', ''],

    ['#,##0 "m"', '#,##0 "m"'],
    ['[$-42A]dd/mm/yyyy', '[$-42A]dd/MM/yyyy'],
  ])('Excel %s ↔ Sheets %s', (excel, sheets) => {
    expect(excelToSheetsFormat(excel)).toBe(sheets);
    expect(sheetsToExcelFormat(sheets)).toBe(excel === 'h:mm AM/PM' ? 'h:mm AM/PM' : excel);
  });

  it('reads Excel’s built-in short date and date-time (14, 22, the computer’s own) day first, as vi_VN shows them', () => {
    expect(excelToSheetsFormat('mm-dd-yy')).toBe('dd/MM/yyyy');
    expect(excelToSheetsFormat('m/d/yy h:mm')).toBe('dd/MM/yyyy HH:mm');
  });

  it('treats no format as automatic', () => {
    expect(excelToSheetsFormat(undefined)).toBe('');
    expect(sheetsToExcelFormat('')).toBe('General');
  });
});
