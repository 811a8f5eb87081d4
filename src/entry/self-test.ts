// Menu Hướng dẫn › Tự kiểm tra: writes and reads back each kind of value in a scratch tab, checks triggers and mail quota, reports each line.
import {
  errorLine,
  lineText,
  quotaLine,
  SELF_TEST_LABEL,
  selfTestReport,
  triggerLine,
  type SelfTestLine,
} from '../core/self-test';
import { errorText } from '../core/error-text';
import { pushAll } from '../core/lists';
import { remainingQuota } from '../mail/mail-service';
import { now } from '../sheets/clock';
import { probeChart, probeConditionalFormat, probeProtection } from '../sheets/self-test/format-probes';
import { withScratchTab } from '../sheets/self-test/scratch-tab';
import { probeDates, probeLink, probeNote, probeTypedText } from '../sheets/self-test/value-probes';
import { spreadsheetTimeZone } from '../sheets/spreadsheet-zone';
import { active, type Sheet } from '../sheets/tab-io';
import { currentAccount, triggerAccounts } from '../triggers/trigger-accounts';
import type { TriggerKind } from '../triggers/kinds';
import { installedCount } from '../triggers/triggers';
import type { EntryPoint } from './entry-point';
import { FORM_SUBMIT_HANDLER, ON_SUBMIT_LABEL } from './form-submit';
import { HELP_LABEL } from './help';
import { AUTO_LABEL, HOURLY_HANDLER } from './reminder-trigger';
import { runAction } from './run-action';

/** Runs one check; a check that throws becomes a line saying what Apps Script said, and the others still run. */
function guarded(label: string, check: () => SelfTestLine): SelfTestLine {
  try {
    return check();
  } catch (e) {
    return errorLine(label, errorText(e));
  }
}

function scratchLines(sheet: Sheet, zone: string): SelfTestLine[] {
  return [
    guarded('Chữ gõ giữ nguyên', () => probeTypedText(sheet, zone)),
    guarded('Ngày giờ theo múi giờ của sổ', () => probeDates(sheet, zone)),
    guarded('Ghi chú trên ô', () => probeNote(sheet)),
    guarded('Liên kết trong ô (rich text)', () => probeLink(sheet)),
    guarded('Bảo vệ tab chỉ cảnh báo', () => probeProtection(sheet)),
    guarded('Định dạng có điều kiện', () => probeConditionalFormat(sheet)),
    guarded('Tìm biểu đồ theo tiêu đề', () => probeChart(sheet)),
  ];
}

function triggerCheck(kind: TriggerKind, handler: string, name: string): SelfTestLine {
  return guarded(`Trình kích hoạt: ${name}`, () => {
    const me = currentAccount().toLowerCase();
    const emails = triggerAccounts(kind).map((a) => a.email);
    const others = emails.filter((e) => e.toLowerCase() !== me);
    return triggerLine(name, installedCount(handler), others.length < emails.length, others);
  });
}

/** Every line of the self-test, in order; the scratch tab is deleted before it returns, whatever failed. */
export function selfTestLines(): SelfTestLine[] {
  const ss = active();
  const zone = spreadsheetTimeZone();
  const lines: SelfTestLine[] = [];
  const scratchLabel = 'Tab nháp đã xóa';
  try {
    const run = withScratchTab(ss, now(), (sheet) => scratchLines(sheet, zone));
    pushAll(lines, run.result);
    lines.push(
      run.gone
        ? { label: scratchLabel, ok: true, detail: `đã xóa tab "${run.name}".` }
        : { label: scratchLabel, ok: false, detail: `tab "${run.name}" vẫn còn: hãy xóa nó bằng tay.` },
    );
  } catch (e) {
    lines.push(errorLine(scratchLabel, errorText(e)));
  }
  lines.push(triggerCheck('hourly', HOURLY_HANDLER, AUTO_LABEL));
  lines.push(triggerCheck('formSubmit', FORM_SUBMIT_HANDLER, ON_SUBMIT_LABEL));
  lines.push(guarded('Hạn mức gửi thư hôm nay', () => quotaLine(remainingQuota())));
  return lines;
}

/** Runs the self-test: each line to Executions, the report in a message box and in `Nhật ký`. */
function selfTest() {
  return runAction({ label: SELF_TEST_LABEL, alertSummary: true }, () => {
    const lines = selfTestLines();
    for (const line of lines) console.log(`${SELF_TEST_LABEL}: ${lineText(line)}`);
    return selfTestReport(lines);
  });
}

export const selfTestEntry: EntryPoint = {
  name: 'ntmSelfTest',
  doc: [
    'Tự kiểm tra: ghi rồi đọc lại từng loại giá trị trong một tab nháp (xóa ngay sau đó), xem trình kích hoạt và hạn mức thư.',
  ],
  params: [],
  run: selfTest,
  menu: { label: SELF_TEST_LABEL, submenu: HELP_LABEL, section: 'workbook' },
};
