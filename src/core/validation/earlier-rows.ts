// The rules that compare a row with the rows sent before it, run before anything is counted: duplicates and resubmissions.
import type { Model } from '../types';
import type { AdmittedRow } from './context';
import { DuplicateFinder } from './duplicate-row';
import { isAccepted, type Draft } from './problem';
import { ResubmissionFinder } from './resubmission';
import { readRow, signatureOf, type Reading } from './row-reading';

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
  const plans = new Map<AdmittedRow, RowPlan>();
  for (const a of admitted) {
    const readings = readRow(a.row, model.indicators);
    const signature = signatureOf(a.village.name, a.day, readings);
    const duplicate = duplicates.check(a.row, signature, a.day);
    const plan: RowPlan = { readings, duplicate, resubmission: null, superseded: false };
    plans.set(a, plan);
    if (duplicate && !isAccepted(a.row, duplicate, accepted)) continue;
    const found = resubmissions.check(a, signature);
    if (!found) continue;
    plan.resubmission = found.draft;
    if (isAccepted(a.row, found.draft, accepted)) plans.get(found.earlier)!.superseded = true;
  }
  return admitted.map((a) => plans.get(a)!);
}
