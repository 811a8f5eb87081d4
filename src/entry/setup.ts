// Menu entries of set-up: set up or repair the workbook (runner action `setup`, first in the menu), remove the example (`clear-examples`), help.
import { withDocumentLock } from '../sheets/lock';
import { removeExamples } from '../sheets/setup/remove-examples';
import { runSetup } from '../sheets/setup/run-setup';
import type { EntryPoint } from './entry-point';
import { helpEntry } from './help';
import { runAction } from './run-action';

export const SETUP_LABEL = 'Thiết lập / sửa sổ theo dõi';
export const REMOVE_EXAMPLES_LABEL = 'Xóa dữ liệu mẫu';

const setupEntry: EntryPoint = {
  name: 'setupWorkbook',
  doc: [
    'Thiết lập hoặc sửa sổ theo dõi: tạo tab và cột còn thiếu, ghi kế hoạch mẫu vào tab trống,',
    'đặt múi giờ và định dạng Việt Nam. Không xóa, không ghi đè dữ liệu đã có.',
  ],
  params: [],
  run: () =>
    runAction({ label: SETUP_LABEL, alertSummary: true }, () => withDocumentLock(() => runSetup().summary)),
  menu: { label: SETUP_LABEL },
  action: 'setup',
};

const removeExamplesEntry: EntryPoint = {
  name: 'removeExampleData',
  doc: ['Xóa các dòng mẫu chưa sửa của tab Thôn và Chỉ tiêu (hỏi lại trước khi xóa).'],
  params: [],
  run: () =>
    runAction({ label: REMOVE_EXAMPLES_LABEL, alertSummary: true }, () =>
      withDocumentLock(() => removeExamples()),
    ),
  menu: { label: REMOVE_EXAMPLES_LABEL, section: 'workbook' },
  action: 'clear-examples',
};

/** Set-up (first item of the menu), then removing the example and the guide (the menu's last section). */
export function setupEntries(): EntryPoint[] {
  return [setupEntry, removeExamplesEntry, helpEntry];
}
