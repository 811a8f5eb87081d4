// The demo's amounts on a flat random source (every draw the middle of its range), so each figure is worked out by hand below.
import { Amounts, stepOf } from '../../../local/demo/amounts';
import type { FormRow, PlantedCell } from '../../../local/demo/form-row';
import type { DemoPlan, PlanIndicator } from '../../../local/demo/plan-from-workbook';
import type { Rand } from '../../../local/demo/prng';

/** Every draw in the middle: between(lo, hi) = (lo + hi) / 2, chance(p) = p > 0,5, int(0, 3) = 2. */
const flat: Rand = {
  next: () => 0.5,
  between: (lo, hi) => (lo + hi) / 2,
  int: (lo, hi) => lo + Math.floor(0.5 * (hi - lo + 1)),
  chance: (p) => 0.5 < p,
  pick: (items) => items[Math.floor(items.length / 2)],
};

const day = (d: number) => new Date(Date.UTC(2023, 2, d));
const START = day(1);
const DUE = day(31); // n = 31 days
const indicator = (
  code: string,
  unit: string,
  kind: PlanIndicator['kind'],
  target: number,
): PlanIndicator => ({
  code,
  name: code,
  unit,
  kind,
  targets: { 'Thôn A': target, 'Thôn C': target },
  start: START,
  due: DUE,
});
// Village order gives the habit: the first village keeps pace 1,08 and starts 2 days late (int(0, 3) on the flat source);
// the third keeps pace 1,3 from the first day. Plan to date of a target T on day e: T × e / 31.
const plan: DemoPlan = {
  villages: ['Thôn A', 'Thôn B', 'Thôn C'].map((name) => ({ name, email: `${name}@x.vn` })),
  indicators: [
    indicator('DUONG_MR', 'km', 'Cộng dồn', 0.31),
    indicator('HANG_RAO', 'm', 'Cộng dồn', 310),
    indicator('RAC_THAI', 'hộ', 'Lũy kế', 93),
    indicator('NUOC_THAI', 'hộ', 'Cộng dồn', 31),
    indicator('KDC_KM', 'đạt/chưa', 'Đạt/Chưa', 1),
    indicator('NUOC_THAI_HT', 'hộ', 'Cộng dồn', 62),
  ],
  start: START,
  end: DUE,
};

function row(village: string, d: number, hour: number, extra: Partial<FormRow> = {}): FormRow {
  const stamp = new Date(day(d).getTime() + hour * 3_600_000);
  return {
    slot: { village, email: '', stamp, reportDay: day(d) },
    answers: {},
    photo: '',
    note: '',
    plan: '',
    ...extra,
  };
}

function filled(rows: FormRow[]): FormRow['answers'][] {
  const amounts = new Amounts(plan, flat);
  rows.forEach((r) => amounts.fill(r));
  return rows.map((r) => r.answers);
}

describe('the smallest amount reported', () => {
  it('is a whole item for counted units, 5 m, and 0,01 km or of any other unit', () => {
    expect(['vườn', 'hộ', 'cái', 'công trình', 'tuyến', 'Hộ '].map(stepOf)).toEqual([1, 1, 1, 1, 1, 1]);
    expect([stepOf('m'), stepOf('km'), stepOf('tấn')]).toEqual([5, 0.01, 0.01]);
  });
});

describe('a village ahead of plan (pace 1,3)', () => {
  const refused: PlantedCell = { value: '3.200', amount: 3200 };
  const answers = filled([
    row('Thôn C', 1, 18),
    row('Thôn C', 3, 18),
    row('Thôn C', 5, 18, { planted: { HANG_RAO: refused } }),
    row('Thôn C', 7, 9),
    row('Thôn C', 7, 18),
    row('Thôn C', 21, 18),
  ]);

  it('reports where its pace puts it, rounded up to whole steps, less what was counted before', () => {
    // Day 1: 1,3/31 of each target. DUONG_MR 0,013 km → 0,02; HANG_RAO 13 m → 15; RAC_THAI 3,9 → 4 (a running total);
    // NUOC_THAI 1,3 → 2; NUOC_THAI_HT 2,6 → 3, but no more than the 2 systems built; KDC_KM not met yet.
    expect(answers[0]).toEqual({
      DUONG_MR: 0.02,
      HANG_RAO: 15,
      RAC_THAI: 4,
      NUOC_THAI: 2,
      KDC_KM: 'Chưa',
      NUOC_THAI_HT: 2,
    });
    // Day 3: 0,039 km → 0,04 (+0,02); 39 m → 40 (+25); 11,7 → 12; 3,9 → 4 (+2); NUOC_THAI_HT 7,8 → 8, held at 4 (+2).
    expect(answers[1]).toEqual({ DUONG_MR: 0.02, HANG_RAO: 25, RAC_THAI: 12, NUOC_THAI: 2, NUOC_THAI_HT: 2 });
  });

  it('reports again, next time, the work a refused cell kept out', () => {
    // Day 5: "3.200" m would pass 150 % of 310 m, so it is not counted: the 40 m counted so far stay.
    expect(answers[2]).toEqual({
      DUONG_MR: 0.03,
      HANG_RAO: '3.200',
      RAC_THAI: 20,
      NUOC_THAI: 3,
      NUOC_THAI_HT: 3,
    });
    // Day 7: 91 m → 95, less the 40 counted: 55 m, the days 3 to 7 together.
    expect(answers[3]).toEqual({ DUONG_MR: 0.03, HANG_RAO: 55, RAC_THAI: 28, NUOC_THAI: 3, NUOC_THAI_HT: 3 });
  });

  it('gives nothing in a second row of the same day: no amount moved, the running total did not change', () => {
    expect(answers[4]).toEqual({});
  });

  it('reports the yes/no criterion met once its pace has done 85 % of the plan (1,3 × 21 / 31 = 0,88)', () => {
    // Day 21: 0,273 km → 0,28 (+0,18); 273 m → 275 (+180); 81,9 → 82; 27,3 → 28 (+18); NUOC_THAI_HT held at 28 (+18).
    expect(answers[5]).toEqual({
      DUONG_MR: 0.18,
      HANG_RAO: 180,
      RAC_THAI: 82,
      NUOC_THAI: 18,
      KDC_KM: 'Đạt',
      NUOC_THAI_HT: 18,
    });
  });
});

describe('a row that is not counted at all', () => {
  it("(an unknown village written in it) leaves its work to the village's next report", () => {
    const answers = filled([
      row('Thôn C', 21, 18),
      row('Thôn C', 23, 18, { village: 'Thôn Mới' }),
      row('Thôn C', 24, 18),
    ]);
    // HANG_RAO: 275 m by day 21; day 23: 299 → 300 (+25), not counted; day 24: 312, but never above the 310 m target: +35 from 275.
    expect([answers[1].HANG_RAO, answers[2].HANG_RAO]).toEqual([25, 35]);
    // RAC_THAI: 82 counted by day 21; the uncounted row says 90 (89,7); day 24 says 93 (93,6, but never above the target).
    expect([answers[0].RAC_THAI, answers[1].RAC_THAI, answers[2].RAC_THAI]).toEqual([82, 90, 93]);
  });
});

describe('a village that starts late (pace 1,08, 2 days after Bắt đầu)', () => {
  it('reports nothing before it starts, then its pace on the days worked', () => {
    const answers = filled([row('Thôn A', 2, 18), row('Thôn A', 4, 18)]);
    expect(answers[0]).toEqual({ KDC_KM: 'Chưa' });
    // Day 4, 2 days worked: 1,08 × 2 / 31 of each target. 0,0216 km → 0,03; 21,6 m → 25; 6,48 → 7; 2,16 → 3; 4,32 → 5, held at 3.
    expect(answers[1]).toEqual({ DUONG_MR: 0.03, HANG_RAO: 25, RAC_THAI: 7, NUOC_THAI: 3, NUOC_THAI_HT: 3 });
  });
});
