// Reads an .xlsx file into WorkbookData: values, formulas with cached results, formats, notes, fills, links, views, rules.
import { errorText } from '../../src/core/error-text';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { SheetData, WorkbookData } from '../workbook-data';
import { columnLetters } from '../runtime/a1';
import { checkExtent } from './extent-limit';
import { WorkbookFileError } from './file-error';
import { CellCollector, readSheetCells, rowsOf, type SheetCells } from './sheet-cells';
import { openSource, type XlsxSource } from './xlsx-source';
import { readConditionalFormats } from './conditional-convert';
import { readValidations } from './validation-convert';
import { wallToInstant } from './wall-clock';
import { findZoneSetting } from './zone-setting';

export { WorkbookFileError };

/** What the reader found that the runner must report before running anything. */
export interface UncomputedCell {
  sheet: string;
  /** `B5` */
  cell: string;
  formula: string;
}

export interface XlsxRead {
  workbook: WorkbookData;
  /** Formula cells whose file holds no computed result, tab by tab in file order. */
  uncomputed: UncomputedCell[];
  /** The file as read: the runner writes its tabs back with only the run's changes over them. */
  original: XlsxSource;
}

export interface ReadOptions {
  /** Sheet parts at least this large (uncompressed) whose cells are plain values are streamed (default PLAIN_TAB_BYTES). */
  plainTabBytes?: number;
}

/** Column width in pixels from Excel's character width (Calibri 11: 7 px per character + 5 px padding). */
export const charsToPixels = (chars: number): number => Math.round(chars * 7 + 5);

function readSheet(ws: ExcelJS.Worksheet, cells: SheetCells): SheetData {
  const rows = rowsOf(cells);
  const sheet: SheetData = { name: ws.name, rows };
  const view = ws.views?.[0];
  if (view && view.state === 'frozen' && view.ySplit) sheet.frozenRows = view.ySplit;
  const widths: Record<number, number> = {};
  const hidden: number[] = [];
  // Widths and hidden columns are kept for columns with no content too (ws.columnCount counts only columns with cells).
  for (let c = 1; c <= Math.max(ws.columnCount, ws.columns?.length ?? 0); c++) {
    const column = ws.getColumn(c);
    if (column.width) widths[c] = charsToPixels(column.width);
    if (column.hidden) hidden.push(c);
  }
  if (Object.keys(widths).length) sheet.columnWidths = widths;
  if (hidden.length) sheet.hiddenColumns = hidden;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  const validations = readValidations(ws);
  if (validations.length) sheet.dataValidations = validations;
  const formats = readConditionalFormats(ws);
  if (formats.length) sheet.conditionalFormats = formats;
  return sheet;
}

function convertDates(workbook: WorkbookData, timeZone: string): void {
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows)
      for (const cell of row)
        if (cell && cell.value instanceof Date) cell.value = wallToInstant(cell.value, timeZone);
}

/** Reads `file`; throws WorkbookFileError for a missing or unreadable file or an unknown `Múi giờ`. */
export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<XlsxRead> {
  let buffer: Buffer;
  try {
    if (!fs.statSync(file).isFile()) throw new Error('not a file');
    buffer = fs.readFileSync(file);
  } catch (_e) {
    throw new WorkbookFileError(`Không tìm thấy tệp "${file}": hãy kiểm tra đường dẫn sau --workbook.`);
  }
  let source: XlsxSource;
  const plainCells = new Map<string, SheetCells>();
  try {
    source = await openSource(buffer, options.plainTabBytes, (tab) => {
      const collector = new CellCollector();
      return {
        add: (cell, row, col) => collector.add(cell, row, col),
        done: () => void plainCells.set(tab.name, collector.done()),
      };
    });
  } catch (e) {
    const detail = errorText(e)
      .replace(/\s*https?:\/\/\S+/g, '')
      .trim();
    const why = /zip|central directory/i.test(detail) ? 'tệp hỏng hoặc không phải .xlsx' : detail;
    throw new WorkbookFileError(
      `Tệp "${file}" không đọc được như một bảng tính .xlsx (${why}): hãy mở nó bằng Excel hoặc Google Sheets và lưu lại dạng .xlsx.`,
    );
  }
  const wb = source.workbook;
  if (wb.worksheets.length === 0)
    throw new WorkbookFileError(
      `Tệp "${file}" không có tab nào, nên không phải một bảng tính .xlsx: hãy mở nó bằng Excel hoặc Google Sheets và lưu lại dạng .xlsx.`,
    );
  const extents = wb.worksheets.map((ws) => ({ ws, cells: plainCells.get(ws.name) ?? readSheetCells(ws) }));
  checkExtent(extents);
  const workbook: WorkbookData = { sheets: extents.map((e) => readSheet(e.ws, e.cells)) };
  plainCells.clear(); // the source keeps the sinks that filled it
  const uncomputed: UncomputedCell[] = extents.flatMap((e) =>
    e.cells.uncomputed.map((u) => ({
      sheet: e.ws.name,
      cell: `${columnLetters(u.col)}${u.row}`,
      formula: u.formula,
    })),
  );
  const zone = findZoneSetting(workbook);
  if (zone.invalid !== undefined)
    throw new WorkbookFileError(
      `${zone.cell}: "${zone.invalid}" không phải múi giờ: hãy ghi tên múi giờ như Asia/Ho_Chi_Minh.`,
    );
  convertDates(workbook, zone.timeZone);
  workbook.timeZone = zone.timeZone;
  return { workbook, uncomputed, original: source };
}
