// The .xlsx reader and writer of the local runner.
export { readWorkbook, WorkbookFileError, type UncomputedCell, type XlsxRead } from './read-workbook';
export { writeWorkbook, workbookToXlsx } from './write-workbook';
export { writeFileAtomic } from './atomic-write';
export { findZoneSetting, DEFAULT_TIME_ZONE, type ZoneSetting } from './zone-setting';
export { wallToInstant, instantToWall, isTimeZone } from './wall-clock';
export { excelToSheetsFormat, sheetsToExcelFormat } from './number-format';
