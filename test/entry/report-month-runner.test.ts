// `npm start -- --actions report-month --month 04/2023` (docs/report.md "Monthly report"): the page and its PDF, each figure equal to sums the test makes from the rows itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import { workbookToXlsx } from '../../local/xlsx';
import { paceText } from '../../src/core/report/pace';
import { amountText } from '../../src/core/report/report-format';
import { formatViNumber } from '../../src/core/vi-format';
import { dayFromYmd, instantOf } from '../../src/core/zone';
import { ensureBuilt } from '../bundle/ensure-built';
import { isPdf } from '../browser/pdf-pages';
import { BP, DS, monthRows, monthWorkbook, TARGETS, TB, THURSDAYS, VILLAGES, ZONE } from './month-workbook';

let dir: string;
let input: string;

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-month-'));
  input = path.join(dir, 'so-theo-doi.xlsx');
  fs.writeFileSync(input, (await workbookToXlsx(monthWorkbook())).bytes);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(month: string | undefined, out: string, asOf = '2023-05-02T10:00') {
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: input,
    asOf,
    month,
    actions: ['report-month'],
    out: path.join(dir, out),
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
  });
  return { result, lines };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The plain-text version the page offers to copy (its textarea), unescaped. */
function pageText(html: string): string {
  const m = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  return (m?.[1] ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

// The test's own arithmetic over the rows (every row is valid): by timestamp, in Hà Nội time.
const ROWS = monthRows();
const APRIL = instantOf(dayFromYmd(2023, 4, 1), 0, ZONE);
const MAY = instantOf(dayFromYmd(2023, 5, 1), 0, ZONE);
const sentBy = (v: string, t: number) => ROWS.filter((r) => r.village === v && r.at < t);
const fenceBy = (v: string, t: number) => sentBy(v, t).reduce((n, r) => n + r.fence, 0);
const gardensBy = (v: string, t: number) => sentBy(v, t).at(-1)?.gardens ?? 0;
const pct = (done: number, target: number) => `${formatViNumber((done * 100) / target, 1)}%`;

/** Weeks of April (deadlines 06, 13, 20, 27/04 14:30) a village sent on time, late, or nothing for. */
function aprilRecord(v: string) {
  const weeks = THURSDAYS.filter(([m]) => m === 4);
  const out = { onTime: [] as string[], late: [] as string[], missing: [] as string[] };
  for (const [m, d] of weeks) {
    const thursday = dayFromYmd(2023, m, d);
    const deadline = instantOf(thursday, 14 * 60 + 30, ZONE);
    // A row belongs to the week of the first deadline day on or after the day its work was done.
    const own = ROWS.filter((r) => {
      const day = dayFromYmd(...r.day);
      return r.village === v && day > thursday - 7 && day <= thursday;
    });
    const label = `${String(d).padStart(2, '0')}/0${m}/2023`;
    if (own.some((r) => r.at <= deadline)) out.onTime.push(label);
    else if (own.length) out.late.push(label);
    else out.missing.push(label);
  }
  return out;
}

describe('the runner’s report-month for 04/2023, as of 02/05/2023 10:00', () => {
  let text: string;
  let lines: string[];
  beforeAll(async () => {
    const ran = await run('04/2023', 'out');
    expect(ran.result.exitCode).toBe(0);
    lines = ran.lines;
    text = pageText(fs.readFileSync(path.join(dir, 'out', 'bao-cao-thang.html'), 'utf8'));
  }, 120_000);

  it('writes DIR/bao-cao-thang.html and its PDF, and says what it made', () => {
    expect(lines[0]).toMatch(
      /^✔ report-month: Đã lập báo cáo tháng 04\/2023 \(số liệu tính đến 30\/04\/2023 23:59; 4 kỳ báo cáo tuần/,
    );
    expect(isPdf(fs.readFileSync(path.join(dir, 'out', 'bao-cao-thang.pdf')))).toBe(true);
    expect(text).toContain(
      'BÁO CÁO THÁNG Kết quả thực hiện phong trào xây dựng nông thôn mới tháng 04/2023 (từ ngày 01/04/2023 đến ngày 30/04/2023)',
    );
    expect(text).toContain(
      'Số liệu tính đến 30/04/2023 23:59; 4 kỳ báo cáo tuần đã đến hạn trong tháng (06/04/2023, 13/04/2023, 20/04/2023, 27/04/2023).',
    );
  });

  it('gives each village the month’s amount and its Lũy kế, equal to the test’s own sums of the rows', () => {
    for (const v of VILLAGES) {
      const month = fenceBy(v, MAY) - fenceBy(v, APRIL);
      const total = fenceBy(v, MAY);
      const target = TARGETS.HANG_RAO[v];
      const line = `chỉ tiêu ${amountText(target)}; lũy kế ${amountText(total)} (${pct(total, target)}); trong tháng ${amountText(month)}`;
      const own = text.split('III. KẾT QUẢ VÀ NHIỆM VỤ THÁNG TỚI CỦA TỪNG THÔN')[1].split(`- ${v}:`)[1];
      expect(own).toContain(line);
      const gardens = Math.max(0, gardensBy(v, MAY) - gardensBy(v, APRIL));
      const g = TARGETS.VUON_CT[v];
      const gLine = `chỉ tiêu ${amountText(g)}; lũy kế ${amountText(gardensBy(v, MAY))} (${pct(gardensBy(v, MAY), g)}); trong tháng ${amountText(gardens)}`;
      expect(own).toContain(gLine);
    }
  });

  it('gives each village its tasks for next month: the pace still needed from 30/04 to each due day, from the test’s own sums', () => {
    // Days from 30/04 to the due day, both counted: HANG_RAO is due 15/05, VUON_CT at the campaign's end 31/12.
    const paces = (v: (typeof VILLAGES)[number]) => [
      `Trồng hàng rào xanh (m): `,
      paceText((TARGETS.HANG_RAO[v] - fenceBy(v, MAY)) / 16, 'm'),
      ' (hạn 15/05/2023).',
      `Cải tạo vườn (vườn): `,
      paceText((TARGETS.VUON_CT[v] - gardensBy(v, MAY)) / 246, 'vườn'),
      ' (hạn 31/12/2023).',
    ];
    for (const v of VILLAGES) {
      const own = text
        .split('III. KẾT QUẢ VÀ NHIỆM VỤ THÁNG TỚI CỦA TỪNG THÔN')[1]
        .split(`- ${v}:`)[1]
        .split('\n- ')[0];
      const tasks = own.split('  Nhiệm vụ tháng tới:\n')[1];
      const [fenceName, fence, fenceDue, gardenName, garden, gardenDue] = paces(v);
      const lines = tasks.split('\n\n')[0].trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(`^  \\+ ${esc(fenceName)}(Cần|Chậm tiến độ: cần) ${esc(fence)}${esc(fenceDue)}$`),
      );
      expect(lines[1]).toMatch(
        new RegExp(`^  \\+ ${esc(gardenName)}(Cần|Chậm tiến độ: cần) ${esc(garden)}${esc(gardenDue)}$`),
      );
    }
    // Thịnh Bằng reached its model-residential-area criterion: not a task any more.
    expect(text).not.toMatch(/\+ Thịnh Bằng đạt chuẩn/);
    expect(text).toContain(' và nhiệm vụ tháng tới\n');
  });

  it('gives the commune the sums of its villages', () => {
    const month = VILLAGES.reduce((n, v) => n + fenceBy(v, MAY) - fenceBy(v, APRIL), 0);
    const total = VILLAGES.reduce((n, v) => n + fenceBy(v, MAY), 0);
    const target = VILLAGES.reduce((n, v) => n + TARGETS.HANG_RAO[v], 0);
    expect(text).toContain(
      `1. Trồng hàng rào xanh (m): chỉ tiêu ${amountText(target)}; lũy kế ${amountText(total)} (${pct(total, target)}); trong tháng ${amountText(month)}; kế hoạch đến 30/04/2023 `,
    );
    expect(text).toContain(
      '3. Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu: chỉ tiêu Đạt; kết quả Đạt; trong tháng Đạt;',
    );
  });

  it('praises the village on plan with every weekly report on time, criticises those late or missing, naming the weeks', () => {
    const tb = aprilRecord(TB);
    expect(tb.onTime).toHaveLength(4);
    expect(text).toMatch(
      /Biểu dương:\n- Thịnh Bằng: đạt hoặc vượt kế hoạch đến 30\/04\/2023 ở mọi chỉ tiêu \(điểm 100%\); nộp đủ 4\/4 báo cáo tuần đúng hạn\./,
    );
    const bp = aprilRecord(BP);
    const ds = aprilRecord(DS);
    expect([bp.late, bp.missing, ds.missing]).toEqual([
      ['13/04/2023'],
      ['20/04/2023'],
      ['06/04/2023', '13/04/2023'],
    ]);
    const criticised = text.split('Phê bình, nhắc nhở:\n')[1].split('\n\n')[0];
    expect(criticised).toContain(`- ${BP}: `);
    expect(criticised).toContain(
      `không nộp báo cáo 1/4 tuần (hạn ${bp.missing.join(', ')}); nộp trễ hạn 1/4 tuần (hạn ${bp.late.join(', ')})`,
    );
    expect(criticised).toContain(`- ${DS}: `);
    expect(criticised).toContain(`không nộp báo cáo 2/4 tuần (hạn ${ds.missing.join(', ')})`);
    expect(criticised).not.toContain(TB);
    expect(text).toContain(`${BP}: điểm `);
    expect(text).toMatch(
      new RegExp(`${BP}: điểm [\\d,]+%; 2/4 đúng hạn, 1 trễ hạn, 1 chưa nộp; Phê bình\\.`),
    );
  });
});

describe('report-month choosing its month', () => {
  it('without --month reports the month holding the as-of time, to date', async () => {
    const { result, lines } = await run(undefined, 'now', '2023-04-10T08:00');
    expect(result.exitCode).toBe(0);
    expect(lines[0]).toMatch(
      /^✔ report-month: Đã lập báo cáo tháng 04\/2023 \(số liệu tính đến 10\/04\/2023 08:00 \(tháng chưa kết thúc\); 1 kỳ báo cáo tuần/,
    );
  }, 120_000);

  it('gives no tasks for next month in the month the campaign ends', async () => {
    const { result } = await run('12/2023', 'last', '2024-01-02T10:00');
    expect(result.exitCode).toBe(0);
    const text = pageText(fs.readFileSync(path.join(dir, 'last', 'bao-cao-thang.html'), 'utf8'));
    expect(text).toContain('(từ ngày 01/12/2023 đến ngày 31/12/2023)\n');
    expect(text).toContain('III. KẾT QUẢ CỦA TỪNG THÔN');
    expect(text).not.toContain('Nhiệm vụ tháng tới');
  }, 120_000);

  it('refuses a month not begun yet, writing nothing', async () => {
    const { result, lines } = await run('06/2023', 'later');
    expect(result.exitCode).toBe(1);
    expect(lines.join('\n')).toContain(
      'Tháng 06/2023 chưa bắt đầu (bây giờ là 02/05/2023 10:00): hãy chọn tháng này hoặc một tháng đã qua.',
    );
    expect(fs.existsSync(path.join(dir, 'later'))).toBe(false);
  }, 120_000);
});
