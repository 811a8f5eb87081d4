// The province demo's communes (docs/scale.md): the seed's plan given to 60 communes, targets scaled, paces varied, some late.
import { seedPlan } from '../../src/core/contract/seed-plan';
import { COMMUNE_ROW_NAME } from '../../src/core/contract/vocabulary';
import { EXPORT_SCHEMA_VERSION, type CsvValue } from '../../src/core/export';
import { addDays, dayFromYmd, formatIsoDay } from '../../src/core/zone';
import type { Day } from '../../src/core/types';
import { seeded } from './prng';

export interface DemoCommune {
  name: string;
  /** Export rows in schema order, village lines then Toàn xã lines per week. */
  rows: CsvValue[][];
  /** Weeks (ISO) it has no lines for, among the province's weeks. */
  missing: string[];
}

const FIRST = ['Sơn', 'Thanh', 'Hòa', 'Tân', 'Phú', 'An', 'Bình', 'Đông', 'Tây', 'Nam', 'Xuân', 'Hưng'];
const SECOND = ['Bằng', 'Lộc', 'Thịnh', 'Phong'];
const START = dayFromYmd(2023, 3, 15);
const END = dayFromYmd(2023, 12, 31);
/** Deadlines (Thursdays) of the demo's weeks: 16/03/2023 and the 11 after. */
export const DEMO_WEEKS: Day[] = Array.from({ length: 12 }, (_, k) =>
  addDays(dayFromYmd(2023, 3, 16), 7 * k),
);

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const placesOf = (unit: string) => (unit === 'km' ? 3 : unit === 'm' ? 1 : 0);

function status(cum: number, target: number, plan: number): string {
  if (cum >= target) return 'Hoàn thành';
  return cum >= plan ? 'Đúng tiến độ' : 'Chậm tiến độ';
}

/** `count` communes from `seed`: same villages and indicators as the seed's plan, each with its own scale and pace. */
export function provinceCommunes(count = 60, seed = 2025): DemoCommune[] {
  const rand = seeded(seed);
  const plan = seedPlan();
  const names = FIRST.flatMap((a) => SECOND.map((b) => `${a} ${b}`));
  return Array.from({ length: count }, (_, k) => {
    const name =
      k < names.length ? names[k] : `${names[k % names.length]} ${Math.floor(k / names.length) + 1}`;
    const scale = rand.between(0.6, 1.6);
    const pace = rand.between(0.45, 1.3);
    // Every seventh commune stops 1 to 3 weeks before the end; every eleventh skips one week in the middle.
    const stopAt = k % 7 === 3 ? DEMO_WEEKS.length - rand.int(1, 3) : DEMO_WEEKS.length;
    const skip = k % 11 === 5 ? rand.int(3, 7) : -1;
    const villagePace = plan.villages.map(() => pace * rand.between(0.8, 1.2));
    const lines = plan.indicators.flatMap((ind) =>
      plan.villages
        .map((v, vi) => ({ v, vi, t: ind.targets[vi] }))
        .filter((x) => x.t > 0)
        .map(({ v, vi, t }) => {
          const places = placesOf(ind.unit);
          const target = ind.kind === 'Đạt/Chưa' ? 1 : Math.max(10 ** -places, round(t * scale, places));
          return { ind, village: v.name, target, pace: villagePace[vi], places, cum: 0 };
        }),
    );
    const rows: CsvValue[][] = [];
    const missing: string[] = [];
    DEMO_WEEKS.forEach((week, w) => {
      const reported = w < stopAt && w !== skip;
      if (!reported) missing.push(formatIsoDay(week));
      const totals = new Map<string, number[]>();
      for (const l of lines) {
        const due = l.ind.due ?? END;
        const share = Math.min(1, (week - START + 1) / (due - START + 1));
        const planned = round(l.target * share, l.places + 2);
        const reach =
          l.ind.kind === 'Đạt/Chưa'
            ? share * l.pace > 0.5
              ? 1
              : 0
            : round(Math.min(l.target, planned * l.pace), l.places);
        const before = l.cum;
        l.cum = Math.max(l.cum, reach);
        if (!reported) continue;
        const figures = [
          l.target,
          l.cum,
          round(l.cum - before, l.places),
          planned,
          round(Math.max(0, planned - l.cum), l.places + 2),
        ];
        rows.push(row(name, week, l.village, l.ind, figures, status(l.cum, l.target, planned)));
        const sum = totals.get(l.ind.code) ?? [0, 0, 0, 0, 0];
        totals.set(
          l.ind.code,
          sum.map((s, i) => s + figures[i]),
        );
      }
      if (!reported) return;
      for (const ind of plan.indicators) {
        const t = totals.get(ind.code);
        if (t) rows.push(row(name, week, COMMUNE_ROW_NAME, ind, t, status(t[1], t[0], t[3])));
      }
    });
    return { name, rows, missing };
  });
}

function row(
  commune: string,
  week: Day,
  village: string,
  ind: { code: string; name: string; unit: string },
  f: number[],
  state: string,
): CsvValue[] {
  return [
    EXPORT_SCHEMA_VERSION,
    commune,
    formatIsoDay(week),
    village,
    ind.code,
    ind.name,
    ind.unit,
    ...f,
    state,
    null,
    null,
  ];
}
