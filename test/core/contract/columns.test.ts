// The contract's tab names and column lists are exactly those of docs/workbook.md.
import {
  ALL_TABS,
  CHECK_COLUMNS,
  HISTORY_COLUMNS,
  LOG_COLUMNS,
  RANKING_COLUMNS,
  REMINDER_COLUMNS,
  ROLLUP_COLUMNS,
  SETTING_SPECS,
  TAB_PURPOSE,
  titles,
} from '../../../src/core/contract';

test('tab names', () => {
  expect(ALL_TABS).toEqual([
    'Cấu hình',
    'Thôn',
    'Chỉ tiêu',
    'Kiểm tra',
    'Tổng hợp',
    'Lịch sử',
    'Nhắc hạn',
    'Nhật ký',
  ]);
  for (const t of ALL_TABS) expect(TAB_PURPOSE[t].length).toBeGreaterThan(10);
});

test('output columns in contract order', () => {
  expect(titles(CHECK_COLUMNS)).toEqual([
    'Tab',
    'Dòng',
    'Thôn',
    'Cột',
    'Mức độ',
    'Vấn đề',
    'Giá trị',
    'Xác nhận',
  ]);
  const rollup = [
    'Thôn',
    'Mã',
    'Nội dung',
    'ĐVT',
    'Chỉ tiêu',
    'Lũy kế',
    'Tuần này',
    'Tỷ lệ',
    'Kế hoạch đến nay',
    'Nợ tồn',
    'Cần/ngày',
    'Trạng thái',
  ];
  expect(titles(ROLLUP_COLUMNS)).toEqual(rollup);
  expect(titles(RANKING_COLUMNS)).toEqual(['Thôn', 'Báo cáo tuần', 'Điểm', 'Xếp hạng', 'Đánh giá']);
  expect(titles(HISTORY_COLUMNS)).toEqual(['Tuần', ...rollup]);
  expect(titles(REMINDER_COLUMNS)).toEqual(['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả']);
  expect(titles(LOG_COLUMNS)).toEqual(['Thời gian', 'Người dùng', 'Thao tác', 'Kết quả']);
  for (const c of [
    ...CHECK_COLUMNS,
    ...ROLLUP_COLUMNS,
    ...RANKING_COLUMNS,
    ...REMINDER_COLUMNS,
    ...LOG_COLUMNS,
  ]) {
    expect(c.note.length).toBeGreaterThan(3);
  }
});

test('settings parameters of docs/workbook.md plus the NQ 44 pair, the report form and the correction-request switch (§5)', () => {
  expect(SETTING_SPECS.map((s) => s.name)).toEqual([
    'Tên xã',
    'Ngày bắt đầu',
    'Ngày kết thúc',
    'Hạn báo cáo',
    'Nhắc trước (giờ)',
    'Email cán bộ',
    'Múi giờ',
    'Đợt cao điểm',
    'Mã hỗ trợ NQ44',
    'Mức hỗ trợ (đồng/hộ)',
    'Biểu mẫu',
    'Tự gửi yêu cầu sửa',
    'Số báo cáo',
    'Chức vụ người ký',
    'Người ký',
  ]);
  expect(new Set(SETTING_SPECS.map((s) => s.key)).size).toBe(SETTING_SPECS.length);
});
