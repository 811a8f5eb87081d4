// Section I of the weekly report: per indicator, the commune's target, done, this week, % done, plan to date, backlog, status.
import type { RollupLine } from '../rollup/rollup-types';
import { isCounted } from './pace';
import { amountText, percentText } from './report-format';
import type { ResultItem } from './report-types';

/** A count of villages for a yes/no criterion: `Đạt` when it concerns one village, else `2/3 thôn`. */
function yesNo(count: number, villages: number): string {
  return villages === 1
    ? count >= 1
      ? 'Đạt'
      : 'Chưa đạt'
    : `${amountText(count)}/${amountText(villages)} thôn`;
}

/** A yes/no criterion (`Đạt/Chưa`): its commune target is the number of villages that must reach it. */
function yesNoItem(l: RollupLine): ResultItem {
  const villages = l.target;
  return {
    code: l.code,
    name: l.name,
    unit: l.unit,
    kind: l.kind,
    target: villages === 1 ? 'Đạt' : `${amountText(villages)} thôn đạt`,
    done: yesNo(l.cumulative, villages),
    thisWeek: l.thisWeek > 0 ? (villages === 1 ? 'Đạt' : `+${amountText(l.thisWeek)} thôn`) : '',
    ratio: percentText(l.ratio),
    planned: l.planned > 0 ? (villages === 1 ? 'Đạt' : `${amountText(l.planned)} thôn đạt`) : 'Chưa đến hạn',
    backlog: l.backlog > 0 ? (villages === 1 ? 'Chưa đạt' : `${amountText(l.backlog)} thôn`) : '',
    status: l.status,
  };
}

/**
 * Work due by now or still owed, in units a person can act on: whole things rounded up for a unit that
 * counts them (`8 hộ`, never `7,55 hộ`; what people report there is whole), else the amount as it is.
 */
function owedText(n: number, unit: string): string {
  return isCounted(unit) && n > 0 ? amountText(Math.ceil(n - 1e-9)) : amountText(n);
}

/** One item per `Toàn xã` line, in `Chỉ tiêu` order. */
export function resultItems(communeLines: readonly RollupLine[]): ResultItem[] {
  return communeLines.map((l) =>
    l.kind === 'Đạt/Chưa'
      ? yesNoItem(l)
      : {
          code: l.code,
          name: l.name,
          unit: l.unit,
          kind: l.kind,
          target: amountText(l.target),
          done: amountText(l.cumulative),
          thisWeek: amountText(l.thisWeek),
          ratio: percentText(l.ratio),
          planned: owedText(l.planned, l.unit),
          backlog: owedText(l.backlog, l.unit),
          status: l.status,
        },
  );
}
