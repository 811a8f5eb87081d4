// Shared set-up for the Forms runtime tests: a runtime with a movable clock, a small report form linked to it, and tab reads.
import { createRuntime, type Runtime } from '../../../../local/runtime';

/** 20/03/2023 10:00 in Hà Nội. */
export const START = Date.UTC(2023, 2, 20, 3, 0);

export interface FormWorld {
  rt: Runtime;
  FormApp: GoogleAppsScript.Forms.FormApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Moves the clock every service reads. */
  setNow(ms: number): void;
}

export function world(locale = 'vi_VN'): FormWorld {
  let now = START;
  const rt = createRuntime({ now: () => now, locale });
  return {
    rt,
    FormApp: rt.globals.FormApp as GoogleAppsScript.Forms.FormApp,
    ss: rt.spreadsheet,
    setNow: (ms) => void (now = ms),
  };
}

/** A form like the report form: a required village drop-down, a date, a validated number, a choice, a note. */
export function reportForm(w: FormWorld): GoogleAppsScript.Forms.Form {
  const form = w.FormApp.create('Báo cáo tiến độ NTM – xã Thử');
  form.addListItem().setTitle('Thôn').setChoiceValues(['Thượng Bằng', 'Hạ Bằng']).setRequired(true);
  form.addDateItem().setTitle('Ngày báo cáo');
  const number = w.FormApp.createTextValidation()
    .setHelpText('Ghi một số, ví dụ 3.200 hoặc 0,5')
    .requireTextMatchesPattern('[0-9.]+(,[0-9]+)?')
    .build();
  form
    .addTextItem()
    .setTitle('[HANG_RAO] Hàng rào xanh (m)')
    .setHelpText('làm được từ lần báo cáo trước')
    .setValidation(number);
  form.addMultipleChoiceItem().setTitle('[NHA_VH] Nhà văn hóa').setChoiceValues(['Đạt', 'Chưa đạt']);
  form.addParagraphTextItem().setTitle('Ghi chú');
  return form;
}

/** A tab's values as shown, row by row. */
export function shown(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[][] {
  return sheet.getDataRange().getDisplayValues();
}
