// Menu "Tạo / cập nhật biểu mẫu báo cáo" (runner action `form`): the report form made or brought in line with Chỉ tiêu and Thôn.
import { REPORT_COLUMNS, TAB, tabTitle } from '../core/contract';
import { desiredForm, formLinksText, planFormSync, syncSummary } from '../core/forms';
import { applyPlan, readForm } from '../forms/form-items';
import { answersSheetOf, linkToSpreadsheet, listItemId, prefilledLinks } from '../forms/form-links';
import { openReportForm } from '../forms/open-form';
import { validationMemory } from '../forms/validation-memory';
import { writeFormSetting, writeVillageLinks } from '../sheets/form-tabs';
import { loadModel } from '../sheets/load-model';
import { withDocumentLock } from '../sheets/lock';
import { active } from '../sheets/tab-io';
import { ensureTrigger } from '../triggers/triggers';
import { recordEditLinks } from './edit-links';
import type { EntryPoint } from './entry-point';
import { FORM_LABEL } from './form-labels';
import { FORM_SUBMIT_HANDLER } from './form-submit';
import { runAction } from './run-action';

export { FORM_LABEL };

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Creates or updates the form, links it, writes its links; under the document lock. Returns the officer's summary lines. */
function syncReportForm(): string[] {
  const ss = active();
  const { model, tabs } = loadModel(ss);
  const wanted = desiredForm(model.settings, model.villages, model.indicators);
  const { form, created, note } = openReportForm(ss, model.settings.formLinks ?? '', wanted.title);
  const memory = validationMemory(form.getId());
  const read = readForm(form, memory);
  const ops = planFormSync(read.current, wanted);
  applyPlan(form, read, ops, memory);
  memory.save(form.getItems().map((i) => i.getId()));
  const { linked, editsAllowed } = linkToSpreadsheet(form, ss);
  const listId = listItemId(form, REPORT_COLUMNS.village.title);
  const links =
    listId === null
      ? []
      : prefilledLinks(
          form,
          listId,
          model.villages.map((v) => v.name),
        );
  const setting = writeFormSetting(ss, tabs, formLinksText(form.getPublishedUrl(), form.getEditUrl()));
  const changedLinks = listId === null ? 0 : writeVillageLinks(ss, tabs, model.villages, links);
  const answers = answersSheetOf(ss, form);
  const editLinks = answers ? recordEditLinks(answers, form) : 0;

  const lines = [`${capitalize(syncSummary(ops, created, wanted.items.length))}.`];
  if (note) lines.push(`Lưu ý: ${note}; đã tạo biểu mẫu mới thay thế.`);
  if (linked)
    lines.push(
      `Câu trả lời của biểu mẫu từ nay về tab ${answers ? `"${answers.getName()}"` : 'mới'} của sổ này.`,
    );
  if (editsAllowed) lines.push('Đã cho phép thôn sửa câu trả lời đã gửi.');
  if (changedLinks)
    lines.push(
      `Đã ghi link báo cáo riêng của ${changedLinks} thôn vào cột "Link báo cáo" của tab ${tabTitle(model.tabTitles, TAB.villages)} (thư nhắc sẽ gửi link này).`,
    );
  if (setting !== 'unchanged')
    lines.push(
      `Đã ghi link biểu mẫu (để điền và để sửa) vào dòng "Biểu mẫu" của tab ${tabTitle(model.tabTitles, TAB.settings)}.`,
    );
  if (editLinks) lines.push(`Đã ghi link sửa của ${editLinks} câu trả lời vào cột "Link sửa".`);
  lines.push(`Link để thôn điền: ${form.getPublishedUrl()}`);
  return lines;
}

export function buildReportForm(): string {
  const lines = withDocumentLock(syncReportForm);
  if (ensureTrigger(FORM_SUBMIT_HANDLER, 'formSubmit'))
    lines.splice(lines.length - 1, 0, 'Đã bật kiểm tra tự động mỗi khi thôn gửi báo cáo.');
  return lines.join('\n');
}

export function formEntries(): EntryPoint[] {
  return [
    {
      name: 'ntmBuildReportForm',
      doc: [
        'Menu NTM → Tạo / cập nhật biểu mẫu báo cáo: tạo (lần đầu) hoặc cập nhật Google Biểu mẫu theo tab Chỉ tiêu và Thôn,',
        'nhận câu trả lời về sổ này, ghi link báo cáo của từng thôn và bật kiểm tra khi có báo cáo mới.',
      ],
      params: [],
      menu: { label: FORM_LABEL },
      action: 'form',
      run: () => runAction({ label: FORM_LABEL, alertSummary: true }, buildReportForm),
    },
  ];
}
