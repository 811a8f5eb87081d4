// `Toàn xã` lines (docs/rollup.md): target, Lũy kế, Tuần này and plan are sums of the village lines; the rest follows from the sums.
import type { Day, Indicator } from '../types';
import { decimalSum } from './decimal-sum';
import { derivedFigures, lineHead } from './rollup-line';
import { COMMUNE, type RollupLine } from './rollup-types';

/**
 * The `Toàn xã` line of `indicator` from its village lines, or null when no village has a target for it.
 * A village ahead of plan offsets one behind it here; the village lines keep their own backlog.
 */
export function communeLine(
  indicator: Indicator,
  villageLines: readonly RollupLine[],
  today: Day,
): RollupLine | null {
  const lines = villageLines.filter((l) => l.code === indicator.code);
  if (lines.length === 0) return null;
  const target = decimalSum(lines.map((l) => l.target));
  const done = decimalSum(lines.map((l) => l.cumulative));
  const planned = decimalSum(lines.map((l) => l.planned));
  return {
    ...lineHead(COMMUNE, indicator),
    target,
    cumulative: done,
    thisWeek: decimalSum(lines.map((l) => l.thisWeek)),
    planned,
    ...derivedFigures(indicator, target, done, planned, today),
  };
}

/** One `Toàn xã` line per indicator with at least one village target, in `Chỉ tiêu` order. */
export function communeLines(
  indicators: readonly Indicator[],
  villageLines: readonly RollupLine[],
  today: Day,
): RollupLine[] {
  // The village lines per code, gathered in one pass rather than one pass per indicator.
  const byCode = new Map<string, RollupLine[]>();
  for (const l of villageLines) {
    const list = byCode.get(l.code);
    if (list) list.push(l);
    else byCode.set(l.code, [l]);
  }
  const result: RollupLine[] = [];
  for (const indicator of indicators) {
    const line = communeLine(indicator, byCode.get(indicator.code) ?? [], today);
    if (line) result.push(line);
  }
  return result;
}
