// Triggers belong to the account that made them, as in Apps Script; the current user is switchable; console lines and a missing active spreadsheet.
import { runtime } from './helpers';

type G = {
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  console: Console;
};

function services() {
  const { rt } = runtime({ user: 'a@sonbang.vn' });
  return { rt, g: rt.globals as unknown as G };
}

describe('trigger owners', () => {
  it('each account lists only its own triggers; getUserTriggers never lists a clock trigger', () => {
    const { rt, g } = services();
    const ss = rt.spreadsheet;
    g.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    rt.session.switchUser('b@sonbang.vn');
    expect(g.Session.getActiveUser().getEmail()).toBe('b@sonbang.vn');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('b@sonbang.vn');
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    expect(g.ScriptApp.getUserTriggers(ss)).toEqual([]);
    g.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['hourly']);
    expect(g.ScriptApp.getUserTriggers(ss)).toEqual([]);
    expect(rt.triggers.list().map((t) => `${t.owner} ${t.handler}`)).toEqual([
      'a@sonbang.vn hourly',
      'a@sonbang.vn onSubmit',
      'b@sonbang.vn hourly',
    ]);
    rt.session.switchUser('a@sonbang.vn');
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'hourly',
      'onSubmit',
    ]);
    expect(g.ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['onSubmit']);
  });

  it("refuses to delete another account's trigger, and deletes one's own", () => {
    const { rt, g } = services();
    const theirs = g.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    rt.session.switchUser('b@sonbang.vn');
    expect(() => g.ScriptApp.deleteTrigger(theirs)).toThrow('belongs to another user');
    expect(rt.triggers.list()).toHaveLength(1);
    rt.session.switchUser('a@sonbang.vn');
    g.ScriptApp.deleteTrigger(theirs);
    expect(rt.triggers.list()).toEqual([]);
  });

  it('counts the 20-trigger limit per account', () => {
    const { rt, g } = services();
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).toThrow('too many triggers');
    rt.session.switchUser('b@sonbang.vn');
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).not.toThrow();
  });
});

describe('console and the active spreadsheet', () => {
  it('console lines are kept with their level, as Executions shows them', () => {
    const { rt, g } = services();
    g.console.error('Không có bảng tính', 3);
    g.console.log({ a: 1 });
    expect(rt.console).toEqual([
      { level: 'error', text: 'Không có bảng tính 3' },
      { level: 'log', text: '{"a":1}' },
    ]);
  });

  it('with no active spreadsheet, getActiveSpreadsheet and getActive give null; openById still opens it', () => {
    const { rt, g } = services();
    rt.activeSpreadsheet = false;
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(g.SpreadsheetApp.getActive()).toBeNull();
    expect(g.SpreadsheetApp.openById(rt.spreadsheet.getId()).getName()).toBe(rt.spreadsheet.getName());
    rt.activeSpreadsheet = true;
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
  });
});
