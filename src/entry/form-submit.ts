// On form submit: record the response's edit link and validate at once under the document lock (blank submissions ignored); the "Tự động" switches.
import { errorText } from '../core/error-text';
import { hasLinkedForm, isBlankSubmission, type FormSubmitEvent } from '../sheets/check/form-event';
import { now } from '../sheets/clock';
import { currentAccount } from '../triggers/trigger-accounts';
import { ensureTrigger, removeTrigger } from '../triggers/triggers';
import type { ActionOutcome, EntryPoint } from './entry-point';
import { FORM_LABEL } from './form-labels';
import { runAction } from './run-action';
import { accountsRunning, otherAccountsOn } from './trigger-status';
import { checkSummary, validateWorkbook } from './validate-workbook';
import { recordEditLinks } from './edit-links';
import { formOfSheet } from '../forms/form-links';
import { withDocumentLock } from '../sheets/lock';

/** The generated top-level function the installable form-submit trigger calls. */
export const FORM_SUBMIT_HANDLER = 'onFormSubmitNtm';
export const AUTOMATION_SUBMENU = 'Tự động';
export const ON_SUBMIT_LABEL = 'Kiểm tra khi có báo cáo mới';

const ENABLE_LABEL = 'Bật kiểm tra khi có báo cáo mới';
const DISABLE_LABEL = 'Tắt kiểm tra khi có báo cáo mới';

/** The new response's edit link in `Link sửa`; a failure here never stops the validation (it is said in the summary). */
function recordSubmittedEditLink(e: FormSubmitEvent | undefined): string {
  try {
    const sheet = e?.range?.getSheet();
    const form = sheet ? formOfSheet(sheet) : null;
    if (sheet && form) recordEditLinks(sheet, form);
    return '';
  } catch (err) {
    return ` Chưa ghi được link sửa của câu trả lời này (${errorText(err)}); chạy lại menu "${FORM_LABEL}" để ghi.`;
  }
}

/** The trigger's work: a blank submission is ignored (nothing logged); anything else gets its edit link and is validated at once. */
export function onFormSubmit(e: FormSubmitEvent | undefined): ActionOutcome {
  if (isBlankSubmission(e)) return { ok: true, summary: 'Bỏ qua lần gửi trống của biểu mẫu.' };
  return runAction({ label: ON_SUBMIT_LABEL }, () =>
    withDocumentLock(() => {
      const linkProblem = recordSubmittedEditLink(e);
      return checkSummary(validateWorkbook(now(), { write: true }).counts) + linkProblem;
    }),
  );
}

export function enableOnSubmit(): string {
  const created = ensureTrigger(FORM_SUBMIT_HANDLER, 'formSubmit');
  const what =
    'mỗi khi thôn gửi báo cáo qua biểu mẫu, sổ tự kiểm tra, dựng lại tab Kiểm tra và đánh dấu các ô có vấn đề';
  const on = accountsRunning('formSubmit', FORM_SUBMIT_HANDLER).map(
    (a) => a.email || 'một tài khoản không rõ',
  );
  const state =
    (created ? `Đã bật: ${what}.` : `Đã bật từ trước (không tạo thêm): ${what}.`) +
    ` Đang bật cho: ${on.join(', ')}.`;
  const form = hasLinkedForm()
    ? ''
    : ' Lưu ý: sổ chưa có tab nào nhận câu trả lời của Google Biểu mẫu; hãy liên kết biểu mẫu với sổ này (Biểu mẫu → Câu trả lời → Liên kết với Trang tính).';
  return state + form;
}

export function disableOnSubmit(): string {
  const removed = removeTrigger(FORM_SUBMIT_HANDLER, 'formSubmit');
  const others = otherAccountsOn('formSubmit', currentAccount());
  const still = others.length
    ? ` Trình kích hoạt của ${others.join(', ')} vẫn kiểm tra mỗi báo cáo mới: chỉ tài khoản đó tắt được (mở sổ bằng tài khoản đó, chọn NTM → Tự động → ${DISABLE_LABEL}).`
    : '';
  if (removed > 0)
    return `Đã tắt kiểm tra khi có báo cáo mới trên tài khoản này.${still || ' Vẫn kiểm tra được bằng menu NTM → Kiểm tra dữ liệu.'}`;
  return others.length
    ? `Tài khoản của bạn chưa bật kiểm tra khi có báo cáo mới.${still}`
    : 'Kiểm tra khi có báo cáo mới chưa được bật nên không có gì để tắt.';
}

export function formSubmitEntries(): EntryPoint[] {
  return [
    {
      name: 'ntmEnableCheckOnSubmit',
      doc: ['Menu NTM → Tự động → Bật kiểm tra khi có báo cáo mới (trình kích hoạt khi gửi biểu mẫu).'],
      params: [],
      menu: { label: ENABLE_LABEL, submenu: AUTOMATION_SUBMENU },
      run: () => runAction({ label: ENABLE_LABEL, alertSummary: true }, enableOnSubmit),
    },
    {
      name: 'ntmDisableCheckOnSubmit',
      doc: ['Menu NTM → Tự động → Tắt kiểm tra khi có báo cáo mới.'],
      params: [],
      menu: { label: DISABLE_LABEL, submenu: AUTOMATION_SUBMENU },
      run: () => runAction({ label: DISABLE_LABEL, alertSummary: true }, disableOnSubmit),
    },
    {
      name: FORM_SUBMIT_HANDLER,
      doc: [
        'Trình kích hoạt khi gửi biểu mẫu: kiểm tra ngay dòng báo cáo mới (bỏ qua lần gửi trống), dựng lại tab Kiểm tra.',
        '@param {Object} e sự kiện gửi biểu mẫu',
      ],
      params: ['e'],
      run: (e?: FormSubmitEvent) => onFormSubmit(e),
    },
  ];
}
