// Rule: a row left out whole still has its cells checked for what needs neither its week nor its village, so every problem shows at once.
import type { Indicator, ReportRow } from '../types';
import type { Draft } from './problem';
import { readRow, valueDrafts } from './row-reading';

/**
 * The value problems of a row left out whole (not a number, negative, not whole for a counted unit,
 * a comma in metres): listed so the leader fixes the row in one go. None of its amounts count, so
 * none of these can be accepted into a count.
 */
export function checkLeftOutCells(row: ReportRow, indicators: readonly Indicator[]): Draft[] {
  return valueDrafts(readRow(row, indicators)).map((d) => ({ ...d, acceptable: false }));
}
