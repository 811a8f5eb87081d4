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
  };
}

function amountLine(l: RollupLine, due: string): VillageLine {
  const pace = l.perDay === null ? '' : paceText(l.perDay, l.unit);
  const behind = l.status === 'Chậm tiến độ';
  const nextWeek =
    l.status === 'Hoàn thành' || pace === ''
      ? 'Đã hoàn thành'
      : `${behind ? 'Chậm tiến độ: cần' : 'Cần'} ${pace}${due ? ` (hạn ${due})` : ''}`;
  return {
    name: l.name,
    unit: l.unit,
    target: amountText(l.target),
    result: `${amountText(l.cumulative)} (${percentText(l.ratio)})`,
    nextWeek,
    behind,
  };
}

/** One entry per village of `Thôn`, in order: a line per indicator it was given (in `Chỉ tiêu` order), and its plans. */
export function villageSection(model: Model, rollup: Rollup, rows: readonly CountedRow[]): VillagePlan[] {
  const indicators = new Map<string, Indicator>(model.indicators.map((i) => [i.code, i] as const));
  const dueOf = (l: RollupLine) => {
    const i = indicators.get(l.code);
    return i ? formatDay(i.due) : '';
  };
  return model.villages.map((v) => ({
    village: v.name,
    plans: villagePlans(rows, v.name, rollup),
    lines: rollup.lines
      .filter((l) => l.village === v.name)
      .map((l) => (l.kind === 'Đạt/Chưa' ? yesNoLine(l, dueOf(l)) : amountLine(l, dueOf(l)))),
  }));
}
