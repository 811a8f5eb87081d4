// The demo's rollup (set-up's example plan, the seeded messy answers submitted through the form, as of 06/04/2023 14:00), checked by hand once and pinned.
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
  const { workbook, formFile } = buildDemoWorkbook();
  const { forms, documentProperties } = JSON.parse(formFile!).state;
  const session = openSession({
    workbook,
    timeZone: ZONE,
    now: wallToInstant(parseAsOf(DEMO_AS_OF)!, ZONE).getTime(),
    runtime: { forms, documentProperties },
  });
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

// How the figures were checked: the answers tab the form made was listed row by row (sheet row, timestamp, Ngày báo
// cáo, amounts) and the lines below summed from that list by hand. Rows 28 and 29 (10/04) come after 06/04 14:00 and do
// not count; row 11 (Thịnh Bằng, Ngày báo cáo 25/03 after its sending day 23/03) is left out whole; row 17 repeats row
// 16 three minutes later and is not added again. The form stores each short answer as if typed into the sheet, so
// "1,5" (Thượng Bằng, 30/03) is 1,5 m and "3.200" (Tân Bằng, 21/03) is 3200 m, over 150 % of 600 m and left out.
// As of Thứ 5 06/04/2023 14:00: week 06/04 (after 30/03 14:30). HANG_RAO, VUON_CT, VUON_CTR run 15/03..15/05: n = 62 days,
// e = 15/03..06/04 = 23 days, 40 days left. The other indicators run 15/03..31/12: n = 292.
describe('the demo, Tuần đến 06/04/2023', () => {
  it('names the week and the as-of time; Hạ Bằng has sent nothing since its row of 29/03', () => {
    expect(rows[1][0]).toBe('Tuần đến 06/04/2023');
    expect(summary).toMatch(
      /^Đã tổng hợp Tuần đến 06\/04\/2023 \(số liệu đến 06\/04\/2023 14:00\): 4 thôn nộp đúng hạn, 0 trễ hạn, 1 chưa nộp\./,
    );
  });

  it('Thượng Bằng HANG_RAO: 40 (26/03) + 1,5 ("1,5", 30/03) + 140 m (06/04, this week), behind its 700 m × 23/62', () => {
    expect(close(line('Thượng Bằng', 'HANG_RAO'))).toEqual(
      close([
        700,
        181.5,
        140,
        181.5 / 700,
        700 * (23 / 62),
        700 * (23 / 62) - 181.5,
        518.5 / 40,
        'Chậm tiến độ',
      ]),
    );
  });

  it('Thịnh Bằng HANG_RAO: 15 + 170 (28/03; not its repeat) + 25 (30/03 11:45, no Ngày báo cáo: week 30/03) + 70 m (05/04): ahead', () => {
    expect(close(line('Thịnh Bằng', 'HANG_RAO'))).toEqual(
      close([600, 280, 70, 280 / 600, 600 * (23 / 62), 0, 320 / 40, 'Đúng tiến độ']),
    );
  });

  it('Toàn xã HANG_RAO: 181,5 + 240 + 280 + 500 ("0,5 km" of Hạ Bằng) + 155 (Tân Bằng without its "3.200")', () => {
    expect(close(line('Hạ Bằng', 'HANG_RAO'))).toEqual(
      close([650, 500, 0, 500 / 650, 650 * (23 / 62), 0, 150 / 40, 'Đúng tiến độ']),
    );
    // Tân Bằng: 15 + 40 + 55 + 40 + 5; this week 40 (03/04) + 5 (05/04).
    expect(close(line('Tân Bằng', 'HANG_RAO'))).toEqual(
      close([600, 155, 45, 155 / 600, 600 * (23 / 62), 600 * (23 / 62) - 155, 445 / 40, 'Chậm tiến độ']),
    );
    // Trung Bằng: 15 + 85 + 115 + 25, this week 115 + 25; 1,13 m short of its plan.
    expect(close(line('Trung Bằng', 'HANG_RAO'))).toEqual(
      close([650, 240, 140, 240 / 650, 650 * (23 / 62), 650 * (23 / 62) - 240, 410 / 40, 'Chậm tiến độ']),
    );
    // This week: Thượng Bằng 140, Trung Bằng 140, Thịnh Bằng 70, Tân Bằng 45. On plan at commune level.
    expect(close(line('Toàn xã', 'HANG_RAO'))).toEqual(
      close([3200, 1356.5, 395, 1356.5 / 3200, 3200 * (23 / 62), 0, 1843.5 / 40, 'Đúng tiến độ']),
    );
  });

  it('ranks by Điểm: one village praised, two blank, the slow one and the silent one reminded', () => {
    const start = rows.findIndex((r) => r[0] === 'Thôn' && r[1] === 'Báo cáo tuần');
    const table = rows.slice(start + 1, start + 6).map((r) => r.slice(0, 5));
    // Điểm by hand (the mean over the ten indicators with a plan, each done ÷ plan to date, at most 1; KDC_KM has
    // none before 31/12): Thịnh Bằng 1, Trung Bằng 0,9579, Thượng Bằng 0,9454, Tân Bằng 0,7200, Hạ Bằng 0,6369.
    expect(table.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['Thượng Bằng', 'Đúng hạn', 3, ''],
      ['Trung Bằng', 'Đúng hạn', 2, ''],
      ['Thịnh Bằng', 'Đúng hạn', 1, 'Biểu dương'],
      ['Hạ Bằng', 'Chưa nộp', 5, 'Nhắc nhở'],
      ['Tân Bằng', 'Đúng hạn', 4, 'Nhắc nhở'],
    ]);
    expect(table[2][2]).toBe(1);
    // Tân Bằng counted: VUON_CT 1 + 1, VUON_CTR 2, HANG_RAO 155, RAC_THAI latest running total 9 (05/04; its "1" of
    // 22/03, below the 3 of 21/03, is only warned about), NUOC_THAI 1, and one each of CUNG_HOA (0,01 km, plan
    // 0,0055), NHA_VS, HO_U_PHAN and NUOC_THAI_HT, above their plans (under one); no DUONG_MR, so 0.
    const tan =
      (2 / (7 * (23 / 62)) +
        2 / (23 * (23 / 62)) +
        155 / (600 * (23 / 62)) +
        9 / (162 * (23 / 292)) +
        1 / (16 * (23 / 292)) +
        4) /
      10;
    expect(table[4][2] as number).toBeCloseTo(tan, 12);
    expect(table[4][2] as number).toBeCloseTo(0.72, 4);
    // Hạ Bằng, nothing since 29/03: DUONG_MR 0,01 km, VUON_CT 1, HANG_RAO 500 (at most 1), RAC_THAI 4, NUOC_THAI 1,
    // NHA_VS, HO_U_PHAN and NUOC_THAI_HT 1 each (at most 1); no VUON_CTR nor CUNG_HOA.
    const ha =
      (0.01 / (0.13 * (23 / 292)) +
        1 / (7 * (23 / 62)) +
        1 +
        4 / (168 * (23 / 292)) +
        1 / (18 * (23 / 292)) +
        3) /
      10;
    expect(table[3][2] as number).toBeCloseTo(ha, 12);
  });
});
