// Column titles of the input tabs and of report tabs (docs/workbook.md), each with the note set-up puts on its header cell.

/** One column of the contract: its title, the other titles accepted for it, and a short note for people. */
export interface ColumnSpec {
  title: string;
  /** A short Vietnamese note saying what goes in the column (set-up writes it on the header cell). */
  note: string;
  /** Other titles read as this column (matched forgivingly, like the title). */
  aliases?: readonly string[];
}

/** `Cấu hình`: one setting per row. */
export const SETTINGS_COLUMNS = {
  param: { title: 'Tham số', note: 'Tên tham số. Không đổi tên các tham số có sẵn.' },
  value: { title: 'Giá trị', note: 'Giá trị của tham số: xem cột Ghi chú để biết cách ghi.' },
  note: { title: 'Ghi chú', note: 'Giải thích tham số; cột này chỉ để đọc, sửa tùy ý.' },
} as const satisfies Record<string, ColumnSpec>;

/** `Thôn`: one village per row. */
export const VILLAGE_COLUMNS = {
  village: {
    title: 'Thôn',
    note: 'Tên thôn, mỗi thôn một dòng, không trùng. Tên này cũng là tiêu đề cột của thôn trong tab Chỉ tiêu.',
  },
  leader: { title: 'Trưởng thôn', note: 'Họ tên trưởng thôn (người báo cáo).' },
  email: {
    title: 'Email',
    note: 'Email nhận thư nhắc hạn; nhiều địa chỉ thì ngăn cách bằng dấu phẩy hoặc chấm phẩy. Thư nhắc chỉ gửi tới các địa chỉ ở đây.',
  },
  households: {
    title: 'Số hộ',
    note: 'Số hộ của thôn (số nguyên). Dùng để cảnh báo khi số hộ báo cáo vượt quá.',
  },
  phone: { title: 'Điện thoại', note: 'Số điện thoại liên hệ (không bắt buộc).' },
  note: { title: 'Ghi chú', note: 'Ghi chú tùy ý.' },
  reportLink: {
    title: 'Link báo cáo',
    note: 'Link biểu mẫu báo cáo đã chọn sẵn thôn này; menu NTM → Tạo / cập nhật biểu mẫu báo cáo tự ghi. Thư nhắc gửi link này cho thôn.',
  },
} as const satisfies Record<string, ColumnSpec>;

/** `Chỉ tiêu`: fixed columns; one column per village (titled with its name) follows `Hạn`. */
export const TARGET_COLUMNS = {
  code: {
    title: 'Mã',
    note: 'Mã chỉ tiêu, không trùng, viết liền không dấu (ví dụ HANG_RAO). Câu hỏi trên biểu mẫu ghi mã trong ngoặc vuông: [HANG_RAO].',
  },
  name: { title: 'Nội dung', note: 'Nội dung chỉ tiêu, như trong kế hoạch của xã.' },
  unit: { title: 'ĐVT', note: 'Đơn vị tính: km, m, vườn, hộ, cái, công trình, tuyến, đạt/chưa…' },
  kind: {
    title: 'Loại',
    note: 'Cộng dồn (để trống = Cộng dồn): mỗi báo cáo ghi phần làm thêm, cộng lại. Lũy kế: mỗi báo cáo ghi tổng đến nay, lấy số mới nhất. Đạt/Chưa: tiêu chí đạt hay chưa, chỉ tiêu là 1.',
  },
  start: {
    title: 'Bắt đầu',
    note: 'Ngày bắt đầu (dd/MM/yyyy). Để trống = Ngày bắt đầu của phong trào (tab Cấu hình).',
  },
  due: {
    title: 'Hạn',
    note: 'Hạn hoàn thành (dd/MM/yyyy). Để trống = Ngày kết thúc của phong trào (tab Cấu hình).',
  },
} as const satisfies Record<string, ColumnSpec>;

/** Note on each village column of `Chỉ tiêu` (its title is the village's name). */
export const TARGET_VILLAGE_COLUMN_NOTE =
  'Chỉ tiêu giao cho thôn này (số). Để trống hoặc 0 = thôn không có chỉ tiêu này. Tiêu đề cột phải trùng tên thôn trong tab Thôn.';

/** `Chỉ tiêu` columns that are never village columns (a notes or total column people may add). */
export const TARGET_EXTRA_COLUMNS: readonly ColumnSpec[] = [
  { title: 'Ghi chú', note: 'Ghi chú tùy ý.' },
  {
    title: 'Toàn xã',
    note: 'Tổng của xã (tùy ý, không dùng để tính).',
    aliases: ['Tổng', 'Tổng cộng', 'Cộng', 'Chỉ tiêu xã', 'Tổng xã'],
  },
];

/** Columns of a report tab (a Google Form's responses). Only the timestamp and indicator columns are required. */
export const REPORT_COLUMNS = {
  timestamp: {
    title: 'Dấu thời gian',
    note: 'Thời điểm gửi báo cáo (biểu mẫu tự ghi).',
    aliases: ['Timestamp'],
  },
  village: { title: 'Thôn', note: 'Thôn báo cáo.', aliases: ['Tên thôn', 'Village'] },
  reportDate: {
    title: 'Ngày báo cáo',
    note: 'Ngày làm được khối lượng này; để trống = ngày gửi.',
    aliases: ['Report date'],
  },
  email: {
    title: 'Địa chỉ email',
    note: 'Email người gửi (biểu mẫu tự ghi).',
    aliases: ['Email Address', 'Email'],
  },
  photo: {
    title: 'Ảnh',
    note: 'Đường dẫn ảnh minh chứng.',
    aliases: ['Hình ảnh', 'Ảnh minh chứng', 'Photo', 'Photos'],
  },
  note: { title: 'Ghi chú', note: 'Ghi chú của thôn.', aliases: ['Note', 'Notes'] },
  nextWeekPlan: {
    title: 'Kế hoạch tuần tới',
    note: 'Việc thôn dự kiến làm tuần tới.',
    aliases: ['Next week plan'],
  },
  editLink: {
    title: 'Link sửa',
    note: 'Link để thôn sửa chính câu trả lời này (sổ tự ghi khi có câu trả lời mới).',
  },
} as const satisfies Record<string, ColumnSpec>;

/** All titles a column answers to: its title, then its aliases. */
export function titlesOf(spec: ColumnSpec): string[] {
  return [spec.title, ...(spec.aliases ?? [])];
}
