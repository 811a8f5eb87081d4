// A clean two-month workbook for the monthly report: every row valid, each village's weekly habit stated, the rows kept as data so a test can sum them itself.
import type { CellData, WorkbookData } from '../../local/workbook-data';
import { dayFromYmd, instantOf } from '../../src/core/zone';
import { messyWorkbook } from './rollup-workbook';

import { BP, DS, TB, ZONE } from './rollup-workbook';

export { BP, DS, TB, ZONE };
export const VILLAGES = [TB, BP, DS] as const;
export const FORM = 'Câu trả lời biểu mẫu 1';

/** Targets: HANG_RAO (m, Cộng dồn, 15/03–15/05), VUON_CT (vườn, Lũy kế, the campaign), KDC_KM (Đạt/Chưa, TB only, due 30/06). */
export const TARGETS = {
  HANG_RAO: { [TB]: 2000, [BP]: 1500, [DS]: 1000 },
  VUON_CT: { [TB]: 20, [BP]: 15, [DS]: 10 },
  KDC_KM: { [TB]: 1 },
} as const;

/** One report as sent: the village, when (ms), the day the work was done (y, m, d), and the amounts. */
export interface MonthRow {
  village: string;
  at: number;
  day: [number, number, number];
  fence: number;
  gardens: number;
  model: 'Đạt' | 'Chưa' | null;
}

const when = (m: number, d: number, hh: number, mm: number) =>
  instantOf(dayFromYmd(2023, m, d), hh * 60 + mm, ZONE) as number;

/** The deadlines (Thursdays) from 16/03 to 04/05/2023, as [month, day]. */
export const THURSDAYS: [number, number][] = [
  [3, 16],
  [3, 23],
  [3, 30],
  [4, 6],
  [4, 13],
  [4, 20],
  [4, 27],
  [5, 4],
];

/** The day before (month, day), as [month, day] (no month starts on a Thursday here but 01/06). */
const dayBefore = ([m, d]: [number, number]): [number, number] => (d > 1 ? [m, d - 1] : [m - 1, 31]);

/**
 * The rows, week by week:
 *  - TB every Wednesday 09:00 (on time): 250 m, gardens 2 more each week (running total), the model area `Chưa`
 *    until the week to 20/04, then `Đạt`;
 *  - BP on time on Wednesdays, except the week to 13/04 sent Thursday 16:00 (late) and the week to 20/04 missing:
 *    40 m a report, one garden more a report;
 *  - DS on Wednesdays 08:00, except the weeks to 06/04 and 13/04 missing: 10 m, its total of gardens stays 1.
 */
export function monthRows(): MonthRow[] {
  const rows: MonthRow[] = [];
  let bpGardens = 0;
  THURSDAYS.forEach((thu, k) => {
    const [wm, wd] = dayBefore(thu);
    rows.push({
      village: TB,
      at: when(wm, wd, 9, 0),
      day: [2023, wm, wd],
      fence: 250,
      gardens: 2 * (k + 1),
      model: thu[0] > 4 || (thu[0] === 4 && thu[1] >= 20) ? 'Đạt' : 'Chưa',
    });
    const bpLate = thu[0] === 4 && thu[1] === 13;
    const bpMissing = thu[0] === 4 && thu[1] === 20;
    if (!bpMissing) {
      bpGardens += 1;
      const [bm, bd] = bpLate ? thu : [wm, wd];
      rows.push({
        village: BP,
        at: when(bm, bd, bpLate ? 16 : 10, 0),
        day: [2023, bm, bd],
        fence: 40,
        gardens: bpGardens,
        model: null,
      });
    }
    const dsMissing = thu[0] === 4 && (thu[1] === 6 || thu[1] === 13);
    if (!dsMissing) {
      rows.push({
        village: DS,
        at: when(wm, wd, 8, 0),
        day: [2023, wm, wd],
        fence: 10,
        gardens: 1,
        model: null,
      });
    }
  });
  return rows;
}

const text = (v: string | number): CellData => ({ value: v });
const row = (values: (string | number | null)[]): (CellData | null)[] =>
  values.map((v) => (v === null || v === '' ? null : text(v)));

export function monthWorkbook(): WorkbookData {
  const p = (n: number) => String(n).padStart(2, '0');
  const form = monthRows().map((r) => [
    { value: new Date(r.at), numberFormat: 'dd/MM/yyyy HH:mm:ss' },
    text(`${r.village === TB ? 'tb' : r.village === BP ? 'bp' : 'ds'}@sonbang.vn`),
    text(r.village),
    text(`${p(r.day[2])}/${p(r.day[1])}/${r.day[0]}`),
    text(String(r.fence)),
    text(String(r.gardens)),
    r.model === null ? null : text(r.model),
  ]);
  // The rollup tests' settings (campaign 15/03–31/12/2023, Thứ 5 14:30, one officer) and villages, with a signer.
  const messy = messyWorkbook();
  const settings = messy.sheets.find((t) => t.name === 'Cấu hình')!;
  settings.rows.push(row(['Người ký', 'Nguyễn Văn An', '']));
  const villages = messy.sheets.find((t) => t.name === 'Thôn')!;
  return {
    timeZone: ZONE,
    locale: 'vi_VN',
    sheets: [
      settings,
      villages,
      {
        name: 'Chỉ tiêu',
        rows: [
          ['Mã', 'Nội dung', 'ĐVT', 'Loại', 'Bắt đầu', 'Hạn', TB, BP, DS],
          ['HANG_RAO', 'Trồng hàng rào xanh', 'm', 'Cộng dồn', '15/03/2023', '15/05/2023', 2000, 1500, 1000],
          ['VUON_CT', 'Cải tạo vườn', 'vườn', 'Lũy kế', '', '', 20, 15, 10],
          [
            'KDC_KM',
            'Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu',
            'đạt/chưa',
            'Đạt/Chưa',
            '',
            '30/06/2023',
            1,
            '',
            '',
          ],
        ].map(row),
      },
      {
        name: FORM,
        rows: [
          row([
            'Dấu thời gian',
            'Địa chỉ email',
            'Thôn',
            'Ngày báo cáo',
            '[HANG_RAO] Hàng rào xanh trồng mới (m)',
            '[VUON_CT] Số vườn đã cải tạo (lũy kế)',
            '[KDC_KM] Khu dân cư kiểu mẫu',
          ]),
          ...form,
        ],
      },
    ],
  };
}
