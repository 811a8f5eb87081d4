// The monthly report rendered: sections numbered with NQ 44 support when tracked, each village's tasks for next month, every workbook text escaped.
import { monthlyHtml, monthlyText, weeklyReport } from '../../../src/core/report';
import type { MonthlyDoc } from '../../../src/core/report/report-types';
import { BP, TB, handModel, handRollup, handRows } from './hand-made';

/** A monthly document made from the hand-made week: its frame, results, ranking, support and per-village lines. */
function doc(): MonthlyDoc {
  const w = weeklyReport(handModel(), handRollup(), handRows());
  return {
    ...w,
    title: 'BÁO CÁO THÁNG',
    month: '03/2023',
    titles: { period: 'Trong tháng', planned: 'Kế hoạch đến 31/03/2023' },
    criticised: [],
    villages: w.plans.map((p) => ({ village: p.village, results: w.results, tasks: p.lines })),
  };
}

const headings = (text: string) => text.split('\n').filter((l) => /^[IV]+\. /.test(l));

describe('monthly report sections', () => {
  it('numbers NQ 44 support III when tracked, and the villages IV', () => {
    const d = doc();
    expect(d.support).not.toBeNull();
    expect(headings(monthlyText(d))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN TRONG THÁNG',
      'II. THI ĐUA GIỮA CÁC THÔN TRONG THÁNG',
      'III. HỖ TRỢ THEO NGHỊ QUYẾT 44/2021/NQ-HĐND',
      'IV. KẾT QUẢ VÀ NHIỆM VỤ THÁNG TỚI CỦA TỪNG THÔN',
    ]);
    const text = monthlyText(d);
    for (const line of d.support!.summary) expect(text).toContain(line);
    expect(text).toContain(`- ${TB}: ${d.support!.rows[0].households}/${d.support!.rows[0].eligible} hộ`);
    const page = monthlyHtml(d);
    expect(page).toContain('<h2>III. HỖ TRỢ THEO NGHỊ QUYẾT 44/2021/NQ-HĐND</h2>');
    expect(page).toContain('<th>Kinh phí hỗ trợ (đồng)</th>');
  });

  it('without the support indicator, the villages move up to III', () => {
    expect(headings(monthlyText({ ...doc(), support: null }))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN TRONG THÁNG',
      'II. THI ĐUA GIỮA CÁC THÔN TRONG THÁNG',
      'III. KẾT QUẢ VÀ NHIỆM VỤ THÁNG TỚI CỦA TỪNG THÔN',
    ]);
    expect(monthlyHtml({ ...doc(), support: null })).not.toContain('NGHỊ QUYẾT 44');
  });

  it('once the campaign is over (no tasks for any village), section III is the results alone', () => {
    const d = doc();
    const over = { ...d, support: null, villages: d.villages.map((v) => ({ ...v, tasks: [] })) };
    expect(headings(monthlyText(over)).at(-1)).toBe('III. KẾT QUẢ CỦA TỪNG THÔN');
    expect(monthlyText(over)).not.toContain('Nhiệm vụ tháng tới');
  });
});

describe('each village’s tasks for next month', () => {
  it('lists the indicators not finished with the pace still needed, and says so when all are done', () => {
    const d = doc();
    const tb = d.villages.find((v) => v.village === TB)!;
    const open = tb.tasks.filter((t) => !t.finished);
    expect(open.length).toBeGreaterThan(0);
    const done = tb.tasks.map((t) => ({
      ...t,
      nextWeek: t.unit ? 'Đã hoàn thành' : 'Đã đạt',
      finished: true,
    }));
    const text = monthlyText({
      ...d,
      villages: d.villages.map((v) => (v.village === BP ? { ...v, tasks: done } : v)),
    });
    const section = text.split('KẾT QUẢ VÀ NHIỆM VỤ THÁNG TỚI CỦA TỪNG THÔN')[1];
    const own = section.split(`- ${TB}:`)[1].split('\n- ')[0];
    for (const t of open)
      expect(own).toContain(`  + ${t.name}${t.unit ? ` (${t.unit})` : ''}: ${t.nextWeek}.`);
    expect(own.match(/ {2}\+ /g)).toHaveLength(open.length);
    expect(section.split(`- ${BP}:`)[1]).toMatch(
      /^[^-]*Nhiệm vụ tháng tới:\n {2}\+ Đã hoàn thành mọi chỉ tiêu được giao\./,
    );
  });

  it('escapes the village name and task texts in the page', () => {
    const page = monthlyHtml(doc());
    expect(page).not.toContain('<b>Phúc');
    expect(page).toContain('<h3>Bằng &lt;b&gt;Phúc&lt;/b&gt;</h3>');
    expect(page).toMatch(/<p>Nhiệm vụ tháng tới:<\/p><ul class="plans"><li>/);
  });
});
