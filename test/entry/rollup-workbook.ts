// A small messy three-week workbook for the rollup tests (Sơn Bằng, Thứ 5 14:30): its figures are worked out by hand in the tests.
import type { CellData, WorkbookData } from '../../local/workbook-data';
import type { Instant } from '../../src/core/types';
import { addMs, dayFromYmd, instantOf } from '../../src/core/zone';

export const ZONE = 'Asia/Ho_Chi_Minh';
export const TB = 'Thịnh Bằng';
export const BP = 'Bằng Phúc';
export const DS = 'Đông Sơn';
export const FORM = 'Câu trả lời biểu mẫu 1';

/** The instant of dd/MM/2023 hh:mm(:ss) in Asia/Ho_Chi_Minh. */
export function at(day: number, month: number, hh: number, mm: number, ss = 0): Instant {
  return addMs(instantOf(dayFromYmd(2023, month, day), hh * 60 + mm, ZONE), ss * 1000);
}
/** The runner's `--as-of` text of the same wall time. */
export function asOfText(day: number, month: number, hh: number, mm: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `2023-${p(month)}-${p(day)}T${p(hh)}:${p(mm)}`;
}

const cells = (rows: (string | number | Date | null)[][]): (CellData | null)[][] =>
  rows.map((r) => r.map((v) => (v === null || v === '' ? null : { value: v })));

const stamp = (day: number, month: number, hh: number, mm: number, ss = 0) =>
  new Date(at(day, month, hh, mm, ss));

/**
 * Rows of the form tab, in sheet order (not timestamp order). What each one does:
 *  2  TB 16/3: 200 m, 2 vườn, "Chưa", 1 hộ — week 16/03, on time.
 *  3  "bằng phúc" (case), no report day, "0,15 km" = 150 m, "ba" (a word: error, not counted), 1 hộ — week 16/03.
 *  4  TB 22/03/2023: 150,5 m, 5 vườn — week 23/03, on time.
 *  5  ĐS at 23/03 14:30:00 exactly: 3 vườn — week 23/03, on time (the deadline is inside its week).
 *  6  BP report day 23/03 sent 14:31: 300 m, 1 vườn — week 23/03, LATE.
 *  7  unknown village "Xóm Mới" — left out whole.
 *  8  TB 29/3: "3.200" m (error: over 150 % of 1.000), 4 vườn (down from 5: warning, counted), "Đạt", 2 hộ — week 30/03.
 *  9  TB copy of row 4 sent 29/03 08:00 (duplicate: warning, not added again) — week 23/03, late.
 * 10  BP 30/03 10:00: 20 m, 2 hộ — week 30/03.
 * 11  ĐS 30/03 11:00 from an address not its own (warning, counted): 4 vườn, 50 m (no target: warning, not counted).
 * 12  ĐS 30/03 16:00: 5 vườn — week 06/04.
 */
export function formRows(): (string | number | Date | null)[][] {
  return [
    [
      'Dấu thời gian',
      'Địa chỉ email',
      'Thôn',
      'Ngày báo cáo',
      '[HANG_RAO] Hàng rào xanh trồng mới (m)',
      '[VUON_CT] Số vườn đã cải tạo (lũy kế)',
      '[KDC_KM] Khu dân cư kiểu mẫu',
      '[NUOC_THAI_HT] Hộ chính sách xây hệ thống 3 bi',
      'Ghi chú',
    ],
    [stamp(16, 3, 9, 0), 'tb@sonbang.vn', TB, '16/3', '200', '2', 'Chưa', '1', ''],
    [stamp(16, 3, 10, 0), 'bp@sonbang.vn', 'bằng phúc', '', '0,15 km', 'ba', '', '1', 'báo cáo sớm'],
    [stamp(22, 3, 18, 0), 'tb@sonbang.vn', TB, '22/03/2023', '150,5', '5', '', '', ''],
    [stamp(23, 3, 14, 30, 0), 'ds@sonbang.vn', DS, '', '', '3', '', '', ''],
    [stamp(23, 3, 14, 31), 'bp@sonbang.vn', BP, '23/03/2023', '300', '1', '', '', 'nộp muộn'],
    [stamp(24, 3, 8, 0), 'xm@sonbang.vn', 'Xóm Mới', '', '10', '', '', '', ''],
    [stamp(29, 3, 9, 0), 'tb@sonbang.vn', TB, '29/3', '3.200', '4', 'Đạt', '2', ''],
    [stamp(29, 3, 8, 0), 'tb@sonbang.vn', TB, '22/03/2023', '150,5', '5', '', '', 'gửi lại'],
    [stamp(30, 3, 10, 0), 'bp@sonbang.vn', BP, '', '20', '', '', '2', ''],
    [stamp(30, 3, 11, 0), 'ai-do@gmail.com', DS, '30/03/2023', '50', '4', '', '', ''],
    [stamp(30, 3, 16, 0), 'ds@sonbang.vn', DS, '', '', '5', '', '', ''],
  ];
}

/** Cấu hình, Thôn, Chỉ tiêu (four indicators, three villages) and the form tab. */
export function messyWorkbook(): WorkbookData {
  return {
    timeZone: ZONE,
    locale: 'vi_VN',
    sheets: [
      {
        name: 'Cấu hình',
        rows: cells([
          ['Tham số', 'Giá trị', 'Ghi chú'],
          ['Tên xã', 'Sơn Bằng', ''],
          ['Ngày bắt đầu', '15/03/2023', ''],
          ['Ngày kết thúc', '31/12/2023', ''],
          ['Hạn báo cáo', 'Thứ 5 14:30', ''],
          ['Nhắc trước (giờ)', 24, ''],
          ['Email cán bộ', 'canbo@sonbang.vn', ''],
          ['Múi giờ', ZONE, ''],
          ['Đợt cao điểm', '', ''],
        ]),
      },
      {
        name: 'Thôn',
        rows: cells([
          ['Thôn', 'Trưởng thôn', 'Email', 'Số hộ'],
          [TB, 'Nguyễn Văn A', 'tb@sonbang.vn', 120],
          [BP, 'Trần Thị B', 'bp@sonbang.vn', 80],
          [DS, 'Lê Văn C', 'ds@sonbang.vn', 60],
        ]),
      },
      {
        name: 'Chỉ tiêu',
        rows: cells([
          ['Mã', 'Nội dung', 'ĐVT', 'Loại', 'Bắt đầu', 'Hạn', TB, BP, DS],
          ['HANG_RAO', 'Trồng hàng rào xanh', 'm', 'Cộng dồn', '15/03/2023', '15/05/2023', 1000, 620, ''],
          ['VUON_CT', 'Cải tạo vườn', 'vườn', 'Lũy kế', '', '', 10, 5, 8],
          [
            'KDC_KM',
            'Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu',
            'đạt/chưa',
            'Đạt/Chưa',
            '',
            '15/05/2023',
            1,
            '',
            '',
          ],
          [
            'NUOC_THAI_HT',
            'Hộ chính sách xây hệ thống xử lý nước thải mẫu 3 bi',
            'hộ',
            'Cộng dồn',
            '',
            '',
            5,
            3,
            '',
          ],
        ]),
      },
      { name: FORM, rows: cells(formRows()) },
    ],
  };
}
