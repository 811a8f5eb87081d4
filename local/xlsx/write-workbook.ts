// Writes WorkbookData to an .xlsx file atomically, over the file it was read from when given; what xlsx cannot carry (charts, warning-only protections) becomes notices.
import ExcelJS from 'exceljs';
import type { SheetData, TabChanges, WorkbookData } from '../workbook-data';
import { writeFileAtomic } from './atomic-write';
import { writeCell } from './cell-convert';
import { writeConditionalFormats } from './conditional-convert';
import { writeValidations } from './validation-convert';
import { writeOver } from './write-over';
import { CannotPassThrough, writeWithPlainRows, type Passing } from './write-plain';
import type { XlsxSource } from './xlsx-source';
import type { PlainTab } from './plain-tabs';
import { excelWidth, withWallDate } from './write-cell-data';
import { DEFAULT_TIME_ZONE, findZoneSetting } from './zone-setting';

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

/** A tab the run made: everything from the snapshot. */
function writeNewSheet(ws: ExcelJS.Worksheet, sheet: SheetData, timeZone: string, notices: string[]): void {
  const frozen = sheet.frozenRows ?? 0;
  ws.views = frozen > 0 ? [{ state: 'frozen', ySplit: frozen, xSplit: 0 }] : [];
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), withWallDate(cell, timeZone));
    });
  });
  for (const [col, px] of Object.entries(sheet.columnWidths ?? {}))
    ws.getColumn(Number(col)).width = excelWidth(px);
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  if (sheet.hidden) ws.state = 'hidden';
  writeValidations(ws, sheet.dataValidations, notices);
  writeConditionalFormats(ws, sheet.conditionalFormats, notices);
}

/** What xlsx cannot carry of a tab, as notices. */
function sayNotCarried(sheet: SheetData, notices: string[]): void {
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

/** How the plain tabs are written: rows changed per tab (written by exceljs among the rows copied through), or the whole file cell by cell. */
function planPlainTabs(
  source: XlsxSource,
  changes: (TabChanges | null)[],
): { whole: boolean; rows: Map<PlainTab, Set<number>> } {
  const rows = new Map<PlainTab, Set<number>>();
  let whole = false;
  for (const c of changes) {
    const tab = c && source.plain.get(source.workbook.worksheets[c.from]);
    if (!tab || (!c.cells.length && !c.rows && !c.cols)) continue;
    if (c.rows || c.cols || !source.withRows) whole = true;
    else rows.set(tab, new Set(c.cells.map((x) => x.row)));
  }
  return { whole, rows };
}

/** The file a workbook was read from, and what the run changed in each tab (null: a tab the run added). */
export interface WriteOver {
  original: XlsxSource;
  changes: (TabChanges | null)[];
}

/**
 * Renders the workbook to xlsx bytes; returns them with the notices. With `over`, the tabs read
 * from the original file are that file's tabs with only the run's changes written over them.
 */
export async function workbookToXlsx(
  data: WorkbookData,
  over?: WriteOver,
): Promise<{ bytes: Uint8Array; notices: string[] }> {
  const notices: string[] = [];
  const zone = findZoneSetting(data, data.timeZone ?? DEFAULT_TIME_ZONE);
  if (zone.invalid !== undefined)
    notices.push(
      `${zone.cell}: "${zone.invalid}" không phải múi giờ; ngày giờ được ghi theo ${zone.timeZone}.`,
    );
  const source = over?.original;
  const plan = over && source ? planPlainTabs(source, over.changes) : undefined;
  // A plain tab whose rows or columns moved is written cell by cell, from the whole file; one whose cells changed, row by row.
  const whole = plan?.whole ? await source!.whole() : undefined;
  const partial = plan?.rows.size && !whole ? await source!.withRows!(plan.rows) : undefined;
  const wb = whole ?? partial?.workbook ?? source?.workbook ?? new ExcelJS.Workbook();
  const plainOf = whole ? new Map<ExcelJS.Worksheet, PlainTab>() : (partial?.plain ?? source?.plain);
  if (!over) wb.creator = 'NTM Tracker';
  const read = over ? wb.worksheets : [];
  const kept = new Map<number, TabChanges>();
  const passing: Passing[] = [];
  data.sheets.forEach((_, i) => {
    const c = over?.changes[i];
    if (c && read[c.from]) kept.set(i, c);
    const tab = c ? plainOf?.get(read[c.from]) : undefined;
    const patched = tab && new Set([...tab.noted, ...(plan?.rows.get(tab) ?? [])]);
    if (tab) passing.push({ ws: read[c!.from], tab, patched: patched?.size ? patched : undefined });
  });
  const keptFrom = new Set([...kept.values()].map((c) => c.from));
  read.forEach((ws, i) => keptFrom.has(i) || wb.removeWorksheet(ws.id));
  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  data.sheets.forEach((sheet, i) => {
    const changes = kept.get(i);
    let ws: ExcelJS.Worksheet;
    if (changes) {
      ws = read[changes.from];
      if (ws.name !== sheet.name) {
        taken.delete(ws.name.toLowerCase());
        ws.name = excelSheetName(sheet.name, taken);
      }
      writeOver(ws, sheet, changes, zone.timeZone, notices);
    } else {
      ws = wb.addWorksheet(excelSheetName(sheet.name, taken));
      writeNewSheet(ws, sheet, zone.timeZone, notices);
    }
    if (ws.name !== sheet.name)
      notices.push(
        `Tab "${sheet.name}" được ghi thành "${ws.name}" (Excel giới hạn tên tab 31 ký tự, không có []:*?/\\).`,
      );
    (ws as unknown as { orderNo: number }).orderNo = i + 1;
    sayNotCarried(sheet, notices);
  });
  if (wb.worksheets.length === 0) wb.addWorksheet('Trang tính 1');
  if (passing.length && source?.styles)
    try {
      return { bytes: await writeWithPlainRows(wb, passing, source.styles, source.sharedStrings), notices };
    } catch (e) {
      if (!(e instanceof CannotPassThrough)) throw e;
      return workbookToXlsx(data, {
        ...over!,
        original: { ...source, workbook: await source.whole(), plain: new Map() },
      });
    }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, notices };
}

/** Writes `data` to `file` atomically (never a half-written file); returns the not-carried notices. */
export async function writeWorkbook(data: WorkbookData, file: string): Promise<string[]> {
  const { bytes, notices } = await workbookToXlsx(data);
  writeFileAtomic(file, bytes);
  return notices;
}
