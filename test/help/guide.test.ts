// The officer's guide: the dialog's sections and docs/officer-guide.md say the same, and the page escapes all text.
import fs from 'node:fs';
import path from 'node:path';
import { ALL_TABS } from '../../src/core/contract';
import { allEntries } from '../../src/entry/entries';
import { menuSections } from '../../src/entry/menu';
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
    const tabs = guideSections()
      .find((s) => s.title === 'Các tab')!
      .items.map((i) => i.split(' — ')[0]);
    expect(tabs.slice(0, ALL_TABS.length)).toEqual([...ALL_TABS]);
  });

  it('escapes the text of the page, so nothing in it can become markup', () => {
    const html = guideHtml([{ title: 'A <b> & "c"', items: ["<script>alert('x')</script>"] }]);
    expect(html).toContain('<h2>A &lt;b&gt; &amp; &quot;c&quot;</h2>');
    expect(html).toContain('<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</li>');
    expect(html).not.toContain('<script>');
  });
});

describe('the guide and the menu', () => {
  const menu = allEntries().filter((e) => e.menu);
  const labels = menu.map((e) => e.menu!.label);
  const submenus = [...new Set(menu.flatMap((e) => (e.menu!.submenu ? [e.menu!.submenu] : [])))];

  /** What follows each `NTM › ` in the text. */
  const mentions = (text: string) => text.split('NTM › ').slice(1);
  /** True when `rest` starts with `label` as a whole (not a longer word). */
  const startsWith = (rest: string, label: string) =>
    rest.startsWith(label) && !/^[\p{L}\d]/u.test(rest.slice(label.length));
  /** A menu item, a submenu, or `submenu › item` of that submenu. */
  const isMenuPath = (rest: string) =>
    labels.some((l) => startsWith(rest, l)) ||
    submenus.some(
      (sub) =>
        startsWith(rest, sub) &&
        (!rest.startsWith(`${sub} › `) ||
          menu.some((e) => e.menu!.submenu === sub && startsWith(rest.slice(sub.length + 3), e.menu!.label))),
    );

  it('names only items the NTM menu has, under the submenu they sit in (dialog and docs/officer-guide.md)', () => {
    const named = [...guideSections().flatMap((s) => s.items), doc].flatMap(mentions);
    expect(named.length).toBeGreaterThan(8);
    for (const rest of named)
      expect([rest.slice(0, 60), isMenuPath(rest)]).toEqual([rest.slice(0, 60), true]);
    expect(isMenuPath('Tự động › Bật gì đó')).toBe(false);
    expect(isMenuPath('Tổng hợp tháng')).toBe(false);
  });

  it('docs/officer-guide.md lists the menu from top to bottom', () => {
    const line = doc.split('\n').find((l) => l.startsWith('- Menu NTM, từ trên xuống: '))!;
    const top = menuSections(allEntries()).map((section) => [
      ...new Set(section.map((i) => i.submenu ?? i.label)),
    ]);
    const listed = line
      .replace('- Menu NTM, từ trên xuống: ', '')
      .replace(/\.$/, '')
      .split('; ')
      .map((part) => part.replace(/ \(.*\)$/, '').split(', '));
    expect(listed).toEqual(top);
  });
});
