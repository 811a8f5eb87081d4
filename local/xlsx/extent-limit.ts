// Refuses a workbook whose used area Google Sheets could not hold (a stray cell at XFD1048576), naming the cells that stretch it.
import type ExcelJS from 'exceljs';
import { formatViNumber } from '../../src/core/vi-format';
import { columnLetters } from '../runtime/a1';
import type { CellData } from '../workbook-data';
import { WorkbookFileError } from './file-error';
import type { SheetCells } from './sheet-cells';

/** Google Sheets holds at most 10 million cells in a spreadsheet. */
export const SHEETS_CELL_LIMIT = 10_000_000;

function shown(data: CellData): string {
  const v = data.formula ? `=${data.formula.replace(/^=/, '')}` : data.value;
  if (v === null || v === undefined) return 'chỉ có định dạng';
  const text = v instanceof Date ? 'một ngày' : String(v);
  return `"${text.length > 30 ? `${text.slice(0, 30)}…` : text}"`;
}

/** Refuses a workbook whose used areas exceed what Google Sheets can hold, naming the cells that stretch them. */
export function checkExtent(extents: { ws: ExcelJS.Worksheet; cells: SheetCells }[]): void {
  const total = extents.reduce((n, e) => n + e.cells.lastRow * e.cells.lastCol, 0);
  if (total <= SHEETS_CELL_LIMIT) return;
  const worst = extents.reduce((a, b) =>
    b.cells.lastRow * b.cells.lastCol > a.cells.lastRow * a.cells.lastCol ? b : a,
  );
  const far = worst.cells.farthest
    .map((f) => `${columnLetters(f.col)}${f.row} (${shown(f.data)})`)
    .join(' và ');
  throw new WorkbookFileError(
    `Tab "${worst.ws.name}": ô ${far} nằm quá xa phần dữ liệu, khiến vùng dữ liệu thành ${formatViNumber(worst.cells.lastRow)} dòng × ` +
      `${formatViNumber(worst.cells.lastCol)} cột, quá giới hạn ${formatViNumber(SHEETS_CELL_LIMIT)} ô của Google Sheets: ` +
      'hãy xóa nội dung và định dạng của ô đó (hoặc xóa hẳn các dòng, cột thừa) rồi lưu lại.',
  );
}
