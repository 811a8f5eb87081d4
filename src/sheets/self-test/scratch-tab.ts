// The self-test's scratch tab: a new tab with a name no other tab has, deleted at the end whatever happened inside.
import { SCRATCH_PREFIX } from '../../core/self-test';
import type { Sheet, Spreadsheet } from '../tab-io';

/** `NTM tự kiểm tra <at>`, with `-2`, `-3`… while a tab of that name exists. */
export function scratchName(ss: Spreadsheet, at: number): string {
  const base = `${SCRATCH_PREFIX} ${at}`;
  let name = base;
  for (let k = 2; ss.getSheetByName(name); k++) name = `${base}-${k}`;
  return name;
}

/**
 * Runs `body` on a new scratch tab and deletes the tab afterwards, even when `body` throws; returns what `body`
 * returned and whether the tab is gone (read back after the deletion).
 */
export function withScratchTab<T>(
  ss: Spreadsheet,
  at: number,
  body: (sheet: Sheet) => T,
): { result: T; name: string; gone: boolean } {
  const name = scratchName(ss, at);
  const sheet = ss.insertSheet(name);
  let result: T;
  try {
    result = body(sheet);
  } finally {
    ss.deleteSheet(sheet);
  }
  return { result, name, gone: ss.getSheetByName(name) === null };
}
