// The rules that compare a row with the rows sent before it, run before anything is counted: duplicates and resubmissions.
import type { Model } from '../types';
import type { AdmittedRow } from './context';
import { DuplicateFinder } from './duplicate-row';
import { isAccepted } from './problem';
import { ResubmissionFinder } from './resubmission';
import { comparedOf, readRow } from './row-reading';

/** Reads and compares `admitted` (in timestamp order), setting each row's readings, duplicate and resubmission warnings and whether it is superseded; `accepted` decides which duplicates count and which rows are replaced. */
export function planRows(
  admitted: readonly AdmittedRow[],
  model: Model,
  accepted: ReadonlySet<string>,
): void {
  const duplicates = new DuplicateFinder();
  const resubmissions = new ResubmissionFinder(model.settings.timeZone);
  for (let i = 0; i < admitted.length; i++) {
    const a = admitted[i];
    a.readings = readRow(a.row, model.indicators);
    const cells = comparedOf(a.readings);
    const duplicate = duplicates.check(a.row, cells, a.village.name, a.day);
    a.duplicate = duplicate;
    if (duplicate && !isAccepted(a.row, duplicate, accepted)) continue;
    const found = resubmissions.check(a, cells, i);
    if (!found) continue;
    a.resubmission = found.draft;
    if (isAccepted(a.row, found.draft, accepted)) admitted[found.earlierIndex].superseded = true;
  }
}
