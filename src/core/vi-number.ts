// vi-VN numbers typed by people (SPEC §3 "Numbers typed by people"): 3.200, 0,38, 1.234,5, 0.7, 0.500.
import type { CellValue, Parsed } from './types';

/** Parses a number cell or text; never throws, never returns NaN. */
export function parseViNumber(v: CellValue): Parsed<number> {
  throw new Error('chưa làm');
}
