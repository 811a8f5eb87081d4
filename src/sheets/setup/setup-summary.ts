// Pure: the officer's summary of a set-up run (also the `Nhật ký` row): what was added, what was left, what to do next.
import { EXAMPLE_NOTE, type TabName } from '../../core/contract';
import type { TabOutcome } from './setup-tab';

export interface SummaryParts {
  created: readonly TabName[];
  outcomes: readonly TabOutcome[];
  protectedTabs: readonly TabName[];
  zoneLine: string;
  zoneProblem?: string;
  /** What reading the workbook back found. */
  check: string;
}

const list = (names: readonly string[]) => names.join(', ');

export function setupSummary(p: SummaryParts): string {
  const lines: string[] = [];
  if (p.created.length) lines.push(`Đã tạo tab: ${list(p.created)}.`);
  const headerOnly = p.outcomes
    .filter((o) => o.fresh && !o.seeded && !p.created.includes(o.tab))
    .map((o) => o.sheetName);
  if (headerOnly.length) lines.push(`Đã ghi hàng tiêu đề vào tab trống: ${list(headerOnly)}.`);
  const seeded = p.outcomes.filter((o) => o.seeded).map((o) => o.sheetName);
  if (seeded.length) {
    lines.push(
      `Đã ghi kế hoạch mẫu (xã Sơn Bằng, 2023) vào ${list(seeded)}. Các dòng có Ghi chú "${EXAMPLE_NOTE}" là ví dụ: ` +
        'hãy sửa thành số liệu của xã, hoặc chọn NTM › Xóa dữ liệu mẫu; nếu đó đúng là kế hoạch của xã, ' +
        'xóa chữ ví dụ ở cột Ghi chú.',
    );
  }
  const columns = p.outcomes
    .filter((o) => o.addedColumns.length)
    .map((o) => `${o.sheetName} (${list(o.addedColumns)})`);
  if (columns.length) lines.push(`Đã thêm cột còn thiếu vào cuối hàng tiêu đề: ${list(columns)}.`);
  for (const o of p.outcomes.filter((x) => x.addedSettings.length)) {
    lines.push(
      `Đã thêm tham số còn thiếu vào cuối tab ${o.sheetName} (giá trị mặc định, sửa nếu cần): ${list(o.addedSettings)}.`,
    );
  }
  if (p.protectedTabs.length)
    lines.push(`Đã bảo vệ (chỉ cảnh báo khi sửa tay) các tab kết quả: ${list(p.protectedTabs)}.`);
  if (lines.length === 0) lines.push('Sổ đã đủ tab, cột và tham số: không thêm gì, không đổi dữ liệu nào.');
  lines.push(p.zoneLine);
  if (p.zoneProblem) lines.push(p.zoneProblem);
  lines.push(p.check);
  return lines.join('\n');
}
