// Saving and bringing back forms (what form.json carries between runner runs): same ids, same answers tab, same edit links.
import { createRuntime } from '../../../../local/runtime';
import { reportForm, shown, START, world } from './helpers';

describe('forms state', () => {
  it('a runtime loaded with the saved state and workbook finds the same form, appends below its rows and edits its responses', () => {
    const w = world();
    const form = reportForm(w).setAllowResponseEdits(true);
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    const first = w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[HANG_RAO] Hàng rào xanh (m)': '120' });
    w.ss.getSheetByName('Câu trả lời biểu mẫu 1')!.setName('Báo cáo');
    const saved = JSON.parse(JSON.stringify(w.rt.forms.state()));

    const rt = createRuntime({ workbook: w.rt.dump(), forms: saved, now: () => START + 3600000 });
    const FormApp = rt.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    const again = FormApp.openById(form.getId());
    expect(again.getItems().map((i) => i.getTitle())).toEqual(form.getItems().map((i) => i.getTitle()));
    expect(rt.spreadsheet.getSheetByName('Báo cáo')!.getFormUrl()).toBe(form.getEditUrl());
    rt.forms.submit(form.getId(), { Thôn: 'Thượng Bằng' });
    rt.forms.edit(first.editUrl, { '[HANG_RAO] Hàng rào xanh (m)': '150' });
    expect(shown(rt.spreadsheet.getSheetByName('Báo cáo')!).map((r) => r.slice(0, 4))).toEqual([
      ['Dấu thời gian', 'Thôn', 'Ngày báo cáo', '[HANG_RAO] Hàng rào xanh (m)'],
      ['20/03/2023 11:00:00', 'Hạ Bằng', '', '150'],
      ['20/03/2023 11:00:00', 'Thượng Bằng', '', ''],
    ]);
    // A new item after loading gets an id no loaded item has.
    const ids = again.getItems().map((i) => i.getId());
    expect(ids).not.toContain(again.addTextItem().setTitle('Mới').getId());
    expect(() => createRuntime({ forms: [...saved, ...saved] })).toThrow('loaded twice');
  });
});
