// Adapter: the `Link sửa` column of an answers tab: one read of the tab, one write of the column (added at the right when missing).
import { REPORT_COLUMNS } from '../core/contract';
import { findColumn } from '../core/model';
import { isDateCell, instantOfDate } from '../core/zone';
import type { Instant } from '../core/types';
import { asText } from './cell-text';
import { ensureSize, readTab, type Sheet } from './tab-io';

export interface EditLinkColumn {
  sheet: Sheet;
  /** Timestamp of each data row (row 2 on), null when the cell is not a date. */
  timestamps: (Instant | null)[];
  /** What `Link sửa` holds on each data row ('' when the column is missing). */
  links: string[];
  /** 1-based column of `Link sửa`, or the column it will take. */
  col: number;
  exists: boolean;
}

/** Reads the tab once; null when it has no timestamp column (not an answers tab). */
export function readEditLinkColumn(sheet: Sheet): EditLinkColumn | null {
  const tab = readTab(sheet);
  const header = tab.values[0] ?? [];
  const ts = findColumn(header, REPORT_COLUMNS.timestamp);
  if (ts < 0) return null;
  const found = findColumn(header, REPORT_COLUMNS.editLink);
  const rows = tab.values.slice(1);
  return {
    sheet,
    timestamps: rows.map((r) => (isDateCell(r[ts]) ? instantOfDate(r[ts]) : null)),
    links: rows.map((r, i) => (found >= 0 ? (tab.displays[i + 1]?.[found] ?? String(r[found] ?? '')) : '')),
    col: found >= 0 ? found + 1 : header.length + 1,
    exists: found >= 0,
  };
}

/** Writes the column's new values (and its title when missing) with one setValues from row 1 or 2. */
export function writeEditLinkColumn(c: EditLinkColumn, links: readonly string[]): void {
  const block = [...(c.exists ? [] : [REPORT_COLUMNS.editLink.title]), ...links.map((l) => asText(l))].map(
    (v) => [v],
  );
  if (block.length === 0) return;
  const top = c.exists ? 2 : 1;
  ensureSize(c.sheet, top + block.length - 1, c.col);
  c.sheet.getRange(top, c.col, block.length, 1).setValues(block);
}
