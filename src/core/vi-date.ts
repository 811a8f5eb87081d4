// Dates typed by people, day first (16/3, 16/3/2023, 29/03/2023 08:00:00, 2023-03-16), or Date cells, in the workbook's zone.
import type { CellValue, Day, Instant, Parsed } from './types';

export interface DateTimeValue {
  instant: Instant;
  day: Day;
}

/** Parses a date or date-time; text without a year takes `defaultYear`. Never throws. */
export function parseDateTime(v: CellValue, timeZone: string, defaultYear: number): Parsed<DateTimeValue> {
  throw new Error('chưa làm');
}
