// Warning-only protection of the output tabs: people can still edit, but Sheets warns them first.
import { CHECK_COLUMNS, TAB, type TabName } from '../../core/contract';
import { findHeader } from '../../core/model';
import type { Sheet } from '../tab-io';

const REBUILT = 'Tiện ích NTM dựng lại tab này mỗi lần chạy: sửa tay ở đây sẽ bị ghi đè.';

/** Why each output tab is protected (shown in Sheets' protection list). */
export const PROTECTION_DESCRIPTION: Readonly<Record<string, string>> = {
  [TAB.check]: `${REBUILT} Riêng cột Xác nhận là của cán bộ (gõ "Đồng ý").`,
  [TAB.rollup]: REBUILT,
  [TAB.history]: 'Tiện ích NTM ghi bản lưu mỗi tuần vào đây; đừng sửa tay.',
  [TAB.reminders]: 'Sổ thư nhắc hạn: nhờ nó mà không thư nào gửi hai lần. Đừng sửa hay xóa dòng.',
  [TAB.log]: 'Nhật ký thao tác, chỉ ghi thêm; đừng sửa hay xóa dòng.',
};

/** The officer's `Xác nhận` column of `Kiểm tra` (its header, else its contract place), rows 2 to the end. */
function confirmColumn(sheet: Sheet): GoogleAppsScript.Spreadsheet.Range | null {
  const width = sheet.getLastColumn();
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getDisplayValues()[0] : [];
  const title = CHECK_COLUMNS[CHECK_COLUMNS.length - 1].title;
  const found = findHeader(header, title);
  const col = (found >= 0 ? found : CHECK_COLUMNS.length - 1) + 1;
  const rows = sheet.getMaxRows() - 1;
  return rows >= 1 && col <= sheet.getMaxColumns() ? sheet.getRange(2, col, rows, 1) : null;
}

/**
 * Protects each output tab that has no sheet protection yet (an existing one, maybe with editors, is left as it is);
 * returns the tabs protected by this run.
 */
export function protectOutputs(sheets: ReadonlyMap<TabName, Sheet>, tabs: readonly TabName[]): TabName[] {
  const done: TabName[] = [];
  for (const name of tabs) {
    const sheet = sheets.get(name);
    if (!sheet || sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) continue;
    const protection = sheet
      .protect()
      .setWarningOnly(true)
      .setDescription(PROTECTION_DESCRIPTION[name] ?? REBUILT);
    if (name === TAB.check) {
      const confirm = confirmColumn(sheet);
      if (confirm) protection.setUnprotectedRanges([confirm]);
    }
    done.push(name);
  }
  return done;
}
