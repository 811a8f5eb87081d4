// What the writer puts in a cell's place: dates as wall clock with a date format when none is set, widths in Excel's units.
import type { CellData } from '../workbook-data';
import { instantToWall } from './wall-clock';

/** Excel column width (characters) of a width in pixels; exceljs leaves out exactly 9 (its default), which Excel draws narrower. */
export function excelWidth(px: number): number {
  const chars = Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
  return chars === 9 ? 9.01 : chars;
}

/** The cell with a date as its wall clock in `timeZone`; an automatic format shows it as Sheets does in vi_VN. */
export function withWallDate(cell: CellData, timeZone: string): CellData {
  if (!(cell.value instanceof Date)) return cell;
  const wall = instantToWall(cell.value, timeZone);
  const numberFormat =
    cell.numberFormat || (wall.getTime() % 86_400_000 === 0 ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss');
  return { ...cell, value: wall, numberFormat };
}
