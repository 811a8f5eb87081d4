// Rules a sheet carries: data validation (list, number, date; rejecting or warning), conditional formats, charts.
import { runtime } from './helpers';

describe('data validation', () => {
  function app(rt: ReturnType<typeof runtime>['rt']) {
    return rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }

  it('a list rule built and applied is read back per cell', () => {
    const { rt, sheet } = runtime();
    const rule = app(rt)
      .newDataValidation()
      .requireValueInList(['Đồng ý', 'Không'])
      .setAllowInvalid(true)
      .setHelpText('Chọn Đồng ý')
      .build();
    sheet.getRange('H2:H4').setDataValidation(rule);
    const got = sheet.getRange('H3').getDataValidation();
    expect(got?.getCriteriaType()).toBe(app(rt).DataValidationCriteria.VALUE_IN_LIST);
    expect(got?.getCriteriaValues()[0]).toEqual(['Đồng ý', 'Không']);
    expect(got?.getHelpText()).toBe('Chọn Đồng ý');
    expect(sheet.getRange('H1').getDataValidation()).toBeNull();
    expect(rt.dump().sheets[0].dataValidations).toEqual([
      {
        range: 'H2:H4',
        kind: 'list',
        values: ['Đồng ý', 'Không'],
        helpText: 'Chọn Đồng ý',
        allowInvalid: true,
      },
    ]);
  });

  it('a rule that rejects invalid data makes setValue throw and write nothing; blanks pass', () => {
    const { rt, sheet } = runtime();
    const rule = app(rt).newDataValidation().requireValueInList(['Đồng ý']).setAllowInvalid(false).build();
    const r = sheet.getRange('A1:A2');
    r.setDataValidation(rule);
    r.setValues([['Đồng ý'], ['']]);
    expect(() => r.setValues([['Đồng ý'], ['Có']])).toThrow(
      'The data you entered in cell A2 violates the data validation rules set on this cell.',
    );
    expect(r.getValues()).toEqual([['Đồng ý'], ['']]);
  });

  it('number and date rules check the value type and bounds', () => {
    const { rt, sheet } = runtime();
    const n = app(rt).newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build();
    const d = app(rt).newDataValidation().requireDate().setAllowInvalid(false).build();
    sheet.getRange('A1').setDataValidation(n);
    sheet.getRange('B1').setDataValidation(d);
    sheet.getRange('A1').setValue('50');
    expect(() => sheet.getRange('A1').setValue(101)).toThrow('violates');
    sheet.getRange('B1').setValue('16/3/2023');
    expect(() => sheet.getRange('B1').setValue('ba')).toThrow('violates');
  });

  it('clearDataValidations removes the rules', () => {
    const { rt, sheet } = runtime();
    sheet.getRange('A1:B1').setDataValidation(app(rt).newDataValidation().requireDate().build());
    sheet.getRange('A1:B1').clearDataValidations();
    expect(sheet.getRange('A1:B1').getDataValidations()).toEqual([[null, null]]);
  });

  it('build without a criterion is refused', () => {
    const { rt } = runtime();
    expect(() => app(rt).newDataValidation().build()).toThrow('criteria');
  });
});

describe('conditional formats', () => {
  it('rules are kept in order, with their ranges, and dumped one per range', () => {
    const { rt, sheet } = runtime();
    const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const empty = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#fff2cc')
      .setRanges([sheet.getRange('B2:B20')])
      .build();
    const late = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Trễ hạn')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('C2:C20'), sheet.getRange('E2:E20')])
      .build();
    const formula = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$D2<0,8')
      .setBackground('#fce5cd')
      .setRanges([sheet.getRange('A2:L20')])
      .build();
    sheet.setConditionalFormatRules([empty, late, formula]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(3);
    expect(
      sheet
        .getConditionalFormatRules()[1]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C2:C20', 'E2:E20']);
    expect(rt.dump().sheets[0].conditionalFormats).toEqual([
      { range: 'B2:B20', kind: 'blank', background: '#fff2cc' },
      { range: 'C2:C20', kind: 'textEqual', text: 'Trễ hạn', background: '#f4cccc' },
      { range: 'E2:E20', kind: 'textEqual', text: 'Trễ hạn', background: '#f4cccc' },
      { range: 'A2:L20', kind: 'formula', formula: '=$D2<0,8', background: '#fce5cd' },
    ]);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});

describe('charts', () => {
  it('newChart records type, ranges and position; insert, get and remove', () => {
    const { rt, sheet } = runtime();
    const Charts = rt.globals.Charts as { ChartType: typeof GoogleAppsScript.Charts.ChartType };
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:B6'))
      .setPosition(10, 2, 0, 0)
      .setOption('title', 'Tiến độ')
      .build();
    sheet.insertChart(chart);
    const [got] = sheet.getCharts();
    expect(got.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B6']);
    expect(got.getOptions().get('title')).toBe('Tiến độ');
    expect(rt.dump().sheets[0].charts).toBe(1);
    sheet.removeChart(got);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(rt.dump().sheets[0].charts).toBeUndefined();
  });
});
