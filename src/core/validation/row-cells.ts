// The checks of one admitted row, in timestamp order: values, duplicates, targets, totals, email and photo; and what it counts.
import type { Model } from '../types';
import { reportsWork } from './amount-value';
import type { AdmittedRow } from './context';
import { checkCumulativeDecrease } from './cumulative-decrease';
import { checkHouseholds } from './households';
import { checkNoTarget, targetOf } from './no-target';
import { checkOverTarget } from './over-target';
import { checkPeakPhoto } from './peak-photo';
import { isAccepted, type Draft } from './problem';
import { checkReporterEmail } from './reporter-email';
import { valueDrafts } from './row-reading';
import type { Totals } from './totals';

export interface RowState {
  model: Model;
  totals: Totals;
  accepted: ReadonlySet<string>;
}

export interface RowOutcome {
  drafts: Draft[];
  /** Indicator code → counted amount. */
  amounts: Record<string, number>;
}

/** Lists a problem; true when it keeps the value from counting (not accepted). */
function blocks(drafts: Draft[], a: AdmittedRow, d: Draft | null, accepted: ReadonlySet<string>): boolean {
  if (!d) return false;
  drafts.push(d);
  return !isAccepted(a.row, d, accepted);
}

/** The checks of admitted row `a` (read and compared by `planRows`) with the running state `s`. */
export function checkRowCells(a: AdmittedRow, s: RowState): RowOutcome {
  const { row, village, day, instant, titles, readings } = a;
  const drafts: Draft[] = valueDrafts(readings);
  const amounts: Record<string, number> = {};
  const duplicate = blocks(drafts, a, a.duplicate, s.accepted);
  pushIf(drafts, a.resubmission);
  pushIf(drafts, checkReporterEmail(row, village, titles));
  // A repeat, or a row a later corrected report replaces: still a report, but its amounts are not counted.
  if (duplicate || a.superseded) return { drafts, amounts };
  for (const reading of readings) {
    const { cell, indicator } = reading;
    if (reading.value === null) continue;
    if (reading.problem && !isAccepted(row, reading.problem, s.accepted)) continue;
    const v = reading.value;
    const code = indicator.code;
    const target = targetOf(indicator, village);
    if (target === null) {
      // Not counted unless the officer accepted the warning; a 0 or a "no" gets no warning and counts nothing.
      const warning = checkNoTarget(cell, indicator, village, v, titles.targetsTab);
      if (!warning || blocks(drafts, a, warning, s.accepted)) continue;
    } else if (
      blocks(
        drafts,
        a,
        checkOverTarget(cell, indicator, village, target, v, s.totals.sum(village.name, code)),
        s.accepted,
      )
    )
      continue;
    if (indicator.kind === 'Cộng dồn') {
      s.totals.add(village.name, code, v);
      amounts[code] = (amounts[code] ?? 0) + v;
      if (v > 0)
        pushIf(
          drafts,
          checkHouseholds(cell, indicator, village, s.totals.sum(village.name, code), titles.villagesTab),
        );
    } else if (indicator.kind === 'Lũy kế') {
      const previous = s.totals.previousLevel(village.name, code, day, instant);
      pushIf(drafts, checkCumulativeDecrease(cell, indicator, village, v, previous));
      s.totals.recordLevel(village.name, code, day, instant, v);
      amounts[code] = v;
      pushIf(drafts, checkHouseholds(cell, indicator, village, v, titles.villagesTab));
    } else {
      amounts[code] = v;
    }
  }
  let hasAmounts = false;
  for (let i = 0; i < readings.length && !hasAmounts; i++) hasAmounts = reportsWork(readings[i]);
  pushIf(drafts, checkPeakPhoto(row, day, hasAmounts, s.model.settings.peakPhases, titles));
  return { drafts, amounts };
}

function pushIf(drafts: Draft[], d: Draft | null): void {
  if (d) drafts.push(d);
}
