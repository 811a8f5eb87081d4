// Problems name tabs by the titles the workbook actually has (`Chi tieu!G5` when the tab is titled `Chi tieu`), and the model keeps those titles.
import { readModel } from '../../../src/core/model';
import { seedTabs, setCell, setSetting, setTarget } from './helpers';

/** The seed with its input tabs titled without diacritics, as a person might name them (found forgivingly). */
function plainTitled() {
  const tabs = seedTabs();
  setSetting(tabs, 'Mã hỗ trợ NQ44', 'HT_44');
  setTarget(tabs, 'VUON_CT', 'Thịnh Bằng', 2.5);
  setCell(tabs, 'Thôn', 2, 1, '');
  const titles: Record<string, string> = { 'Cấu hình': 'cau hinh', Thôn: 'Thon', 'Chỉ tiêu': 'Chi tieu' };
  return tabs.map((t) => ({ ...t, name: titles[t.name] ?? t.name }));
}

describe('tab titles in problems', () => {
  it('every problem is filed under, and its message names, the tab as titled in the workbook', () => {
    const r = readModel(plainTitled());
    expect(r.model).not.toBeNull();
    expect(r.problems.map((p) => [p.tab, p.message.split(':')[0]])).toEqual([
      ['Thon', 'Thon!B3'],
      ['Chi tieu', expect.stringMatching(/^Chi tieu![A-Z]+\d+$/)],
      ['cau hinh', expect.stringMatching(/^cau hinh!B\d+$/)],
    ]);
    const texts = r.problems.map((p) => p.message).join('\n');
    expect(texts).toContain('không có trong tab Chi tieu');
    expect(texts).not.toMatch(/Chỉ tiêu!|Thôn!|Cấu hình!|tab Chỉ tiêu|tab Thôn|tab Cấu hình/);
  });

  it('the model keeps the titles by contract name, for the messages of validation, reminders and the rollup', () => {
    expect(readModel(plainTitled()).model?.tabTitles).toEqual({
      'Cấu hình': 'cau hinh',
      Thôn: 'Thon',
      'Chỉ tiêu': 'Chi tieu',
    });
  });

  it('a missing tab is named by its contract name (there is no title to use)', () => {
    const r = readModel(plainTitled().filter((t) => t.name !== 'Thon'));
    expect(r.problems.map((p) => p.tab)).toEqual(['Thôn']);
  });
});
