// Section IV of the weekly report, per village as communes write it: Chỉ tiêu giao | Kết quả | Kế hoạch tuần tới, then the village's own plan.
import type { Rollup, RollupLine } from '../rollup/rollup-types';
import type { CountedRow, Indicator, Model } from '../types';
import { formatDay } from '../zone';
import { villagePlans } from './plan-section';
import { paceText } from './pace';
import { amountText, percentText } from './report-format';
import type { VillageLine, VillagePlan } from './report-types';

function yesNoLine(l: RollupLine, due: string): VillageLine {
  const done = l.cumulative >= 1;
  const nextWeek = done
    ? 'Đã đạt'
    : l.status === 'Chậm tiến độ'
      ? `Chậm: phải đạt ngay${due ? ` (hạn ${due})` : ''}`
      : `Phấn đấu đạt${due ? ` (hạn ${due})` : ''}`;
  return {
    name: l.name,
    unit: '',
    target: 'Đạt',
    result: done ? 'Đạt' : 'Chưa đạt',
    nextWeek,
    behind: l.status === 'Chậm tiến độ',
    finished: done,
  };
}

function amountLine(l: RollupLine, due: string): VillageLine {
  const pace = l.perDay === null ? '' : paceText(l.perDay, l.unit);
  const behind = l.status === 'Chậm tiến độ';
  const finished = l.status === 'Hoàn thành' || pace === '';
  const nextWeek = finished
    ? 'Đã hoàn thành'
    : `${behind ? 'Chậm tiến độ: cần' : 'Cần'} ${pace}${due ? ` (hạn ${due})` : ''}`;
  return {
    name: l.name,
    unit: l.unit,
    target: amountText(l.target),
    result: `${amountText(l.cumulative)} (${percentText(l.ratio)})`,
    nextWeek,
    behind,
    finished,
  };
}

/** Per village of `Thôn`, a line per indicator it was given (in `Chỉ tiêu` order): target, result, and the pace still needed. */
export function villageLines(model: Model, rollup: Rollup): Map<string, VillageLine[]> {
  const indicators = new Map<string, Indicator>(model.indicators.map((i) => [i.code, i] as const));
  const dueOf = (l: RollupLine) => {
    const i = indicators.get(l.code);
    return i ? formatDay(i.due) : '';
  };
  const out = new Map<string, VillageLine[]>(model.villages.map((v) => [v.name, []]));
  for (const l of rollup.lines)
    out.get(l.village)?.push(l.kind === 'Đạt/Chưa' ? yesNoLine(l, dueOf(l)) : amountLine(l, dueOf(l)));
  return out;
}

/** One entry per village of `Thôn`, in order: a line per indicator it was given (in `Chỉ tiêu` order), and its plans. */
export function villageSection(model: Model, rollup: Rollup, rows: readonly CountedRow[]): VillagePlan[] {
  const lines = villageLines(model, rollup);
  return model.villages.map((v) => ({
    village: v.name,
    plans: villagePlans(rows, v.name, rollup),
    lines: lines.get(v.name) ?? [],
  }));
}
