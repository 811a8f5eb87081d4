// Tab names of the workbook contract (docs/workbook.md): the inputs people write and the outputs the add-on rebuilds.

/** Every tab name the add-on knows, by role. */
export const TAB = {
  settings: 'Cấu hình',
  villages: 'Thôn',
  targets: 'Chỉ tiêu',
  check: 'Kiểm tra',
  rollup: 'Tổng hợp',
  history: 'Lịch sử',
  reminders: 'Nhắc hạn',
  log: 'Nhật ký',
} as const;

export type TabName = (typeof TAB)[keyof typeof TAB];

/** Input tabs, written by people; an action cannot run without them. */
export const INPUT_TABS: readonly TabName[] = [TAB.settings, TAB.villages, TAB.targets];

/** Output tabs, written by the add-on (created when missing, protected warning-only). */
export const OUTPUT_TABS: readonly TabName[] = [TAB.check, TAB.rollup, TAB.history, TAB.reminders, TAB.log];

/** Tab order set-up uses when it creates tabs. */
export const ALL_TABS: readonly TabName[] = [...INPUT_TABS, ...OUTPUT_TABS];

/** What each tab is for, in one Vietnamese line (help text, tab notes). */
export const TAB_PURPOSE: Readonly<Record<TabName, string>> = {
  'Cấu hình':
    'Tham số chung của phong trào: tên xã, thời gian, hạn báo cáo, email cán bộ, múi giờ, đợt cao điểm.',
  Thôn: 'Danh sách thôn: trưởng thôn, email nhận nhắc hạn, số hộ.',
  'Chỉ tiêu':
    'Các chỉ tiêu của xã: mã, nội dung, đơn vị, loại, thời hạn và chỉ tiêu giao cho từng thôn (mỗi thôn một cột).',
  'Kiểm tra':
    'Các lỗi và cảnh báo trong báo cáo của thôn; gõ "Đồng ý" ở cột Xác nhận để chấp nhận một giá trị bị cảnh báo.',
  'Tổng hợp': 'Báo cáo tuần: tiến độ từng thôn, toàn xã, xếp hạng thi đua. Dựng lại mỗi lần tổng hợp.',
  'Lịch sử': 'Bản lưu báo cáo các tuần đã tổng hợp, mỗi tuần một khối.',
  'Nhắc hạn': 'Sổ ghi các thư nhắc hạn và thư yêu cầu sửa đã gửi: nhờ nó mà không thư nào gửi hai lần.',
  'Nhật ký': 'Nhật ký thao tác: thời gian, người dùng, thao tác, kết quả.',
};

/** The titles a workbook's tabs actually have, by contract name (a tab found forgivingly keeps its own spelling, e.g. `Chi tieu`). */
export type TabTitles = Readonly<Partial<Record<TabName, string>>>;

/** What a message calls a tab: its title in the workbook when known, else the contract name. */
export function tabTitle(titles: TabTitles | undefined, name: TabName): string {
  return titles?.[name] ?? name;
}
