// A messy four-week workbook with three report tabs (a vi form, an en form, a tab named after a village): each row's fate is beside it.
import type { CellData, SheetData, WorkbookData } from '../../local/workbook-data';
import { dayFromYmd, instantOf } from '../../src/core/zone';

export const ZONE = 'Asia/Ho_Chi_Minh';
export const TB = 'Thịnh Bằng';
export const BP = 'Bằng Phúc';
export const DS = 'Đông Sơn';
export const VI = 'Câu trả lời biểu mẫu 1';
export const EN = 'Form Responses 2';

/** dd/MM/2023 hh:mm(:ss) in Hà Nội, as a Date cell (what Forms writes). */
export function stamp(d: number, m: number, hh: number, mm: number, ss = 0): Date {
  return new Date(instantOf(dayFromYmd(2023, m, d), hh * 60 + mm, ZONE) + ss * 1000);
}

type Raw = string | number | Date | null;
const cells = (rows: Raw[][], dateFormat = 'dd/MM/yyyy HH:mm:ss'): (CellData | null)[][] =>
  rows.map((r) =>
    r.map((v) =>
      v === null || v === ''
        ? null
        : v instanceof Date
          ? { value: v, numberFormat: dateFormat }
          : { value: v },
    ),
  );

export const VI_HEADER = [
  'Dấu thời gian',
  'Địa chỉ email',
  'Thôn',
  'Ngày báo cáo',
  '[HANG_RAO] Hàng rào xanh trồng mới (m)',
  '[DUONG_MR] Đường mở rộng (km)',
  '[VUON_CT] Vườn cải tạo',
  '[RAC_THAI] Hộ thu gom rác (lũy kế)',
  '[KDC_KM] Khu dân cư kiểu mẫu',
  'Nhà vệ sinh tự hoại',
  'Ảnh',
  'Ghi chú',
];
const L = 'https://drive.example/anh';

/**
 * The vi form. Peak phase 15/03–22/03. Week 16/03 = (09/03 14:30, 16/03 14:30], then 23/03, 30/03.
 *  2 TB 15/03 08:00: 200 m, "20 m" = 0,02 km, 2 vườn, RAC 30, Chưa, 1 cái — clean (week 16/03).
 *  3 "bang phuc", 15/3: "0,1 km" = 100 m, "0.05" km, "ba" (Lỗi), RAC 10, "1,5" cái (Lỗi: not whole), no photo in a peak phase (⚠).
 *  4 DS 16/03 14:30:00 exactly: "50" m (DS has no HANG_RAO target: ⚠, not counted), 1 vườn, RAC 12 — week 16/03, on time.
 *  5 DS 16/03 14:31, Ngày báo cáo 16/03: 1 vườn — week 16/03, late; its blank RAC cancels nothing; 1 minute after row 4 with other
 *    amounts: ⚠ maybe a corrected report (both count).
 *  6 TB 20/03, "2023-03-20": "3.200 m" (200 + 3.200 > 150 % of 1.000: Lỗi), "0,5 km" (0,52 > 0,3: Lỗi), 3 vườn, RAC 25 (down from 30: ⚠), 2 cái.
 *  7 "THỊNH BẰNG" from "TB@X.VN ", 21/3: "1.234,5" m (1.434,5 ≤ 1.500), 2 vườn, RAC "=1+1" (Lỗi).
 *  8 BP Ngày báo cáo "3/16/2023": month first is no date (Lỗi, whole row).
 *  9 BP, timestamp typed "22/03/2023 09:00:00", Ngày báo cáo "22/03/2023 08:00:00" from bp2@ (one of BP's): "300m", "2 vườn", RAC 70, "3 cây" (Lỗi: unit), no photo on the phase's last day (⚠).
 * 10 DS 23/03 07:00: "-1" vườn (Lỗi), RAC 28 (above DS's 25 households: ⚠).
 * 11 "Xóm Mới" (Lỗi, whole row). 12 Ngày báo cáo "24/03/2023" after the timestamp's day (Lỗi, whole row).
 * 13 Ngày báo cáo "10/03/2023" before the campaign (Lỗi, whole row). 14 BP 22/3 16:00: 100 m, 1 vườn.
 * 15 TB 29/03 08:00: "65,5" m (total exactly 1.500 = 150 %: passes), "0.1" km, 1 vườn, Đạt, "0" cái for nothing.
 * 16 TB 29/03 09:00: "0,01" m (1.500,01: Lỗi), an hour after row 15 with other amounts (⚠ maybe a corrected report). 17 BP 30/03 14:00, Ngày báo cáo 29/03: "0.500" m = 0,5, 1 vườn, RAC 65 (down from 70: ⚠),
 *    "Chưa" for KDC_KM, which BP has no target for: it reports nothing, so no warning.
 * 18 DS 30/03 15:00, Ngày báo cáo 30/03: 1 vườn — after the as-of time 14:30: not seen. 19 "Xóm Lạ" 31/03: not seen.
 * 20 a blank submission (timestamp and email only): ignored.
 */
export function viRows(): Raw[][] {
  return [
    VI_HEADER,
    [stamp(15, 3, 8, 0), 'tb@x.vn', TB, null, '200', '20 m', '2', '30', 'Chưa', '1', L, null],
    [
      stamp(15, 3, 9, 0),
      'bp@x.vn',
      'bang phuc',
      '15/3',
      '0,1 km',
      '0.05',
      'ba',
      '10',
      null,
      '1,5',
      null,
      null,
    ],
    [stamp(16, 3, 14, 30, 0), 'ds@x.vn', DS, null, '50', null, '1', '12', null, null, L, null],
    [stamp(16, 3, 14, 31), 'ds@x.vn', DS, '16/03/2023', null, null, '1', null, null, null, L, null],
    [stamp(20, 3, 10, 0), 'tb@x.vn', TB, '2023-03-20', '3.200 m', '0,5 km', '3', '25', null, '2', L, null],
    [
      stamp(21, 3, 11, 0),
      'TB@X.VN ',
      'THỊNH BẰNG',
      '21/3',
      '1.234,5',
      null,
      '2',
      '=1+1',
      null,
      null,
      L,
      null,
    ],
    [stamp(22, 3, 8, 0), 'bp@x.vn', BP, '3/16/2023', '10', null, null, null, null, null, L, null],
    [
      '22/03/2023 09:00:00',
      'bp2@x.vn',
      BP,
      '22/03/2023 08:00:00',
      '300m',
      null,
      '2 vườn',
      '70',
      null,
      '3 cây',
      null,
      null,
    ],
    [stamp(23, 3, 7, 0), 'ds@x.vn', DS, null, null, null, '-1', '28', null, null, L, null],
    [stamp(23, 3, 8, 0), 'nguoi.la@gmail.com', 'Xóm Mới', null, '10', null, null, null, null, null, L, null],
    [stamp(23, 3, 9, 0), 'tb@x.vn', TB, '24/03/2023', '10', null, null, null, null, null, L, null],
    [stamp(23, 3, 10, 0), 'tb@x.vn', TB, '10/03/2023', '10', null, null, null, null, null, L, null],
    [stamp(22, 3, 16, 0), 'bp@x.vn', BP, '22/3', '100', null, '1', null, null, null, L, null],
    [stamp(29, 3, 8, 0), 'tb@x.vn', TB, null, '65,5', '0.1', '1', null, 'Đạt', '0', L, null],
    [stamp(29, 3, 9, 0), 'tb@x.vn', TB, null, '0,01', null, null, null, null, null, L, null],
    [stamp(30, 3, 14, 0), 'bp@x.vn', BP, '29/03/2023', '0.500', null, '1', '65', 'Chưa', null, L, null],
    [stamp(30, 3, 15, 0), 'ds@x.vn', DS, '30/03/2023', null, null, '1', null, null, null, L, null],
    [stamp(31, 3, 8, 0), 'x@x.vn', 'Xóm Lạ', null, 'abc', null, null, null, null, null, null, null],
    [stamp(30, 3, 9, 0), 'tb@x.vn', null, null, null, null, null, null, null, null, null, null],
  ];
}

/**
 * The en form (no Ngày báo cáo, no Ảnh: never a photo warning).
 * 2 BP "22/03/2023 17:00": "100 m", 1 vườn — same village, day and amounts as vi row 14: ⚠ duplicate, not added again.
 * 3 "3/16/2023 10:00": month first, the timestamp is no date (Lỗi, whole row).
 * 4 TB 24/03 09:00 from someone@else.vn (⚠ email): 1 vườn, 1 cái — week 30/03.
 */
export function enRows(): Raw[][] {
  return [
    ['Timestamp', 'Email Address', 'Thôn', '[HANG_RAO] Hedge (m)', '[VUON_CT] Gardens', '[NHA_VS] Toilets'],
    ['22/03/2023 17:00', 'bp@x.vn', BP, '100 m', '1', null],
    ['3/16/2023 10:00', 'bp@x.vn', BP, '5', null, null],
    [stamp(24, 3, 9, 0), 'someone@else.vn', TB, null, '1', '1'],
  ];
}

/** A tab named after Đông Sơn, without Thôn, email or Ảnh columns: 17/03 (week 23/03, in the peak phase) and 28/03 (week 30/03), 1 vườn each. */
export function villageTabRows(): Raw[][] {
  return [
    ['Dấu thời gian', '[VUON_CT] Vườn', '[HANG_RAO] Hàng rào'],
    [stamp(17, 3, 8, 0), '1', null],
    [stamp(28, 3, 8, 0), '1', null],
  ];
}

const sheet = (name: string, rows: Raw[][]): SheetData => ({ name, rows: cells(rows) });

export function weeksWorkbook(): WorkbookData {
  return {
    timeZone: ZONE,
    locale: 'vi_VN',
    sheets: [
      sheet('Cấu hình', [
        ['Tham số', 'Giá trị', 'Ghi chú'],
        ['Tên xã', 'Sơn Bằng', null],
        ['Ngày bắt đầu', '15/03/2023', null],
        ['Ngày kết thúc', '31/12/2023', null],
        ['Hạn báo cáo', 'Thứ 5 14:30', null],
        ['Nhắc trước (giờ)', 24, null],
        ['Email cán bộ', 'canbo@x.vn', null],
        ['Múi giờ', ZONE, null],
        ['Đợt cao điểm', '15/03/2023-22/03/2023; 01/07/2023-01/08/2023', null],
      ]),
      sheet('Thôn', [
        ['Thôn', 'Trưởng thôn', 'Email', 'Số hộ'],
        [TB, 'A', 'tb@x.vn', 120],
        [BP, 'B', 'bp@x.vn; bp2@x.vn', 80],
        [DS, 'C', 'ds@x.vn', 25],
      ]),
      sheet('Chỉ tiêu', [
        ['Mã', 'Nội dung', 'ĐVT', 'Loại', 'Bắt đầu', 'Hạn', TB, BP, DS],
        ['HANG_RAO', 'Trồng hàng rào xanh', 'm', 'Cộng dồn', '15/03/2023', '15/05/2023', 1000, 600, null],
        ['DUONG_MR', 'Giải tỏa, mở rộng nền đường', 'km', 'Cộng dồn', null, '15/05/2023', 0.2, 0.1, 0.1],
        ['VUON_CT', 'Cải tạo vườn', 'vườn', null, null, null, 10, 6, 4],
        ['RAC_THAI', 'Hộ thu gom, xử lý rác thải', 'hộ', 'Lũy kế', null, null, 100, 60, 20],
        [
          'KDC_KM',
          'Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu',
          'đạt/chưa',
          'Đạt/Chưa',
          null,
          '15/05/2023',
          1,
          0,
          null,
        ],
        ['NHA_VS', 'Nhà vệ sinh tự hoại', 'cái', 'Cộng dồn', null, null, 5, 4, 3],
      ]),
      sheet(VI, viRows()),
      sheet(EN, enRows()),
      sheet(DS, villageTabRows()),
    ],
  };
}
