// Menu Hướng dẫn › Đọc hướng dẫn: the officer's short guide in a dialog.
import { GUIDE_TITLE, guideHtml } from '../help/guide';
import { showHtmlDialog } from '../sheets/ui';
import type { ActionOutcome, EntryPoint } from './entry-point';
import { runAction } from './run-action';

/** The submenu of the guide and the self-test. */
export const HELP_LABEL = 'Hướng dẫn';
const READ_LABEL = 'Đọc hướng dẫn';

/** Opening the guide is not an action on the workbook: it is not written to `Nhật ký`. */
function showGuide(): ActionOutcome {
  return runAction({ label: HELP_LABEL, noLog: true }, () =>
    showHtmlDialog(GUIDE_TITLE, guideHtml(), 640, 560)
      ? 'Đã mở hướng dẫn.'
      : 'Không mở được hộp thoại ở đây (không có giao diện bảng tính).',
  );
}

export const helpEntry: EntryPoint = {
  name: 'showGuide',
  doc: ['Mở hướng dẫn ngắn: các tab dùng để làm gì, việc hằng tuần, nhắc hạn.'],
  params: [],
  run: showGuide,
  menu: { label: READ_LABEL, submenu: HELP_LABEL, section: 'workbook' },
};
