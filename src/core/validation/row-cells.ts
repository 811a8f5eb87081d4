// The checks of one admitted row, in timestamp order: values, duplicates, targets, totals, email and photo; and what it counts.
import { fold, isBlank } from '../text';
import type { Indicator, Model, ReportCell } from '../types';
import { readCell, reportsWork, type CellReading } from './amount-value';
import { shown, type AdmittedRow } from './context';
import { checkCumulativeDecrease } from './cumulative-decrease';
import { rowSignature, type DuplicateFinder } from './duplicate-row';
import { checkHouseholds } from './households';
import { checkNoTarget, targetOf } from './no-target';
import { checkOverTarget } from './over-target';
import { checkPeakPhoto } from './peak-photo';
import { isAccepted, type Draft } from './problem';
import { checkReporterEmail } from './reporter-email';
import type { Totals } from './totals';

export interface RowState {
  model: Model;
  totals: Totals;
  duplicates: DuplicateFinder;
  accepted: ReadonlySet<string>;
}

export interface RowOutcome {
  drafts: Draft[];
  /** Indicator code → counted amount. */
  amounts: Record<string, number>;
}

interface Reading {
  cell: ReportCell;
  indicator: Indicator;
  reading: CellReading;
}

export function findIndicator(indicators: readonly Indicator[], code: string): Indicator | null {
  return indicators.find((i) => i.code === code) ?? indicators.find((i) => fold(i.code) === fold(code)) ?? null;
}

export function checkRowCells(a: AdmittedRow, s: RowState): RowOutcome {
  const { row, village, day, instant, titles } = a;
  const drafts: Draft[] = [];
  const amounts: Record<string, number> = {};
  const readings: Reading[] = [];
  for (const cell of row.cells) {
    const indicator = isBlank(cell.value) ? null : findIndicator(s.model.indicators, cell.code);
    if (indicator) readings.push({ cell, indicator, reading: readCell(cell, indicator) });
  }
  for (const r of readings) if (r.reading.problem) drafts.push(r.reading.problem);
  const signature = rowSignature(
    village.name,
    day,
    readings.map((r) => ({ code: r.indicator.code, value: r.reading.value, text: shown(r.cell) })),
  );
  /** Lists a problem; true when it keeps the value from counting (not accepted). */
  const blocks = (d: Draft | null): boolean => {
    if (!d) return false;
    drafts.push(d);
    return !isAccepted(row, d, s.accepted);
  };
  const duplicate = blocks(s.duplicates.check(row, signature, day, titles));
  pushIf(drafts, checkReporterEmail(row, village, titles));
  if (duplicate) return { drafts, amounts };

  for (const { cell, indicator, reading } of readings) {
    if (reading.value === null) continue;
    if (reading.problem && !isAccepted(row, reading.problem, s.accepted)) continue;
    const v = reading.value;
    const code = indicator.code;
    const target = targetOf(indicator, village);
    if (target === null) {
      // Not counted unless the officer accepted the warning; a 0 or a "no" gets no warning and counts nothing.
      const warning = checkNoTarget(cell, indicator, village, v);
      if (!warning || blocks(warning)) continue;
    } else if (blocks(checkOverTarget(cell, indicator, village, target, v, s.totals.sum(village.name, code)))) continue;
    if (indicator.kind === 'Cộng dồn') {
      s.totals.add(village.name, code, v);
      amounts[code] = (amounts[code] ?? 0) + v;
      if (v > 0) pushIf(drafts, checkHouseholds(cell, indicator, village, s.totals.sum(village.name, code)));
    } else if (indicator.kind === 'Lũy kế') {
      const previous = s.totals.previousLevel(village.name, code, day, instant);
      pushIf(drafts, checkCumulativeDecrease(cell, indicator, village, v, previous));
      s.totals.recordLevel(village.name, code, day, instant, v);
      amounts[code] = v;
      pushIf(drafts, checkHouseholds(cell, indicator, village, v));
    } else {
      amounts[code] = v;
    }
  }
  const hasAmounts = readings.some((r) => reportsWork(r.reading));
  pushIf(drafts, checkPeakPhoto(row, day, hasAmounts, s.model.settings.peakPhases, titles));
  return { drafts, amounts };
}

function pushIf(drafts: Draft[], d: Draft | null): void {
  if (d) drafts.push(d);
}
