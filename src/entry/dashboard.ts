// Menu "Bảng điều khiển": the sidebar, and the function its page calls through google.script.run for the week's data.
import { dashboardData, type DashboardData } from '../core/dashboard';
import { errorText } from '../core/error-text';
import { rollup } from '../core/rollup';
import type { Instant } from '../core/types';
import { dashboardPage } from '../pages';
import { now } from '../sheets/clock';
import { showSidebar } from '../sheets/ui';
import { isUserError } from '../sheets/user-error';
import type { EntryPoint } from './entry-point';
import { validateWorkbook } from './validate-workbook';
import { resolveWeek } from './week-arg';

export const DASHBOARD_LABEL = 'Bảng điều khiển';
/** The top-level function the page calls for its data. */
export const DASHBOARD_DATA = 'ntmDashboardData';
/** The server functions behind the page's buttons (the menu items of the same names). */
export const DASHBOARD_BUTTONS = {
  rollup: 'menuRollup',
  preview: 'ntmPreviewReminders',
  report: 'menuWeeklyReport',
} as const;

/**
 * The sidebar's data as of `asOf`: validates without writing (nothing in the workbook changes) and rolls
 * up in memory the week `reportWeek` picks, as the rollup and the report do.
 */
export function dashboardPayload(asOf: Instant): DashboardData {
  const { model, validation } = validateWorkbook(asOf, { write: false });
  return dashboardData(rollup(model, validation, asOf, resolveWeek(undefined, model.settings)));
}

/** google.script.run hands a thrown error's message to the page's failure handler: make it the officer's. */
function forThePage<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw new Error(
      isUserError(e)
        ? e.message
        : `Lỗi không mong đợi: ${errorText(e)}. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị kèm nội dung này.`,
    );
  }
}

export function dashboardEntries(): EntryPoint[] {
  return [
    {
      name: 'ntmOpenDashboard',
      doc: [
        'NTM → Bảng điều khiển: thanh bên với hạn nộp và thời gian còn lại, các thôn đã nộp, tiến độ từng thôn so với kế hoạch, nút tổng hợp, xem trước nhắc hạn, báo cáo.',
      ],
      params: [],
      menu: { label: DASHBOARD_LABEL },
      run: () => {
        const page = dashboardPage({ data: DASHBOARD_DATA, ...DASHBOARD_BUTTONS });
        const shown = showSidebar(DASHBOARD_LABEL, page);
        return {
          ok: shown,
          summary: shown
            ? 'Đã mở bảng điều khiển.'
            : 'Không mở được thanh bên ở đây: không có giao diện bảng tính.',
        };
      },
    },
    {
      name: DASHBOARD_DATA,
      doc: [
        'Trang Bảng điều khiển gọi hàm này (google.script.run) để lấy số liệu tuần: chỉ đọc, không ghi gì vào bảng tính.',
        '@return {Object} số liệu của thanh bên',
      ],
      params: [],
      run: () => forThePage(() => dashboardPayload(now())),
    },
  ];
}
