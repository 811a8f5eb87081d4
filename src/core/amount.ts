// Amounts with an optional unit (3200m, 0,5 km), converted into the indicator's unit (ĐVT).
import type { CellValue, Parsed } from './types';

/** Parses an amount for an indicator counted in `unit`; m and km convert, any other differing unit is an error. */
export function parseAmount(v: CellValue, unit: string): Parsed<number> {
  throw new Error('chưa làm');
}
/** True for units counted in whole items (vườn, hộ, cái, công trình, tuyến). */
export function isCountedUnit(unit: string): boolean {
  throw new Error('chưa làm');
}
