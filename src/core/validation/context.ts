// Shared records of one validation run: a report row admitted for checks, and the titles of its tab's fixed columns.
import { TAB, tabTitle } from '../contract';
import type { Day, Instant, Model, ReportCell, ReportRow, ReportTab, Village } from '../types';
import type { Draft } from './problem';
import type { Reading } from './row-reading';

/** Titles of a report tab's fixed columns as written (the contract's names when the reader did not give them). */
export interface Titles {
  timestamp: string;
  village: string;
  reportDate: string;
  email: string;
  photo: string;
  /** Titles of the workbook's `Thôn` and `Chỉ tiêu` tabs, as messages name them. */
  villagesTab: string;
  targetsTab: string;
}

export function titlesOf(tab: ReportTab, tabTitles?: Model['tabTitles']): Titles {
  const t = tab.columnTitles ?? {};
  return {
    villagesTab: tabTitle(tabTitles, TAB.villages),
    targetsTab: tabTitle(tabTitles, TAB.targets),
    timestamp: t.timestamp || 'Dấu thời gian',
    village: t.village || 'Thôn',
    reportDate: t.reportDate || 'Ngày báo cáo',
    email: t.email || 'Địa chỉ email',
    photo: t.photo || 'Ảnh',
  };
}

/** A report row that is not left out whole, with what its whole-row checks found. */
export interface AdmittedRow {
  tabIndex: number;
  row: ReportRow;
  titles: Titles;
  village: Village;
  instant: Instant;
  /** Report day: `Ngày báo cáo`, else the timestamp's day. */
  day: Day;
  /** True when `Ngày báo cáo` was filled in. */
  hasReportDate: boolean;
  /** What the row is once compared with the rows before it (set by `planRows`, earlier-rows.ts). */
  readings: Reading[];
  /** The duplicate warning, if the row repeats an earlier one. */
  duplicate: Draft | null;
  /** The "báo cáo sửa lại" warning, if the row may correct one sent less than 2 hours before. */
  resubmission: Draft | null;
  /** True when a later row's accepted resubmission warning replaces this row: its amounts do not count. */
  superseded: boolean;
}

/** Text of a cell as the person sees it. */
export function shown(cell: ReportCell): string {
  return cell.display !== undefined && cell.display !== '' ? cell.display : String(cell.value ?? '');
}
