// Every public method of every fake counts as calls['Class.method']; internal work does not.
import { runtime as setUp } from './helpers';
import { callKind, callsByKind } from '../../../local/runtime/call-kinds';

/** A runtime whose counts start at zero (the set-up's own getSheets call is forgotten). */
function runtime(options = {}) {
  const made = setUp(options);
  for (const k of Object.keys(made.rt.calls)) delete made.rt.calls[k];
  return made;
}

describe('call counting', () => {
  it('counts each service call by class and method', () => {
    const { rt } = runtime();
    const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    const tab = ss.insertSheet('Thôn');
    const r = tab.getRange(1, 1, 3, 2);
    r.setValues([
      ['Thôn', 'Số hộ'],
      ['A', 1],
      ['B', 2],
    ]);
    r.getValues();
    r.getValues();
    tab.getRange('A1').setValue('x');
    (rt.globals.MailApp as GoogleAppsScript.Mail.MailApp).sendEmail('a@x.vn', 's', 'b');
    (rt.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .getProperty('k');
    expect(rt.calls).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.insertSheet': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValues': 2,
      'Range.setValue': 1,
      'MailApp.sendEmail': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
    });
  });

  it('one call is one count, whatever the range size; appendRow and getDisplayValues do not count hidden reads', () => {
    const { rt, sheet } = runtime();
    sheet.getRange(1, 1, 500, 10).getValues();
    sheet.appendRow(['a', 'b']);
    sheet.autoResizeColumns(1, 2);
    expect(rt.calls).toEqual({
      'Sheet.getRange': 1,
      'Range.getValues': 1,
      'Sheet.appendRow': 1,
      'Sheet.autoResizeColumns': 1,
    });
  });

  it('counts builders, Ui and triggers too', () => {
    const { rt } = runtime();
    const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.newDataValidation().requireDate().build();
    app.getUi().createMenu('NTM').addItem('a', 'b').addToUi();
    (rt.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp)
      .newTrigger('f')
      .timeBased()
      .everyHours(1)
      .create();
    (rt.globals.LockService as GoogleAppsScript.Lock.LockService).getScriptLock().tryLock(10);
    expect(rt.calls).toMatchObject({
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireDate': 1,
      'DataValidationBuilder.build': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createMenu': 1,
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
      'ScriptApp.newTrigger': 1,
      'TriggerBuilder.timeBased': 1,
      'ClockTriggerBuilder.everyHours': 1,
      'ClockTriggerBuilder.create': 1,
      'LockService.getScriptLock': 1,
      'Lock.tryLock': 1,
    });
  });

  it('loading and dumping a workbook count nothing', () => {
    const { rt } = runtime({ workbook: { sheets: [{ name: 'A', rows: [[{ value: 1 }]] }] } });
    rt.dump();
    expect(rt.calls).toEqual({});
  });
});

describe('calls by kind', () => {
  it('tells Sheets reads and writes from other services and from builders that never leave the script', () => {
    const { rt, sheet } = runtime();
    const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const range = sheet.getRange(1, 1, 2, 1);
    const link = (text: string) => app.newRichTextValue().setText(text).setLinkUrl('https://x.vn').build();
    range.setRichTextValues([[link('a')], [link('b')]]);
    range.getValues();
    (rt.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties();
    expect(callsByKind(rt.calls)).toEqual([
      {
        kind: 'sheets-read',
        total: 2,
        methods: [
          ['Range.getValues', 1],
          ['Sheet.getRange', 1],
        ],
      },
      { kind: 'sheets-write', total: 1, methods: [['Range.setRichTextValues', 1]] },
      { kind: 'service', total: 1, methods: [['PropertiesService.getDocumentProperties', 1]] },
      {
        kind: 'local',
        total: 8,
        methods: [
          ['RichTextValueBuilder.build', 2],
          ['RichTextValueBuilder.setLinkUrl', 2],
          ['RichTextValueBuilder.setText', 2],
          ['SpreadsheetApp.newRichTextValue', 2],
        ],
      },
    ]);
  });

  it('sorts each class: Range.isBlank reads, Sheet.appendRow writes, Menu and HtmlOutput stay local', () => {
    expect(
      ['Range.isBlank', 'Sheet.appendRow', 'Menu.addItem', 'HtmlOutput.setWidth', 'Lock.waitLock'].map(
        callKind,
      ),
    ).toEqual(['sheets-read', 'sheets-write', 'local', 'local', 'service']);
  });
});
