// Writes a run's changes over a tab of the original file: what the run did not change stays exactly as the file held it.
import ExcelJS from 'exceljs';
import type { CellData, CellPart, SheetData, TabChanges } from '../workbook-data';
import { excelValue, hexToArgb } from './cell-convert';
import { replaceConditionalFormats } from './conditional-convert';
import { moveCells } from './move-cells';
import { sheetsToExcelFormat } from './number-format';
import { replaceValidations } from './validation-convert';
import { excelWidth, withWallDate } from './write-cell-data';
import { maxOf } from '../../src/core/lists';

type Style = Partial<ExcelJS.Style>;

/** Takes a cell's note away (exceljs has no public way; its own row splicing does the same). */
export function dropNote(c: ExcelJS.Cell): void {
  (c as unknown as { _comment?: unknown })._comment = undefined;
  // A cell read from a file keeps its note in its value's model too: setting the value again drops it.
  if (c.type !== ExcelJS.ValueType.Merge) c.value = c.value as ExcelJS.CellValue;
}

/** Gives `c` the parts of `d` that changed; its other parts (rich text, fonts, borders, alignment…) stay. */
export function applyParts(c: ExcelJS.Cell, d: CellData, parts: readonly CellPart[]): void {
  const style: Style = { ...c.style }; // style objects are shared between cells: never changed in place
  if (parts.includes('value')) {
    c.value = excelValue(d);
  }
  if (parts.includes('format') || (parts.includes('value') && d.value instanceof Date && !style.numFmt)) {
    if (d.numberFormat) style.numFmt = sheetsToExcelFormat(d.numberFormat);
    else delete style.numFmt;
  }
  if (parts.includes('background')) {
    const argb = d.background ? hexToArgb(d.background) : undefined;
    if (argb) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    else delete style.fill;
  }
  if (parts.includes('bold')) {
    const { bold: _was, ...font } = style.font ?? {};
    style.font = d.bold ? { ...font, bold: true } : font;
  }
  if (parts.includes('wrap')) {
    const { wrapText: _was, ...alignment } = style.alignment ?? {};
    style.alignment = d.wrap ? { ...alignment, wrapText: true } : alignment;
  }
  c.style = style as ExcelJS.Style;
  if (parts.includes('note')) {
    if (d.note) c.note = d.note;
    else dropNote(c);
  }
}

/** Writes `sheet`'s changes over `ws`, the tab it was read from. */
export function writeOver(
  ws: ExcelJS.Worksheet,
  sheet: SheetData,
  changes: TabChanges,
  timeZone: string,
  notices: string[],
): void {
  if (changes.rows || changes.cols) moveCells(ws, changes.rows, changes.cols);
  for (const { row, col, parts } of changes.cells) {
    const d = sheet.rows[row - 1]?.[col - 1] ?? { value: null };
    applyParts(ws.getCell(row, col), withWallDate(d, timeZone), parts);
  }
  if (changes.frozenRows) {
    // Only the frozen rows change: frozen columns of the file stay.
    const views = ws.views ?? [];
    const xSplit = (views.find((v) => v.state === 'frozen') as { xSplit?: number } | undefined)?.xSplit ?? 0;
    const ySplit = sheet.frozenRows ?? 0;
    const kept = views.filter((v) => v.state !== 'frozen');
    ws.views = ySplit > 0 || xSplit > 0 ? [{ state: 'frozen', ySplit, xSplit }, ...kept] : kept;
  }
  for (const col of changes.columnWidths) {
    const px = sheet.columnWidths?.[col];
    ws.getColumn(col).width = px === undefined ? undefined : excelWidth(px);
  }
  if (changes.hiddenColumns) {
    const hidden = new Set(sheet.hiddenColumns ?? []);
    const last = maxOf([ws.columnCount, ws.columns?.length ?? 0, ...(sheet.hiddenColumns ?? [])], 0);
    for (let c = 1; c <= last; c++)
      if (!!ws.getColumn(c).hidden !== hidden.has(c)) ws.getColumn(c).hidden = hidden.has(c);
  }
  if (changes.dataValidations) replaceValidations(ws, sheet.dataValidations, notices);
  if (changes.conditionalFormats) replaceConditionalFormats(ws, sheet.conditionalFormats, notices);
}
