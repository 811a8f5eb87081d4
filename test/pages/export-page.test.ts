// docs/export.md: the dialog carries the CSV exactly, escaped so no text of the workbook becomes markup.
import { csvOfExportPage, embeddedJson, exportPageHtml } from '../../src/pages';

describe('the export page', () => {
  const csv = 'ten_xa,thon\r\nSơn Bằng,"</script><b>x</b>"\r\nA,\u2028\r\n';

  it('gives back exactly the CSV it embeds, even text that looks like markup', () => {
    const page = exportPageHtml(csv, 'Đã xuất <2> dòng');
    expect(csvOfExportPage(page)).toEqual({ file: 'ntm-export.csv', csv });
    expect(page).not.toContain('<b>x</b>');
    expect(page).toContain('Đã xuất &lt;2&gt; dòng');
  });

  it('leaves no < and no line separator in the embedded JSON', () => {
    const json = embeddedJson(csv);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(json)).toBe(csv);
  });

  it('is no export page when the marks are missing', () => {
    expect(csvOfExportPage('<html><body>x</body></html>')).toBeNull();
  });
});
