// NQ 44 support (docs/rollup.md, issue 6): priority households that built the "3 bi" system × the amount per household.
import { TAB, tabTitle } from '../contract';
import type { Model } from '../types';
import { fold } from '../text';
import { decimalSum } from './decimal-sum';
import { COMMUNE, type RollupLine, type SupportBlock, type SupportLine } from './rollup-types';

export const DEFAULT_SUPPORT_CODE = 'NUOC_THAI_HT';
export const DEFAULT_SUPPORT_AMOUNT = 1_000_000;
/** The indicator of all household wastewater systems built, compared with the supported ones when tracked. */
export const SUPPORT_COMPARE_CODE = 'NUOC_THAI';

/** Support due for `households` households at `amountPerHousehold` đồng each. */
export function supportAmount(households: number, amountPerHousehold: number): number {
  return households * amountPerHousehold;
}

/**
 * Households that may still claim support: at most the eligible households not yet counted, and at
 * most the systems built that are not yet counted: max(0, min(eligible − households, built − households)).
 */
export function unclaimedHouseholds(built: number, households: number, eligible: number): number {
  return Math.max(0, Math.min(eligible - households, built - households));
}

function sumOfPresent(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : decimalSum(present);
}

/**
 * The support block from the village lines: one line per village with a target for the support
 * indicator (its target = the eligible households), in `Thôn` order. When NUOC_THAI is tracked,
 * `built` is the village's NUOC_THAI Lũy kế and `unclaimed` = max(0, min(eligible, built) − households): eligible
 * households that may have built a system but are not (yet) counted as supported. Totals add the villages
 * (a village that counts more than it built does not offset another's unclaimed ones).
 */
export function supportBlock(model: Model, lines: readonly RollupLine[]): SupportBlock {
  const code = model.settings.supportCode || DEFAULT_SUPPORT_CODE;
  const amount = model.settings.supportAmount > 0 ? model.settings.supportAmount : DEFAULT_SUPPORT_AMOUNT;
  const indicator = model.indicators.find((i) => fold(i.code) === fold(code));
  if (!indicator)
    return {
      present: false,
      code,
      amountPerHousehold: amount,
      targetsTab: tabTitle(model.tabTitles, TAB.targets),
    };
  const compared = model.indicators.some((i) => fold(i.code) === fold(SUPPORT_COMPARE_CODE));
  const supportLines = lines.filter((l) => l.code === indicator.code);
  // Each village's first compared line, found in one pass (not one search of every line per village).
  const builtLines = new Map<string, RollupLine>();
  if (compared)
    for (const b of lines)
      if (!builtLines.has(b.village) && fold(b.code) === fold(SUPPORT_COMPARE_CODE))
        builtLines.set(b.village, b);
  const result: SupportLine[] = supportLines.map((l) => {
    const builtLine = builtLines.get(l.village);
    const built = builtLine ? builtLine.cumulative : null;
    return {
      village: l.village,
      eligible: l.target,
      households: l.cumulative,
      amount: supportAmount(l.cumulative, amount),
      built,
      unclaimed: built === null ? null : unclaimedHouseholds(built, l.cumulative, l.target),
    };
  });
  const households = decimalSum(result.map((l) => l.households));
  return {
    present: true,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    amountPerHousehold: amount,
    compared,
    lines: result,
    total: {
      village: COMMUNE,
      eligible: decimalSum(result.map((l) => l.eligible)),
      households,
      amount: supportAmount(households, amount),
      built: sumOfPresent(result.map((l) => l.built)),
      unclaimed: sumOfPresent(result.map((l) => l.unclaimed)),
    },
  };
}
