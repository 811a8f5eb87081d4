// What each generated submission reports: the work done since the village's last counted report, paced on its target, some typed the Vietnamese way.
import { DEFAULT_SUPPORT_CODE, SUPPORT_COMPARE_CODE } from '../../src/core/rollup/support';
import { formatViNumber } from '../../src/core/vi-format';
import type { Answer, FormRow, PlantedCell } from './form-row';
import { Pace } from './pace';
import type { DemoPlan, PlanIndicator } from './plan-from-workbook';
import type { Rand } from './prng';
import { DAY } from './schedule';

/** Units counted in whole items (docs/validation.md): their amounts are whole numbers. */
const COUNTED = new Set(['vườn', 'hộ', 'cái', 'công trình', 'tuyến']);
/** Share of an indicator's plan a village must have done to report a yes/no criterion as met. */
const MET_AT = 0.85;
/** A part of another indicator: its running total never passes the whole's (the supported 3-bi systems are among all systems). */
const PART_OF: Record<string, string> = { [DEFAULT_SUPPORT_CODE]: SUPPORT_COMPARE_CODE };

/** The smallest amount reported: whole items, 5 m of hedge, 0,01 km of road, else hundredths. */
export function stepOf(unit: string): number {
  const u = unit.trim().toLowerCase();
  if (COUNTED.has(u)) return 1;
  return u === 'm' ? 5 : 0.01;
}

/** `steps` steps of `step` as a number without float residue (0,01 × 7 = 0,07). */
const valueOf = (steps: number, step: number) => (step < 1 ? steps / Math.round(1 / step) : steps * step);

/** As a person types it: mostly a number, a quarter of the time vi-VN text (`1.250`, `0,12`). */
function typed(rand: Rand, n: number): Answer {
  return rand.chance(0.25) ? formatViNumber(n) : n;
}

/** What has been counted so far for one village and indicator. */
interface Track {
  /** Cộng dồn: steps reported and counted; Lũy kế: the last running total reported, in steps. */
  steps: number;
  /** Đạt/Chưa: the last answer given. */
  said?: 'Đạt' | 'Chưa';
}

/** One answer a row is about to give, and what it changes once the row is kept. */
interface Proposal {
  code: string;
  answer: Answer;
  /** What the row compares on for duplicates: the amount, or the text when it is none. */
  compared: number | string;
  planted: boolean;
  commit(): void;
}

export class Amounts {
  private readonly pace: Pace;
  private readonly tracks = new Map<string, Track>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly plan: DemoPlan,
    private readonly rand: Rand,
  ) {
    this.pace = new Pace(plan, rand);
  }

  private track(village: string, code: string): Track {
    const key = `${village}\u0000${code}`;
    let t = this.tracks.get(key);
    if (!t) this.tracks.set(key, (t = { steps: 0 }));
    return t;
  }

  /**
   * Fills `row.answers`. The village reports the difference between where its pace puts it (rounded up to
   * whole steps: an item is finished by the time its pace reaches it) and what it has had counted, so a
   * fraction carries over and an amount a mistake kept out is reported again next time. A running total
   * (`Lũy kế`) is given only when it changed; a yes/no criterion once as `Chưa`, now and then again, and
   * `Đạt` once met. A row that would repeat an earlier one of the same village and day gives no amounts.
   */
  fill(row: FormRow): void {
    const village = row.slot.village;
    const day = (row.slot.reportDay ?? new Date(Math.floor(row.slot.stamp.getTime() / DAY) * DAY)).getTime();
    const counted = row.village === undefined && !row.leftOut;
    const proposals: Proposal[] = [];
    const pending = new Map<string, number>();
    for (const ind of this.plan.indicators) {
      const target = ind.targets[village];
      if (!target) continue;
      const planted = row.planted?.[ind.code];
      const p = planted
        ? this.plantedAnswer(ind, target, village, planted)
        : day < ind.start.getTime()
          ? null
          : this.generated(ind, target, village, day, pending);
      if (p) proposals.push(p);
    }
    const signature = (ps: Proposal[]) =>
      JSON.stringify([village, day, ps.map((p) => `${p.code}=${p.compared}`).sort()]);
    let kept = proposals;
    if (counted && this.seen.has(signature(kept))) kept = proposals.filter((p) => p.planted);
    if (counted && kept.length) this.seen.add(signature(kept));
    for (const p of kept) {
      row.answers[p.code] = p.answer;
      if (counted) p.commit();
    }
  }

  private plantedAnswer(ind: PlanIndicator, target: number, village: string, cell: PlantedCell): Proposal {
    const t = this.track(village, ind.code);
    const step = stepOf(ind.unit);
    const counts =
      cell.amount !== null &&
      ind.kind !== 'Đạt/Chưa' &&
      (ind.kind === 'Lũy kế' ? cell.amount : valueOf(t.steps, step) + cell.amount) <= 1.5 * target;
    const steps = Math.round((cell.amount ?? 0) / step);
    return {
      code: ind.code,
      answer: cell.value,
      compared: cell.amount ?? String(cell.value),
      planted: true,
      commit: () => {
        if (counts) t.steps = ind.kind === 'Lũy kế' ? Math.max(t.steps, steps) : t.steps + steps;
      },
    };
  }

  private generated(
    ind: PlanIndicator,
    target: number,
    village: string,
    day: number,
    pending: Map<string, number>,
  ): Proposal | null {
    const t = this.track(village, ind.code);
    const share = this.pace.share(village, ind, day);
    const skip = this.rand.chance(this.pace.habit(village).skip);
    const proposal = (answer: Answer, compared: number | string, commit: () => void): Proposal | null =>
      skip ? null : { code: ind.code, answer, compared, planted: false, commit };
    if (ind.kind === 'Đạt/Chưa') {
      const said =
        share >= MET_AT
          ? 'Đạt'
          : t.said === undefined || (t.said === 'Chưa' && this.rand.chance(0.1))
            ? 'Chưa'
            : null;
      if (!said || t.said === 'Đạt') return null;
      return proposal(said, said, () => (t.said = said));
    }
    const step = stepOf(ind.unit);
    let due = Math.min(Math.ceil((share * target) / step - 1e-9), Math.ceil(target / step - 1e-9));
    const whole = PART_OF[ind.code];
    const wholeInd = whole && this.plan.indicators.find((i) => i.code === whole && i.targets[village]);
    if (wholeInd) {
      const wholeSteps = pending.get(whole) ?? this.track(village, whole).steps;
      due = Math.min(due, Math.floor(valueOf(wholeSteps, stepOf(wholeInd.unit)) / step + 1e-9));
    }
    if (ind.kind === 'Lũy kế') {
      if (due <= t.steps) return null;
      return proposal(typed(this.rand, valueOf(due, step)), valueOf(due, step), () => (t.steps = due));
    }
    const more = due - t.steps;
    if (more <= 0) return null;
    const p = proposal(typed(this.rand, valueOf(more, step)), valueOf(more, step), () => (t.steps += more));
    if (p) pending.set(ind.code, t.steps + more);
    return p;
  }
}
