// The officer's guide: the dialog's sections and docs/officer-guide.md say the same, and the page escapes all text.
import fs from 'node:fs';
import path from 'node:path';
import { ALL_TABS } from '../../src/core/contract';
import { guideHtml, guideSections } from '../../src/help/guide';

const doc = fs.readFileSync(path.join(__dirname, '../../docs/officer-guide.md'), 'utf8');

describe('the officer guide', () => {
  it('docs/officer-guide.md holds every section and line of the Hướng dẫn dialog, in order', () => {
    const lines = doc.split('\n');
    let at = 0;
    for (const s of guideSections()) {
      for (const line of [`## ${s.title}`, ...s.items.map((i) => `- ${i}`)]) {
        const found = lines.indexOf(line, at);
        expect([line, found >= 0]).toEqual([line, true]);
        at = found;
      }
    }
  });

  it('names every tab of the workbook', () => {
    const tabs = guideSections().find((s) => s.title === 'Các tab')!.items.map((i) => i.split(' — ')[0]);
    expect(tabs.slice(0, ALL_TABS.length)).toEqual([...ALL_TABS]);
  });

  it('escapes the text of the page, so nothing in it can become markup', () => {
    const html = guideHtml([{ title: 'A <b> & "c"', items: ["<script>alert('x')</script>"] }]);
    expect(html).toContain('<h2>A &lt;b&gt; &amp; &quot;c&quot;</h2>');
    expect(html).toContain('<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</li>');
    expect(html).not.toContain('<script>');
  });
});
