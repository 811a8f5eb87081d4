// A hand-made rollup of week 30/03/2023 (three villages, one named with markup) and the counted rows its report reads plans from.
import type { Rollup, RollupLine, VillageScore } from '../../../src/core/rollup';
import type { CountedRow, Day, Instant, Model } from '../../../src/core/types';
import { at, d, indicator, model } from '../rollup/fixtures';

export const TB = 'Thịnh Bằng';
export const BP = 'Bằng <b>Phúc</b>';
export const DS = 'Đông Sơn';

export function handModel(): Model {
  return model(
    [TB, BP, DS],
    [
      indicator(
        'HANG_RAO',
        'Cộng dồn',
        { [TB]: 2000, [BP]: 1200 },
        { name: 'Trồng hàng rào xanh', due: d(15, 5) },
      ),
      indicator(
        'KDC_KM',
        'Đạt/Chưa',
        { [TB]: 1 },
        { name: 'Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu', unit: 'đạt/chưa', due: d(15, 5) },
      ),
      indicator(
        'NUOC_THAI_HT',
        'Cộng dồn',
        { [TB]: 5, [BP]: 3 },
        { name: 'Hộ chính sách xây hệ thống 3 bi', unit: 'hộ' },
      ),
    ],
  );
}

function line(
  village: string,
  code: string,
  name: string,
  unit: string,
  kind: RollupLine['kind'],
  f: Partial<RollupLine>,
): RollupLine {
  return {
    village,
    code,
    name,
    unit,
    kind,
    target: 0,
    cumulative: 0,
    thisWeek: 0,
    ratio: 0,
    planned: 0,
    backlog: 0,
    perDay: null,
    status: 'Đúng tiến độ',
    ...f,
  };
}
const HR = (v: string, f: Partial<RollupLine>) =>
  line(v, 'HANG_RAO', 'Trồng hàng rào xanh', 'm', 'Cộng dồn', f);
const KDC = (v: string, f: Partial<RollupLine>) =>
  line(v, 'KDC_KM', 'Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu', 'đạt/chưa', 'Đạt/Chưa', f);
const HT = (v: string, f: Partial<RollupLine>) =>
  line(v, 'NUOC_THAI_HT', 'Hộ chính sách xây hệ thống 3 bi', 'hộ', 'Cộng dồn', f);

function score(
  village: string,
  weekReport: VillageScore['weekReport'],
  s: number,
  rank: number,
  verdict: VillageScore['verdict'],
): VillageScore {
  return { village, weekReport, score: s, tieScore: s, rank, verdict };
}

/** Figures typed by hand (not computed by the rollup): the report must show them as given. */
export function handRollup(): Rollup {
  return {
    communeName: 'Sơn Bằng',
    timeZone: 'Asia/Ho_Chi_Minh',
    week: d(30, 3),
    reason: 'just-closed',
    weekDeadline: at(30, 3, 14, 30),
    asOf: at(30, 3, 16, 5),
    today: d(30, 3),
    inCampaign: true,
    campaign: { start: d(15, 3), end: d(31, 12) },
    lines: [
      HR(TB, {
        target: 2000,
        cumulative: 1211.5,
        thisWeek: 320,
        ratio: 0.60575,
        planned: 516.1,
        backlog: 0,
        perDay: 16.8,
        status: 'Đúng tiến độ',
      }),
      KDC(TB, {
        target: 1,
        cumulative: 0,
        ratio: 0,
        planned: 0,
        backlog: 0,
        perDay: null,
        status: 'Đúng tiến độ',
      }),
      HT(TB, {
        target: 5,
        cumulative: 3,
        thisWeek: 1,
        ratio: 0.6,
        planned: 0.3,
        backlog: 0,
        perDay: 0.0072,
        status: 'Đúng tiến độ',
      }),
      HR(BP, {
        target: 1200,
        cumulative: 200,
        thisWeek: 0,
        ratio: 1 / 6,
        planned: 309.677,
        backlog: 109.677,
        perDay: 21.2766,
        status: 'Chậm tiến độ',
      }),
      HT(BP, {
        target: 3,
        cumulative: 0,
        thisWeek: 0,
        ratio: 0,
        planned: 0.164,
        backlog: 0.164,
        perDay: 0.0108,
        status: 'Chậm tiến độ',
      }),
    ],
    communeLines: [
      HR('Toàn xã', {
        target: 3200,
        cumulative: 1411.5,
        thisWeek: 320,
        ratio: 1411.5 / 3200,
        planned: 825.777,
        backlog: 0,
        perDay: 38.053,
        status: 'Đúng tiến độ',
      }),
      KDC('Toàn xã', { target: 1, cumulative: 0, ratio: 0, planned: 0, backlog: 0, status: 'Đúng tiến độ' }),
      HT('Toàn xã', {
        target: 8,
        cumulative: 3,
        thisWeek: 1,
        ratio: 0.375,
        planned: 0.464,
        backlog: 0,
        perDay: 0.018,
        status: 'Đúng tiến độ',
      }),
    ],
    scores: [
      score(TB, 'Đúng hạn', 1, 1, 'Biểu dương'),
      score(BP, 'Trễ hạn', 0.5, 3, 'Nhắc nhở'),
      score(DS, 'Chưa nộp', 1, 2, 'Nhắc nhở'),
    ],
    support: {
      present: true,
      code: 'NUOC_THAI_HT',
      name: 'Hộ chính sách xây hệ thống 3 bi',
      unit: 'hộ',
      amountPerHousehold: 1_000_000,
      compared: false,
      lines: [
        { village: TB, eligible: 5, households: 3, amount: 3_000_000, built: null, unclaimed: null },
        { village: BP, eligible: 3, households: 0, amount: 0, built: null, unclaimed: null },
      ],
      total: {
        village: 'Toàn xã',
        eligible: 8,
        households: 3,
        amount: 3_000_000,
        built: null,
        unclaimed: null,
      },
    },
  };
}

let nextRow = 2;
/** A counted row of `village` sent at `timestamp`, placed in `week`, with its `Kế hoạch tuần tới`. */
export function planRow(village: string, timestamp: Instant, week: Day, plan: string): CountedRow {
  return {
    tab: 'Báo cáo',
    row: nextRow++,
    village,
    day: week,
    timestamp,
    week,
    onTime: true,
    amounts: {},
    nextWeekPlan: plan,
  };
}

/** Rows of Thịnh Bằng and Bằng Phúc: duplicates, a later-week row, a row after T, a blank plan. */
export function handRows(): CountedRow[] {
  return [
    planRow(TB, at(27, 3, 8, 0), d(30, 3), 'Trồng 300 m hàng rào xanh ở xóm Trên'),
    planRow(TB, at(29, 3, 9, 0), d(30, 3), 'Hoàn thiện hồ sơ KDC kiểu mẫu\nhọp dân ngày 02/4'),
    planRow(TB, at(29, 3, 17, 0), d(30, 3), '  trồng 300 m  hàng rào xanh ở xóm trên '),
    planRow(TB, at(23, 3, 8, 0), d(23, 3), 'Kế hoạch của tuần trước'),
    planRow(TB, at(30, 3, 16, 30), d(30, 3), 'Gửi sau thời điểm lập báo cáo'),
    planRow(BP, at(30, 3, 15, 0), d(30, 3), 'Vận động <script>alert(1)</script> & "hộ" chính sách'),
    planRow(BP, at(30, 3, 15, 10), d(30, 3), '   '),
  ];
}
