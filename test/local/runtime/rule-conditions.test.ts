// Reading rules back: a conditional rule's condition (criterion, values, format) and a protection's unprotected ranges.
import { runtime } from './helpers';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe('conditional format rule conditions', () => {
  it('getBooleanCondition tells the criterion, its values and the background of each kind of rule', () => {
    const { rt, sheet } = runtime();
    const app = rt.globals.SpreadsheetApp as App;
    const range = [sheet.getRange('B2:B20')];
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges(range).build(),
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('Trễ hạn')
        .setBackground('#f4cccc')
        .setBold(true)
        .setRanges(range)
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=(B2="")*(COUNTA(2:2)>0)')
        .setFontColor('#990000')
        .setRanges(range)
        .build(),
    ]);
    const conditions = sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!);
    expect(conditions.map((c) => String(c.getCriteriaType()))).toEqual([
      'CELL_EMPTY',
      'TEXT_EQUAL_TO',
      'CUSTOM_FORMULA',
    ]);
    expect(conditions.map((c) => c.getCriteriaValues())).toEqual([
      [],
      ['Trễ hạn'],
      ['=(B2="")*(COUNTA(2:2)>0)'],
    ]);
    expect(conditions.map((c) => c.getBackground())).toEqual(['#fff2cc', '#f4cccc', null]);
    expect(conditions.map((c) => c.getBold())).toEqual([null, true, null]);
    expect(conditions[2].getFontColor()).toBe('#990000');
    expect(rt.calls['ConditionalFormatRule.getBooleanCondition']).toBe(3);
  });
});

describe('unprotected ranges of a sheet protection', () => {
  it('are kept, read back, and replaced as a whole', () => {
    const { rt, sheet } = runtime();
    const p = sheet.protect().setWarningOnly(true);
    expect(p.getUnprotectedRanges()).toEqual([]);
    p.setUnprotectedRanges([sheet.getRange('H2:H1000')]);
    expect(
      sheet
        .protect()
        .getUnprotectedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['H2:H1000']);
    p.setUnprotectedRanges([]);
    expect(p.getUnprotectedRanges()).toEqual([]);
    expect(rt.calls['Protection.setUnprotectedRanges']).toBe(2);
  });

  it('must lie on the protected sheet', () => {
    const { rt, sheet } = runtime();
    const other = rt.spreadsheet.insertSheet('Khác');
    expect(() => sheet.protect().setUnprotectedRanges([other.getRange('A1')])).toThrow('protected sheet');
  });
});
