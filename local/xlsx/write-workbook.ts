// Writes WorkbookData to an .xlsx file atomically; what xlsx cannot carry (charts, warning-only protections) becomes notices.
import ExcelJS from 'exceljs';
import type { SheetData, WorkbookData } from '../workbook-data';
import { writeFileAtomic } from './atomic-write';
import { writeCell } from './cell-convert';
import { writeConditionalFormats } from './conditional-convert';
import { writeValidations } from './validation-convert';
import { instantToWall } from './wall-clock';
import { DEFAULT_TIME_ZONE, findZoneSetting } from './zone-setting';

export const pixelsToChars = (px: number): number => Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique. */
function excelSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, '-')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || 'Trang tính';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++)
    candidate = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetData,
  name: string,
  timeZone: string,
  notices: string[],
): void {
  const frozen = sheet.frozenRows ?? 0;
  const ws = wb.addWorksheet(name, {
    views: frozen > 0 ? [{ state: 'frozen', ySplit: frozen, xSplit: 0 }] : [],
  });
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      if (!(cell.value instanceof Date)) return writeCell(ws.getCell(r + 1, c + 1), cell);
      const wall = instantToWall(cell.value, timeZone);
      // An automatic format shows a date the way Sheets does in vi_VN; Excel's default would drop the time.
      const numberFormat =
        cell.numberFormat || (wall.getTime() % 86_400_000 === 0 ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss');
      writeCell(ws.getCell(r + 1, c + 1), { ...cell, value: wall, numberFormat });
    });
  });
  // exceljs leaves out a column exactly 9 characters wide (its default), which Excel then draws narrower.
  for (const [col, px] of Object.entries(sheet.columnWidths ?? {}))
    ws.getColumn(Number(col)).width = pixelsToChars(px) === 9 ? 9.01 : pixelsToChars(px);
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  writeValidations(ws, sheet.dataValidations, notices);
  writeConditionalFormats(ws, sheet.conditionalFormats, notices);
  if (sheet.protection?.warningOnly)
    notices.push(
      `${sheet.name}: bảo vệ chỉ cảnh báo${sheet.protection.description ? ` ("${sheet.protection.description}")` : ''} không ghi được vào .xlsx.`,
    );
  else if (sheet.protection) notices.push(`${sheet.name}: bảo vệ tab không ghi được vào .xlsx.`);
  if (sheet.charts)
    notices.push(
      `${sheet.name}: ${sheet.charts} biểu đồ không ghi được vào .xlsx (chỉ có trên Google Sheets).`,
    );
}

/** Renders the workbook to xlsx bytes; returns them with the notices. */
export async function workbookToXlsx(data: WorkbookData): Promise<{ bytes: Uint8Array; notices: string[] }> {
  const notices: string[] = [];
  const zone = findZoneSetting(data, data.timeZone ?? DEFAULT_TIME_ZONE);
  if (zone.invalid !== undefined)
    notices.push(
      `${zone.cell}: "${zone.invalid}" không phải múi giờ; ngày giờ được ghi theo ${zone.timeZone}.`,
    );
  const wb = new ExcelJS.Workbook();
  wb.creator = 'NTM Tracker';
  const taken = new Set<string>();
  for (const sheet of data.sheets) {
    const name = excelSheetName(sheet.name, taken);
    if (name !== sheet.name)
      notices.push(
        `Tab "${sheet.name}" được ghi thành "${name}" (Excel giới hạn tên tab 31 ký tự, không có []:*?/\\).`,
      );
    writeSheet(wb, sheet, name, zone.timeZone, notices);
  }
  if (data.sheets.length === 0) wb.addWorksheet('Trang tính 1');
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, notices };
}

/** Writes `data` to `file` atomically (never a half-written file); returns the not-carried notices. */
export async function writeWorkbook(data: WorkbookData, file: string): Promise<string[]> {
  const { bytes, notices } = await workbookToXlsx(data);
  writeFileAtomic(file, bytes);
  return notices;
}
