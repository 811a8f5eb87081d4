// The six NTM_ custom functions (docs/functions.md) as element computations over the rollup and weeks core.
// Every formula is the core's own (plannedToDate, backlog, perDayFor, progress, weekOfInstant), none copied.
// NTM_PLANNED, NTM_BACKLOG and NTM_PER_DAY take an optional last `kind` (`Loại`), so a `Đạt/Chưa` line gives the rollup's figures too.
import { errorText } from '../error-text';
import { isLengthUnit, parseAmount } from '../amount';
import { DEFAULT_DEADLINE_TEXT } from '../contract/settings-params';
import { DEFAULT_KIND } from '../contract/vocabulary';
import { parseDeadlineRule } from '../model/deadline-rule';
import { backlog, perDayFor, plannedToDate, progress } from '../rollup';
import type { CellValue, Day, DeadlineRule, IndicatorKind, Parsed } from '../types';
import { deadlineInstant, weekOfInstant } from '../weeks';
import { formatViNumber } from '../vi-format';
import { quote } from '../vi-number';
import { formatDay } from '../zone';
import {
  commonUnit,
  inUnit,
  readCount,
  readDay,
  readDeadline,
  readInstant,
  readKind,
  readQuantity,
  readUnit,
  type Quantity,
} from './read-inputs';
import { defineFunction, ElementProblem, type FunctionDef, type ParamDef } from './run-function';

const asIs = (v: CellValue): Parsed<CellValue> => ({ ok: true, value: v });
const day = (name: string, label: string): ParamDef<Day, false> => ({
  name,
  label,
  read: (v, ctx) => readDay(v, ctx.timeZone),
});
const count = (name: string, label: string): ParamDef<Quantity, false> => ({ name, label, read: readCount });

const TARGET = count('target', 'chỉ tiêu');
const DONE = count('done', 'lũy kế đã làm');
const START = day('start', 'ngày bắt đầu');
const DUE = day('due', 'hạn hoàn thành');
const AS_OF = day('asOf', 'ngày tính');
/** `Loại` of the indicator; blank or omitted is `Cộng dồn`, as in `Chỉ tiêu`. */
const KIND: ParamDef<IndicatorKind, true> = {
  name: 'kind',
  label: 'loại chỉ tiêu',
  optional: true,
  read: readKind,
};
const kindOf = (v: IndicatorKind | undefined): IndicatorKind => v ?? DEFAULT_KIND;

/**
 * Target and done of one element in one unit: the target's when it names one, else done's; a unit that does not
 * convert is pinned on its parameter. A bare target against a done in m or km is refused: the target's unit is the
 * indicator's ĐVT, which a formula cannot see, so `700` against `"0,5 km"` could be 700 m or 700 km.
 */
function inOneUnit(quantities: readonly [Quantity, Quantity], params: readonly [number, number]): number[] {
  const [target, done] = quantities;
  if (target.unit === '' && isLengthUnit(done.unit)) {
    const t = formatViNumber(target.value);
    throw new ElementProblem(
      `${quote(String(done.raw))} ghi đơn vị ${done.unit} nhưng chỉ tiêu ${t} không ghi đơn vị, nên không biết ${t} là m hay km; ` +
        `hãy ghi đơn vị của chỉ tiêu (ví dụ "${t} m" hoặc "${t} km"), hoặc ghi lũy kế theo đơn vị của chỉ tiêu, không kèm đơn vị`,
      params[1],
    );
  }
  const unit = commonUnit(quantities);
  return quantities.map((q, i) => {
    const n = inUnit(q, unit);
    if (!n.ok) throw new ElementProblem(n.message, params[i]);
    return n.value;
  });
}

function checkSpan(start: Day, due: Day, dueParam: number): void {
  if (due < start) {
    throw new ElementProblem(
      `hạn ${formatDay(due)} trước ngày bắt đầu ${formatDay(start)}; hãy kiểm tra lại hai ngày`,
      dueParam,
    );
  }
}

export const NTM_NUMBER = defineFunction({
  name: 'NTM_NUMBER',
  params: [
    { name: 'text', label: 'số đã gõ', read: asIs },
    { name: 'unit', label: 'đơn vị', optional: true, read: readUnit },
  ],
  compute: ([text, unit]) => {
    const n = unit === undefined || unit === '' ? readQuantity(text) : parseAmount(text, unit);
    if (!n.ok) throw new ElementProblem(n.message, 0);
    return typeof n.value === 'number' ? n.value : n.value.value;
  },
});

export const NTM_PROGRESS = defineFunction({
  name: 'NTM_PROGRESS',
  params: [DONE, TARGET],
  compute: ([done, target]) => {
    const [t, d] = inOneUnit([target, done], [1, 0]);
    try {
      return progress(d, t);
    } catch (e) {
      throw new ElementProblem(errorText(e), 1);
    }
  },
});

export const NTM_PLANNED = defineFunction({
  name: 'NTM_PLANNED',
  params: [TARGET, START, DUE, AS_OF, KIND],
  compute: ([target, start, due, asOf, kind]) => {
    checkSpan(start, due, 2);
    return plannedToDate(target.value, start, due, asOf, kindOf(kind));
  },
});

export const NTM_BACKLOG = defineFunction({
  name: 'NTM_BACKLOG',
  params: [TARGET, DONE, START, DUE, AS_OF, KIND],
  compute: ([target, done, start, due, asOf, kind]) => {
    const [t, d] = inOneUnit([target, done], [0, 1]);
    checkSpan(start, due, 3);
    return backlog(plannedToDate(t, start, due, asOf, kindOf(kind)), d);
  },
});

export const NTM_PER_DAY = defineFunction({
  name: 'NTM_PER_DAY',
  params: [TARGET, DONE, DUE, AS_OF, KIND],
  /** Blank for `Đạt/Chưa`, as `Cần/ngày` in `Tổng hợp`. */
  compute: ([target, done, due, asOf, kind]) => {
    const [t, d] = inOneUnit([target, done], [0, 1]);
    return perDayFor(kindOf(kind), t, d, asOf, due) ?? '';
  },
});

/** `Thứ 5 14:30`, the default of `Hạn báo cáo`. */
function defaultRule(): DeadlineRule {
  const p = parseDeadlineRule(DEFAULT_DEADLINE_TEXT);
  if (!p.ok) throw new Error(p.message);
  return p.value;
}

export const NTM_WEEK = defineFunction({
  name: 'NTM_WEEK',
  params: [
    { name: 'dateTime', label: 'thời điểm', read: (v, ctx) => readInstant(v, ctx.timeZone) },
    { name: 'deadline', label: 'hạn báo cáo', optional: true, read: readDeadline },
  ],
  compute: ([dateTime, deadline], ctx) => {
    const rule = deadline ?? defaultRule();
    const week = weekOfInstant(dateTime, rule, ctx.timeZone);
    return new Date(deadlineInstant(week, rule, ctx.timeZone));
  },
});

/** All six, in the order of docs/functions.md. */
export const NTM_FUNCTIONS: readonly FunctionDef[] = [
  NTM_NUMBER,
  NTM_PROGRESS,
  NTM_PLANNED,
  NTM_BACKLOG,
  NTM_PER_DAY,
  NTM_WEEK,
];
