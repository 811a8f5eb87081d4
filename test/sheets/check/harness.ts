// Shared set-up for the validation output tests: the example plan, a messy form tab, a runtime whose services are the globals.
import { instantOfDate } from '../../../src/core/zone';
import { exampleInputTabs } from '../../../local/demo/example-tabs';
import type { Runtime, RuntimeOptions } from '../../../local/runtime';
import { installGlobals, removeGlobals } from '../../local/runtime/install-globals';
import type { CellData, SheetData, WorkbookData } from '../../../local/workbook-data';
import { wallToInstant } from '../../../local/xlsx';

export const ZONE = 'Asia/Ho_Chi_Minh';
export const FORM = 'Câu trả lời biểu mẫu 1';

/** The instant of a wall-clock time in Hà Nội. */
export function at(y: number, mo: number, d: number, h = 0, mi = 0): Date {
  return wallToInstant(new Date(Date.UTC(y, mo - 1, d, h, mi)), ZONE);
}

/** As-of time of the tests: Thursday 30/03/2023 12:00, inside the first peak phase. */
export const AS_OF = instantOfDate(at(2023, 3, 30, 12));

export const COL = {
  hangRao: '[HANG_RAO] Trồng hàng rào xanh (m)',
  vuon: '[VUON_CT] Cải tạo vườn (vườn)',
  cungHoa: '[CUNG_HOA] Cứng hóa giao thông (km)',
};
export const HEADER = [
  'Dấu thời gian',
  'Địa chỉ email',
  'Thôn',
  'Ngày báo cáo',
  COL.hangRao,
  COL.vuon,
  COL.cungHoa,
  'Ảnh',
  'Ghi chú',
];

export type Answer = [Date | '', string, string, string, string, string, string, string, string];

/** The messy form tab: each row's expected problem is in the comment beside it. */
export function messyAnswers(): Answer[] {
  const photo = 'https://drive.example/anh';
  return [
    [at(2023, 3, 20, 8), 'thuongbang@example.vn', 'Thượng Bằng', '', '200', '2', '', photo, 'sạch'], // 2: clean
    [at(2023, 3, 20, 9), 'trungbang@example.vn', 'Trung Bằng', '', '=1+1', '', '', photo, ''], // 3: not a number
    [at(2023, 3, 21, 10), 'thinhbang@example.vn', 'Thịnh Bằng', '', '3.200', '', '', photo, ''], // 4: above 150%
    [at(2023, 3, 21, 11), 'x@example.vn', 'Làng Mới', '', '100', '', '', photo, ''], // 5: unknown village (whole row)
    [at(2023, 3, 22, 8), 'habang@example.vn', 'Hạ Bằng', '16/3', '', 'ba', '', photo, ''], // 6: words, not digits
    [at(2023, 3, 22, 9), 'hoa.tanbang@example.vn', 'tan bang', '', '100', '', '0,02 km', '', ''], // 7: no photo in a peak phase
    [at(2023, 3, 23, 9), 'la@example.vn', 'Thượng Bằng', '', '50', '', '', photo, ''], // 8: email not the village's
    [at(2023, 3, 23, 10), '', '', '', '', '', '', '', ''], // 9: blank submission (ignored)
    [at(2023, 4, 3, 10), 'thuongbang@example.vn', 'Thượng Bằng', '', 'ba', '', '', photo, ''], // 10: after the as-of time
  ];
}

/** Forms writes the timestamp as a date and every answer as the text typed. */
function cell(v: Date | string): CellData | null {
  if (v === '') return null;
  return v instanceof Date ? { value: v, numberFormat: 'dd/MM/yyyy HH:mm:ss' } : { value: v };
}

export function formSheet(answers: Answer[] = messyAnswers(), header: string[] = HEADER): SheetData {
  return {
    name: FORM,
    rows: [header.map((h) => ({ value: h })), ...answers.map((a) => a.map((v) => cell(v)))],
    frozenRows: 1,
  };
}

export function workbook(sheets: SheetData[] = [formSheet()]): WorkbookData {
  return { sheets: [...exampleInputTabs(ZONE), ...sheets], timeZone: ZONE, locale: 'vi_VN' };
}

/** A runtime whose services are installed as globals (what src/ code calls), removed by `uninstall`. */
export function install(options: RuntimeOptions = {}): Runtime {
  return installGlobals({ workbook: workbook(), now: () => AS_OF, ...options });
}

export const uninstall = removeGlobals;

/** A tab's values, row by row, as getValues returns them. */
export function valuesOf(rt: Runtime, tab: string): unknown[][] {
  const sheet = rt.spreadsheet.getSheetByName(tab);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
}

/** `Kiểm tra` as records by column title. */
export function checkRecords(rt: Runtime): Record<string, unknown>[] {
  const [header, ...rows] = valuesOf(rt, 'Kiểm tra');
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i]])));
}
