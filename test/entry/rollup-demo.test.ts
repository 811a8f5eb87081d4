// The demo's rollup (set-up's example plan, the seeded messy form answers, as of 06/04/2023 14:00), checked by hand once and pinned.
import { buildDemoWorkbook, DEMO_AS_OF } from '../../local/demo/run-demo';
import { parseAsOf } from '../../local/runner/args';
import { openSession } from '../../local/runner/session';
import { wallToInstant } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';

const ZONE = 'Asia/Ho_Chi_Minh';
type Cell = string | number | boolean | Date;
let rows: Cell[][];
let summary: string;

beforeAll(() => {
  ensureBuilt();
  const { workbook } = buildDemoWorkbook();
  const session = openSession({ workbook, timeZone: ZONE, now: wallToInstant(parseAsOf(DEMO_AS_OF)!, ZONE).getTime() });
  const report = session.run('rollup');
  expect(report.ok).toBe(true);
  summary = report.summary;
  rows = session.runtime.spreadsheet.getSheetByName('Tổng hợp')!.getDataRange().getValues() as Cell[][];
});

const line = (village: string, code: string) => {
  const found = rows.find((r) => r[0] === village && r[1] === code);
  if (!found) throw new Error(`no line ${village} ${code}`);
  return found.slice(4, 12);
};
const close = (values: Cell[]) => values.map((v) => (typeof v === 'number' ? Number(v.toFixed(10)) : v));

// As of Thứ 5 06/04/2023 14:00: week 06/04 (after 30/03 14:30). HANG_RAO runs 15/03..15/05: n = 62 days,
// e = 15/03..06/04 = 23 days, 06/04..15/05 = 40 days left. The counted form rows are listed by village below.
describe('the demo, Tuần đến 06/04/2023', () => {
  it('names the week and the as-of time', () => {
    expect(rows[1][0]).toBe('Tuần đến 06/04/2023');
    expect(summary).toMatch(/^Đã tổng hợp Tuần đến 06\/04\/2023 \(số liệu đến 06\/04\/2023 14:00\): 4 thôn nộp đúng hạn, 0 trễ hạn, 1 chưa nộp\./);
  });

  it('Thịnh Bằng HANG_RAO: 5 + 120 + 20 m; the "3.200" of 05/04 is over 150 % of 600 m and left out', () => {
    expect(close(line('Thịnh Bằng', 'HANG_RAO'))).toEqual(close([600, 145, 0, 145 / 600, 600 * (23 / 62), 600 * (23 / 62) - 145, 455 / 40, 'Chậm tiến độ']));
  });

  it('Thượng Bằng HANG_RAO: 10 + 60 + 50 + "0,5 km" (500 m) + 95 m this week: done', () => {
    expect(close(line('Thượng Bằng', 'HANG_RAO'))).toEqual(close([700, 715, 95, 715 / 700, 700 * (23 / 62), 0, 0, 'Hoàn thành']));
  });

  it('Toàn xã HANG_RAO: 715 + 235 + 145 + 90 + 225 m, on plan at commune level while three villages are behind', () => {
    expect(close(line('Toàn xã', 'HANG_RAO'))).toEqual(close([3200, 1410, 275, 1410 / 3200, 3200 * (23 / 62), 0, 1790 / 40, 'Đúng tiến độ']));
    expect(line('Hạ Bằng', 'HANG_RAO')[7]).toBe('Chậm tiến độ');
  });

  it('ranks by Điểm; Hạ Bằng has sent nothing this week', () => {
    const start = rows.findIndex((r) => r[0] === 'Thôn' && r[1] === 'Báo cáo tuần');
    const table = rows.slice(start + 1, start + 6).map((r) => r.slice(0, 5));
    expect(table.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['Thượng Bằng', 'Đúng hạn', 2, 'Nhắc nhở'],
      ['Trung Bằng', 'Đúng hạn', 1, 'Nhắc nhở'],
      ['Thịnh Bằng', 'Đúng hạn', 3, 'Nhắc nhở'],
      ['Hạ Bằng', 'Chưa nộp', 5, 'Nhắc nhở'],
      ['Tân Bằng', 'Đúng hạn', 4, 'Nhắc nhở'],
    ]);
    // Hạ Bằng: 10 indicators with a plan; only VUON_CTR (1 + 1 of 23 vườn by 15/05), HANG_RAO (90 of 650 m)
    // and RAC_THAI (running total 4 of 168 hộ, 15/03..31/12 = 292 days) score above 0; "30000" km is left out.
    const ha = (2 / (23 * (23 / 62)) + 90 / (650 * (23 / 62)) + 4 / (168 * (23 / 292))) / 10;
    expect(table[3][2] as number).toBeCloseTo(ha, 12);
  });
});
