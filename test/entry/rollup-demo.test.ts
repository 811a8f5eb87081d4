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

// How the figures were checked: the generated form tab was listed row by row (sheet row, timestamp, Ngày báo cáo,
// amounts) and the lines below summed from that list by hand, then again by a throwaway script that applies
// SPEC §3 on its own (no src/ code); both agreed with the add-on. Rows 28 and 29 (10/04) come after 06/04 14:00 and do not count.
// As of Thứ 5 06/04/2023 14:00: week 06/04 (after 30/03 14:30). HANG_RAO runs 15/03..15/05: n = 62 days,
// e = 15/03..06/04 = 23 days, 06/04..15/05 = 40 days left. The other indicators run 15/03..31/12: n = 292.
describe('the demo, Tuần đến 06/04/2023', () => {
  it('names the week and the as-of time; Hạ Bằng has sent nothing since its row of 29/03', () => {
    expect(rows[1][0]).toBe('Tuần đến 06/04/2023');
    expect(summary).toMatch(/^Đã tổng hợp Tuần đến 06\/04\/2023 \(số liệu đến 06\/04\/2023 14:00\): 4 thôn nộp đúng hạn, 0 trễ hạn, 1 chưa nộp\./);
  });

  it('Thượng Bằng HANG_RAO: 40 (26/03) + 50 (30/03) + 90 m (06/04, this week), behind its 700 m × 23/62', () => {
    expect(close(line('Thượng Bằng', 'HANG_RAO'))).toEqual(close([700, 180, 90, 180 / 700, 700 * (23 / 62), 700 * (23 / 62) - 180, 520 / 40, 'Chậm tiến độ']));
  });

  it('Thịnh Bằng HANG_RAO: 15 + 90 + 75 + 30 (30/03 11:45, no Ngày báo cáo: week 30/03) + 75 m (05/04): ahead', () => {
    expect(close(line('Thịnh Bằng', 'HANG_RAO'))).toEqual(close([600, 285, 75, 285 / 600, 600 * (23 / 62), 0, 315 / 40, 'Đúng tiến độ']));
  });

  it('Toàn xã HANG_RAO: 180 + 225 + 285 + 500 ("0,5 km" of Hạ Bằng) + 0 (Tân Bằng\'s "3.200" is over 150 % of 600 m)', () => {
    expect(close(line('Hạ Bằng', 'HANG_RAO'))).toEqual(close([650, 500, 0, 500 / 650, 650 * (23 / 62), 0, 150 / 40, 'Đúng tiến độ']));
    expect(close(line('Tân Bằng', 'HANG_RAO'))).toEqual(close([600, 0, 0, 0, 600 * (23 / 62), 600 * (23 / 62), 600 / 40, 'Chậm tiến độ']));
    // This week: Thượng Bằng 90, Trung Bằng 110 + 20, Thịnh Bằng 75. On plan at commune level while three villages are behind.
    expect(close(line('Toàn xã', 'HANG_RAO'))).toEqual(close([3200, 1190, 295, 1190 / 3200, 3200 * (23 / 62), 0, 2010 / 40, 'Đúng tiến độ']));
  });

  it('ranks by Điểm: one village praised, one blank, the slow one and the silent one reminded', () => {
    const start = rows.findIndex((r) => r[0] === 'Thôn' && r[1] === 'Báo cáo tuần');
    const table = rows.slice(start + 1, start + 6).map((r) => r.slice(0, 5));
    // Điểm by the throwaway script: Thượng Bằng 0,8693, Trung Bằng 0,9674, Thịnh Bằng 1 (at or above plan on all
    // ten indicators with a plan; KDC_KM has none before 31/12), Hạ Bằng 0,5393, Tân Bằng 0,6345.
    expect(table.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['Thượng Bằng', 'Đúng hạn', 3, ''],
      ['Trung Bằng', 'Đúng hạn', 2, ''],
      ['Thịnh Bằng', 'Đúng hạn', 1, 'Biểu dương'],
      ['Hạ Bằng', 'Chưa nộp', 5, 'Nhắc nhở'],
      ['Tân Bằng', 'Đúng hạn', 4, 'Nhắc nhở'],
    ]);
    expect(table[2][2]).toBe(1);
    // Tân Bằng, 10 indicators with a plan. Counted: VUON_CT 1 ("16/3") + 1 (03/04; its copy 3 minutes later is not
    // added again), VUON_CTR 2 + 4, RAC_THAI running total 1, NUOC_THAI 1, and one each of CUNG_HOA (0,01 km, plan
    // 0,0055), NHA_VS, HO_U_PHAN and NUOC_THAI_HT, all above their plans (under one); DUONG_MR ("30000" km) and
    // HANG_RAO ("3.200" m) are left out, so 0.
    const tan = (2 / (7 * (23 / 62)) + 6 / (23 * (23 / 62)) + 1 / (162 * (23 / 292)) + 1 / (16 * (23 / 292)) + 4) / 10;
    expect(table[4][2] as number).toBeCloseTo(tan, 12);
    expect(table[4][2] as number).toBeCloseTo(0.6345, 4);
  });
});
