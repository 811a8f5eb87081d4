// Column titles of the output tabs (docs/workbook.md), exactly in contract order, each with a note for its header cell.
import type { ColumnSpec } from './input-columns';
import { LEDGER_KINDS, LEDGER_RESULTS } from './ledger-words';

/** `a, b hoặc c`. */
const either = (words: readonly string[]): string =>
  `${words.slice(0, -1).join(', ')} hoặc ${words[words.length - 1]}`;

/** `Kiểm tra`: one row per problem in the reports. */
export const CHECK_COLUMNS: readonly ColumnSpec[] = [
  { title: 'Tab', note: 'Tab chứa giá trị có vấn đề.' },
  { title: 'Dòng', note: 'Số dòng trong tab đó (như số dòng bên trái bảng tính).' },
  { title: 'Thôn', note: 'Thôn ghi trong dòng báo cáo.' },
  { title: 'Cột', note: 'Tiêu đề cột có vấn đề (trống nếu vấn đề thuộc cả dòng).' },
  { title: 'Mức độ', note: 'Lỗi: giá trị không được tính. Cảnh báo: vẫn được tính nhưng cần xem lại.' },
  { title: 'Vấn đề', note: 'Vấn đề là gì và cách sửa.' },
  { title: 'Giá trị', note: 'Giá trị gốc người báo cáo đã ghi.' },
  {
    title: 'Xác nhận',
    note: 'Cột của cán bộ: gõ "Đồng ý" để chấp nhận giá trị này (được giữ qua các lần kiểm tra, khi giá trị không đổi).',
  },
];

/** `Tổng hợp`, first table: one row per village and indicator with a target, then `Toàn xã` rows. */
export const ROLLUP_COLUMNS: readonly ColumnSpec[] = [
  { title: 'Thôn', note: 'Thôn, hoặc Toàn xã cho dòng tổng của xã.' },
  { title: 'Mã', note: 'Mã chỉ tiêu.' },
  { title: 'Nội dung', note: 'Nội dung chỉ tiêu.' },
  { title: 'ĐVT', note: 'Đơn vị tính.' },
  { title: 'Chỉ tiêu', note: 'Chỉ tiêu được giao.' },
  { title: 'Lũy kế', note: 'Khối lượng đã làm được đến hết tuần báo cáo.' },
  { title: 'Tuần này', note: 'Khối lượng làm được trong tuần báo cáo.' },
  { title: 'Tỷ lệ', note: 'Lũy kế / Chỉ tiêu.' },
  {
    title: 'Kế hoạch đến nay',
    note: 'Khối lượng lẽ ra phải xong đến hôm nay, chia đều theo ngày từ Bắt đầu đến Hạn.',
  },
  { title: 'Nợ tồn', note: 'Phần việc chưa làm so với kế hoạch đến nay, cộng dồn sang các ngày sau.' },
  { title: 'Cần/ngày', note: 'Khối lượng cần làm mỗi ngày từ nay đến Hạn để đạt chỉ tiêu.' },
  { title: 'Trạng thái', note: 'Hoàn thành, Đúng tiến độ hoặc Chậm tiến độ.' },
];

/** `Tổng hợp`, second table: one row per village, in `Thôn` order. */
export const RANKING_COLUMNS: readonly ColumnSpec[] = [
  { title: 'Thôn', note: 'Thôn.' },
  { title: 'Báo cáo tuần', note: 'Đúng hạn, Trễ hạn hoặc Chưa nộp.' },
  { title: 'Điểm', note: 'Mức đạt kế hoạch đến nay, trung bình các chỉ tiêu (100% = đúng kế hoạch).' },
  { title: 'Xếp hạng', note: '1 = thôn làm tốt nhất.' },
  { title: 'Đánh giá', note: 'Biểu dương hoặc Nhắc nhở.' },
];

/** `Lịch sử`: the rollup table's rows with the week in front, one block per week. */
export const HISTORY_COLUMNS: readonly ColumnSpec[] = [
  { title: 'Tuần', note: 'Tuần báo cáo, ghi bằng ngày hạn nộp của tuần.' },
  ...ROLLUP_COLUMNS,
];

/** `Nhắc hạn`: ledger of reminders, appended only. */
export const REMINDER_COLUMNS: readonly ColumnSpec[] = [
  { title: 'Thời gian', note: 'Thời điểm ghi dòng này.' },
  { title: 'Tuần', note: 'Tuần được nhắc (ngày hạn nộp).' },
  { title: 'Thôn', note: 'Thôn được nhắc, hoặc Toàn xã cho thư báo quá hạn gửi cán bộ.' },
  { title: 'Người nhận', note: 'Các địa chỉ nhận thư.' },
  { title: 'Loại', note: `${either(LEDGER_KINDS)}.` },
  {
    title: 'Kết quả',
    note: `${either(LEDGER_RESULTS)}. Không sửa: sổ này giúp không gửi thư hai lần.`,
  },
];

/** `Nhật ký`: audit log, appended only. */
export const LOG_COLUMNS: readonly ColumnSpec[] = [
  { title: 'Thời gian', note: 'Thời điểm thực hiện.' },
  { title: 'Người dùng', note: 'Người thực hiện (nếu biết).' },
  { title: 'Thao tác', note: 'Thao tác đã chạy.' },
  { title: 'Kết quả', note: 'Kết quả của thao tác.' },
];

/** The titles of a column list, in order. */
export function titles(columns: readonly ColumnSpec[]): string[] {
  return columns.map((c) => c.title);
}
