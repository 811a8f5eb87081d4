// Responses: built by a script (prefilled links), submitted by respondents, edited through their edit link, and the triggers they fire.
import { setHandlerRunner } from '../../../../local/runtime/handler-hook';
import { reportForm, shown, START, world, type FormWorld } from './helpers';

const MIN = 60000;

/** A linked report form with edits allowed and a form-submit trigger whose events are recorded. */
function linked(w: FormWorld): {
  form: GoogleAppsScript.Forms.Form;
  events: Record<string, unknown>[];
  names: string[];
} {
  const form = reportForm(w).setAllowResponseEdits(true);
  form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
  const ScriptApp = w.rt.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
  ScriptApp.newTrigger('onFormSubmitNtm').forSpreadsheet(w.ss).onFormSubmit().create();
  const events: Record<string, unknown>[] = [];
  const names: string[] = [];
  setHandlerRunner(w.rt.globals, (name, e) => {
    names.push(name);
    events.push(e as Record<string, unknown>);
    // A form-submit trigger runs without a UI.
    expect(() =>
      (w.rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi(),
    ).toThrow('Cannot call');
  });
  return { form, events, names };
}

describe('form responses', () => {
  it('a prefilled link carries each answer as entry.<n>, encoded as Google does; it submits nothing', () => {
    const w = world();
    const form = reportForm(w);
    const [village, day] = form.getItems();
    const url = form
      .createResponse()
      .withItemResponse(village.asListItem().createResponse('Thượng Bằng'))
      .withItemResponse(day.asDateItem().createResponse(new Date(Date.UTC(2023, 2, 15, 18))))
      .toPrefilledUrl();
    const entries = [...url.matchAll(/entry\.(\d+)=/g)].map((m) => Number(m[1]));
    expect(url).toBe(
      `${form.getPublishedUrl()}?usp=pp_url&entry.${entries[0]}=Th%C6%B0%E1%BB%A3ng+B%E1%BA%B1ng&entry.${entries[1]}=2023-03-16`,
    );
    expect(new Set(entries).size).toBe(2);
    expect(form.getResponses()).toHaveLength(0);
  });

  it('a submission fires each form-submit trigger with the new row: range, values and namedValues as shown, source, uid', () => {
    const w = world();
    const { form, events, names } = linked(w);
    w.setNow(START + 7 * MIN);
    const r = w.rt.forms.submit(form.getId(), {
      Thôn: 'Hạ Bằng',
      '[HANG_RAO] Hàng rào xanh (m)': '1.500',
      'Ghi chú': 'Tốt',
    });
    expect(names).toEqual(['onFormSubmitNtm']);
    const e = events[0] as {
      range: GoogleAppsScript.Spreadsheet.Range;
      values: string[];
      namedValues: Record<string, string[]>;
      triggerUid: string;
      authMode: string;
      source: unknown;
    };
    expect(e.range.getA1Notation()).toBe('A2:F2');
    expect(e.range.getSheet().getName()).toBe('Câu trả lời biểu mẫu 1');
    expect(e.values).toEqual(['20/03/2023 10:07:00', 'Hạ Bằng', '', '1.500', '', 'Tốt']);
    expect(e.namedValues['Thôn']).toEqual(['Hạ Bằng']);
    expect(e.namedValues['Dấu thời gian']).toEqual(['20/03/2023 10:07:00']);
    expect(e.source).toBe(w.ss);
    expect(e.authMode).toBe('FULL');
    expect(e.triggerUid).toBe(w.rt.triggers.list()[0].id);
    expect(w.rt.forms.triggerRuns).toEqual([{ handler: 'onFormSubmitNtm', ok: true }]);
    expect(w.rt.ui.available).toBe(true);
    const saved = form.getResponse(r.id);
    expect(saved.getTimestamp().getTime()).toBe(START + 7 * MIN);
    expect(saved.getEditResponseUrl()).toBe(`${form.getPublishedUrl()}?edit2=${r.id}`);
    expect(saved.getResponseForItem(form.getItems()[0]).getResponse()).toBe('Hạ Bằng');
    expect(saved.getResponseForItem(form.getItems()[1])).toBeNull();
  });

  it('an edit through the edit link rewrites the same row in place and fires again with only the changed answers', () => {
    const w = world();
    const { form, events } = linked(w);
    const first = w.rt.forms.submit(form.getId(), {
      Thôn: 'Hạ Bằng',
      '[HANG_RAO] Hàng rào xanh (m)': '3000',
      'Ghi chú': 'Tốt',
    });
    w.setNow(START + 10 * MIN);
    w.rt.forms.submit(form.getId(), { Thôn: 'Thượng Bằng' });
    w.setNow(START + 60 * MIN);
    const edited = w.rt.forms.edit(first.editUrl, { '[HANG_RAO] Hàng rào xanh (m)': '300' });
    expect(edited.row).toBe(2);
    const tab = w.ss.getSheetByName('Câu trả lời biểu mẫu 1')!;
    expect(shown(tab).slice(1)).toEqual([
      ['20/03/2023 11:00:00', 'Hạ Bằng', '', '300', '', 'Tốt'],
      ['20/03/2023 10:10:00', 'Thượng Bằng', '', '', '', ''],
    ]);
    const e = events[2] as { range: GoogleAppsScript.Spreadsheet.Range; values: string[] };
    expect(e.range.getRow()).toBe(2);
    expect(e.values).toEqual(['20/03/2023 11:00:00', '', '', '300', '', '']);
    expect(form.getResponses().map((r) => r.getId())).toEqual([first.id, expect.any(String)]);
    expect(form.getResponses(new Date(START + 30 * MIN)).map((r) => r.getId())).toEqual([first.id]);
    expect(() => w.rt.forms.edit(first.editUrl, { Thôn: 'Làng Mới' })).toThrow('not a choice');
    form.setAllowResponseEdits(false);
    expect(() => w.rt.forms.edit(first.editUrl, { 'Ghi chú': 'x' })).toThrow('does not allow editing');
    expect(() => w.rt.forms.edit(`${form.getPublishedUrl()}?edit2=nope`, {})).toThrow('not the edit link');
  });

  it('a script submits once; a failing handler is recorded and does not undo the response; no loaded script fails loudly', () => {
    const w = world();
    const { form } = linked(w);
    const built = form
      .createResponse()
      .withItemResponse(form.getItems()[0].asListItem().createResponse('Hạ Bằng'));
    built.submit();
    expect(() => built.submit()).toThrow('already been submitted');
    setHandlerRunner(w.rt.globals, () => {
      throw new Error('hỏng');
    });
    w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng' });
    expect(w.rt.forms.triggerRuns.at(-1)).toEqual({ handler: 'onFormSubmitNtm', ok: false, error: 'hỏng' });
    expect(w.ss.getSheetByName('Câu trả lời biểu mẫu 1')!.getLastRow()).toBe(3);

    const bare = world();
    const f2 = reportForm(bare);
    f2.setDestination(bare.FormApp.DestinationType.SPREADSHEET, bare.ss.getId());
    (bare.rt.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp)
      .newTrigger('onFormSubmitNtm')
      .forSpreadsheet(bare.ss)
      .onFormSubmit()
      .create();
    expect(() => bare.rt.forms.submit(f2.getId(), { Thôn: 'Hạ Bằng' })).toThrow(
      'cannot run: no script is loaded',
    );
  });

  it('a form that collects emails records the respondent address and refuses a submission without one', () => {
    const w = world();
    const form = reportForm(w).setCollectEmail(true);
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    expect(() => w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng' })).toThrow('a valid email is required');
    const r = w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng' }, { email: 'truong.thon@example.vn' });
    expect(form.getResponse(r.id).getRespondentEmail()).toBe('truong.thon@example.vn');
    expect(shown(w.ss.getSheets()[0])[1].slice(0, 3)).toEqual([
      '20/03/2023 10:00:00',
      'truong.thon@example.vn',
      'Hạ Bằng',
    ]);
  });
});
