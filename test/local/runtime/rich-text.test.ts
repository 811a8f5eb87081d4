// Rich text values: text kept exactly as given (never a formula, number or date), a link over the whole text, dumped as the cell's link.
import { runtime } from './helpers';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function linked(app: App, text: string, url: string | null): GoogleAppsScript.Spreadsheet.RichTextValue {
  const b = app.newRichTextValue().setText(text);
  return (url === null ? b : b.setLinkUrl(url)).build();
}

describe('rich text values', () => {
  it('keeps the text exactly, links it, and dumps the link', () => {
    const { rt, sheet } = runtime();
    const app = rt.globals.SpreadsheetApp as App;
    const texts = ['=1+1', '3.200', '16/3', 'Báo cáo thôn'];
    sheet
      .getRange(1, 1, 4, 1)
      .setRichTextValues(texts.map((t, i) => [linked(app, t, `#gid=0&range=A${i + 1}`)]));
    expect(sheet.getRange(1, 1, 4, 1).getValues()).toEqual(texts.map((t) => [t]));
    expect(sheet.getRange(1, 1, 4, 1).getFormulas()).toEqual(texts.map(() => ['']));
    expect(sheet.getRange(1, 1, 4, 1).getDisplayValues()).toEqual(texts.map((t) => [t]));
    const back = sheet.getRange(1, 1, 4, 1).getRichTextValues();
    expect(back.map((r) => [r[0]?.getText(), r[0]?.getLinkUrl()])).toEqual(
      texts.map((t, i) => [t, `#gid=0&range=A${i + 1}`]),
    );
    expect(rt.dump().sheets[0].rows[0][0]).toMatchObject({ value: '=1+1', link: '#gid=0&range=A1' });
    expect(rt.calls['Range.setRichTextValues']).toBe(1);
  });

  it('a value without a link drops an earlier link; an empty text blanks the cell', () => {
    const { rt, sheet } = runtime();
    const app = rt.globals.SpreadsheetApp as App;
    const cell = sheet.getRange('B2');
    cell.setRichTextValue(linked(app, 'a', 'https://example.vn'));
    cell.setRichTextValue(linked(app, 'b', null));
    expect(cell.getRichTextValue()?.getLinkUrl()).toBeNull();
    expect(cell.getValue()).toBe('b');
    cell.setRichTextValue(linked(app, '', null));
    expect(cell.isBlank()).toBe(true);
  });

  it('gives null for cells that are not text, and checks the shape', () => {
    const { rt, sheet } = runtime();
    const app = rt.globals.SpreadsheetApp as App;
    sheet.getRange('A1:B1').setValues([[5, 'x']]);
    const [[num, text]] = sheet.getRange('A1:B1').getRichTextValues();
    expect(num).toBeNull();
    expect(text?.getText()).toBe('x');
    expect(() => sheet.getRange('A1:A2').setRichTextValues([[linked(app, 'x', null)]])).toThrow(
      'number of rows',
    );
  });

  it('a link over part of the text is refused rather than silently widened', () => {
    const { rt } = runtime();
    const app = rt.globals.SpreadsheetApp as App;
    expect(() => app.newRichTextValue().setText('abc').setLinkUrl(0, 1, 'https://example.vn')).toThrow(
      'whole text',
    );
  });
});
