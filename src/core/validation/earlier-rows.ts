// The rules that compare a row with the rows sent before it, run before anything is counted: duplicates and resubmissions.
import type { Model } from '../types';
import type { AdmittedRow } from './context';
import { DuplicateFinder } from './duplicate-row';
import { isAccepted, type Draft } from './problem';
import { ResubmissionFinder } from './resubmission';
import { comparedOf, readRow, type Reading } from './row-reading';

/** What one admitted row is, read and compared with the rows before it. */
export interface RowPlan {
  readings: Reading[];
  /** The duplicate warning, if the row repeats an earlier one. */
  duplicate: Draft | null;
  /** The "báo cáo sửa lại" warning, if the row may correct one sent less than 2 hours before. */
  resubmission: Draft | null;
  /** True when a later row's accepted resubmission warning replaces this row: its amounts do not count. */
  superseded: boolean;
}

/** Plans for `admitted`, which is in timestamp order; `accepted` decides which duplicates count and which rows are replaced. */
export function planRows(
  admitted: readonly AdmittedRow[],
  model: Model,
  accepted: ReadonlySet<string>,
): RowPlan[] {
  const duplicates = new DuplicateFinder();
  const resubmissions = new ResubmissionFinder(model.settings.timeZone);
  const plans: RowPlan[] = [];
  for (let i = 0; i < admitted.length; i++) {
    const a = admitted[i];
    const readings = readRow(a.row, model.indicators);
    const cells = comparedOf(readings);
    const duplicate = duplicates.check(a.row, cells, a.village.name, a.day);
    const plan: RowPlan = { readings, duplicate, resubmission: null, superseded: false };
    plans.push(plan);
    if (duplicate && !isAccepted(a.row, duplicate, accepted)) continue;
    const found = resubmissions.check(a, cells, i);
    if (!found) continue;
    plan.resubmission = found.draft;
    if (isAccepted(a.row, found.draft, accepted)) plans[found.earlierIndex].superseded = true;
  }
  return plans;
}
