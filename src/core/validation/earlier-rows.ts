// The rules that compare a row with the rows sent before it, run before anything is counted: duplicates and resubmissions.
import type { Model } from '../types';
import type { AdmittedRow } from './context';
import { DuplicateFinder } from './duplicate-row';
import { isAccepted } from './problem';
import { RESUBMISSION_WINDOW_MS, ResubmissionFinder } from './resubmission';
import { comparedOf, readRow } from './row-reading';

/** No readings: a row's are let go once it is checked. */
const LET_GO: AdmittedRow['readings'] = [];

/**
 * Reads and compares `admitted` (in timestamp order), setting each row's readings, duplicate and resubmission
 * warnings and whether it is superseded; `accepted` decides which duplicates count and which rows are replaced.
 * `done` gets each row, in order, as soon as no later row can supersede it (one sent 2 hours or more after it
 * has been compared); its readings are let go after, so they never outlive the rows sent within 2 hours.
 */
export function planRows(
  admitted: readonly AdmittedRow[],
  model: Model,
  accepted: ReadonlySet<string>,
  done: (a: AdmittedRow) => void,
): void {
  const duplicates = new DuplicateFinder();
  const resubmissions = new ResubmissionFinder(model.settings.timeZone);
  let next = 0;
  const finish = (a: AdmittedRow): void => {
    done(a);
    a.readings = LET_GO;
  };
  for (let i = 0; i < admitted.length; i++) {
    const a = admitted[i];
    while (next < i && a.instant - admitted[next].instant >= RESUBMISSION_WINDOW_MS) finish(admitted[next++]);
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
  while (next < admitted.length) finish(admitted[next++]);
}
