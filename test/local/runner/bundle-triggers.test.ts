// Installed triggers reach the loaded bundle: a response submitted through a linked form runs the bundle's form-submit handler.
import vm from 'node:vm';
import { openSession } from '../../../local/runner/session';
import { ensureBuilt } from '../../bundle/ensure-built';
import { AS_OF, COL, ZONE, workbook } from '../../sheets/check/harness';

beforeAll(() => ensureBuilt());

it('a submission through the form runs onFormSubmitNtm in the bundle, which checks the new row at once', () => {
  const s = openSession({ workbook: workbook([]), timeZone: ZONE, now: AS_OF });
  const FormApp = s.runtime.globals.FormApp as GoogleAppsScript.Forms.FormApp;
  const ss = s.runtime.spreadsheet;
  const form = FormApp.create('Báo cáo').setCollectEmail(true);
  form.addListItem().setTitle('Thôn').setChoiceValues(['Thượng Bằng', 'Thịnh Bằng']).setRequired(true);
  form.addDateItem().setTitle('Ngày báo cáo');
  for (const title of [COL.hangRao, COL.vuon, COL.cungHoa, 'Ảnh', 'Ghi chú'])
    form.addTextItem().setTitle(title);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  (s.runtime.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp)
    .newTrigger('onFormSubmitNtm')
    .forSpreadsheet(ss)
    .onFormSubmit()
    .create();

  const r = s.runtime.forms.submit(
    form.getId(),
    { Thôn: 'Thịnh Bằng', [COL.hangRao]: '5.000', Ảnh: 'https://anh' },
    { email: 'thinhbang@example.vn' },
  );
  expect(s.runtime.forms.triggerRuns).toEqual([{ handler: 'onFormSubmitNtm', ok: true }]);
  const check = ss.getSheetByName('Kiểm tra')!;
  const rows = check.getRange(1, 1, check.getLastRow(), check.getLastColumn()).getValues();
  expect(rows.filter((x) => x[1] === r.row).map((x) => [x[3], x[4]])).toEqual([[COL.hangRao, 'Lỗi']]);
});

it('setNow moves the clock of the services and of the bundle together', () => {
  const s = openSession({ workbook: workbook([]), timeZone: ZONE, now: AS_OF });
  const FormApp = s.runtime.globals.FormApp as GoogleAppsScript.Forms.FormApp;
  const form = FormApp.create('F');
  form.addTextItem().setTitle('Ghi chú');
  s.setNow(AS_OF + 3600000);
  const r = s.runtime.forms.submit(form.getId(), { 'Ghi chú': 'x' });
  expect(form.getResponse(r.id).getTimestamp().getTime()).toBe(AS_OF + 3600000);
  expect(vm.runInContext('Date.now()', s.bundle.context)).toBe(AS_OF + 3600000);
  expect(() => s.setNow(NaN)).toThrow('Invalid clock');
});
