// A report row's non-blank indicator cells read once: each value with what is wrong with it, and the row's identity for duplicates.
import { fold, isBlank } from '../text';
import type { Indicator, ReportCell, ReportRow } from '../types';
import { readCell, type CellReading } from './amount-value';
import { checkCommaInMetres } from './comma-in-metres';
import { comparedReadings, type ComparedCells } from './compared-cells';
import type { Draft } from './problem';

/** One cell read: the cell, its indicator, and its reading's value and problem held in the same record. */
export interface Reading extends CellReading {
  cell: ReportCell;
  indicator: Indicator;
}

export function findIndicator(indicators: readonly Indicator[], code: string): Indicator | null {
  return (
    indicators.find((i) => i.code === code) ?? indicators.find((i) => fold(i.code) === fold(code)) ?? null
  );
}

/** Per indicator list, the indicator each code found names: a tab repeats the same few codes on every row. */
const found = new WeakMap<readonly Indicator[], Map<string, Indicator | null>>();

function indicatorOf(indicators: readonly Indicator[], code: string): Indicator | null {
  let codes = found.get(indicators);
  if (!codes) found.set(indicators, (codes = new Map()));
  let hit = codes.get(code);
  if (hit === undefined) codes.set(code, (hit = findIndicator(indicators, code)));
  return hit;
}

/** The non-blank cells of known indicators, read in the indicator's unit. */
export function readRow(row: ReportRow, indicators: readonly Indicator[]): Reading[] {
  const out: Reading[] = [];
  for (const cell of row.cells) {
    const indicator = isBlank(cell.value) ? null : indicatorOf(indicators, cell.code);
    if (!indicator) continue;
    const r = readCell(cell, indicator);
    out.push({ cell, indicator, value: r.value, problem: r.problem });
  }
  return out;
}

/** What the cells say about themselves, needing neither the row's week nor its village: value errors, then reading warnings. */
export function valueDrafts(readings: readonly Reading[]): Draft[] {
  const out: Draft[] = [];
  for (const r of readings) {
    if (r.problem) out.push(r.problem);
    const comma = checkCommaInMetres(r.cell, r.indicator, r);
    if (comma) out.push(comma);
  }
  return out;
}

/** The row's cells as duplicates and resubmissions compare them (null when it reports no amount). */
export function comparedOf(readings: readonly Reading[]): ComparedCells | null {
  return comparedReadings(readings);
}
