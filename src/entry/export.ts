// Menu "Xuất dữ liệu cho tỉnh" (runner action `export`): the whole `Lịch sử` as the province's CSV, in a dialog that downloads it.
import { TAB } from '../core/contract';
import { EXPORT_FILE, EXPORT_HEADER, historyExport, toCsv } from '../core/export';
import { exportPageHtml } from '../pages';
import { withDocumentLock } from '../sheets/lock';
import { loadModel } from '../sheets/load-model';
import { active, findSheet, readValues } from '../sheets/tab-io';
import { showHtmlDialog } from '../sheets/ui';
import { UserError } from '../sheets/user-error';
import type { EntryPoint } from './entry-point';
import { runAction } from './run-action';

/** The rollup's menu label, named in the messages. */
const ROLLUP_LABEL = 'Tổng hợp tuần';

export const EXPORT_LABEL = 'Xuất dữ liệu cho tỉnh';

/** Reads `Cấu hình` and `Lịch sử`, builds the CSV and shows it for download; returns the summary. */
export function exportForProvince(): string {
  const ss = active();
  const { model } = loadModel(ss);
  const sheet = findSheet(ss, TAB.history);
  if (!sheet)
    throw new UserError(
      `Chưa có tab ${TAB.history}: hãy chạy NTM › ${ROLLUP_LABEL} ít nhất một tuần rồi xuất dữ liệu cho tỉnh.`,
    );
  const { communeName, timeZone } = model.settings;
  const result = historyExport(readValues(sheet), communeName, timeZone);
  if (result.missing.length > 0)
    throw new UserError(
      `Tab ${sheet.getName()} thiếu cột ${result.missing.join(', ')} ở dòng 1: hãy trả lại tên cột như cũ, hoặc chạy NTM › ${ROLLUP_LABEL} để thêm cột.`,
    );
  if (result.rows.length === 0)
    throw new UserError(
      `Tab ${sheet.getName()} chưa có dòng nào ghi tuần: hãy chạy NTM › ${ROLLUP_LABEL} rồi xuất dữ liệu cho tỉnh.`,
    );
  const csv = toCsv(EXPORT_HEADER, result.rows);
  const left = result.skipped.length
    ? ` Bỏ ra ${result.skipped.length} dòng của tab ${sheet.getName()} (sửa rồi xuất lại): ${result.skipped.slice(0, 3).join('; ')}${result.skipped.length > 3 ? '; …' : ''}.`
    : '';
  const summary = `Đã xuất ${result.rows.length} dòng của ${result.weeks} tuần (xã ${communeName}) vào ${EXPORT_FILE}.${left}`;
  const shown = showHtmlDialog(EXPORT_LABEL, exportPageHtml(csv, summary), 640, 420);
  return shown ? summary : `${summary} (Không mở được hộp thoại ở đây: không có giao diện bảng tính.)`;
}

export function exportEntries(): EntryPoint[] {
  return [
    {
      name: 'menuExportForProvince',
      doc: [
        'NTM → Xuất dữ liệu cho tỉnh: toàn bộ tab Lịch sử thành tệp ntm-export.csv (lược đồ có phiên bản) để gửi tỉnh.',
      ],
      params: [],
      run: () => runAction({ label: EXPORT_LABEL }, () => withDocumentLock(exportForProvince)),
      menu: { label: EXPORT_LABEL },
      action: 'export',
    },
  ];
}
