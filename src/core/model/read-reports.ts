// Finds report tabs by their header (a timestamp column and at least one indicator column) and reads their rows as typed.
import { ALL_TABS, REPORT_COLUMNS, TAB } from '../contract';
import { isBlank } from '../text';
import type { CellValue, Indicator, ReportCell, ReportRow, ReportTab, TabData, Village } from '../types';
import { a1 } from './a1';
import { findColumn, headerKey } from './headers';
import { findVillageIn } from './match-village';
import { Problems, quoted, shownText } from './problems';
import { maxOf } from '../lists';

const CONTRACT_TABS = new Set(ALL_TABS.map(headerKey));

type Fixed = keyof typeof REPORT_COLUMNS;

/** The indicator a column title names: `[MÃ]` anywhere in it, or exactly an indicator's `Nội dung` (when unique). */
export function indicatorOfTitle(title: string, indicators: readonly Indicator[]): Indicator | null {
  for (const m of title.matchAll(/\[([^\]]*)\]/g)) {
    const hit = indicators.find((i) => headerKey(i.code) === headerKey(m[1]));
    if (hit) return hit;
  }
  const key = headerKey(title);
  if (key === '') return null;
  const named = indicators.filter((i) => headerKey(i.name) === key);
  return named.length === 1 ? named[0] : null;
}

/** A `[CODE]` in a title that names no indicator (to tell the officer), or null. */
function unknownCodeOf(title: string, indicators: readonly Indicator[]): string | null {
  for (const m of title.matchAll(/\[\s*([A-Za-z0-9_]+)\s*\]/g)) {
    if (!indicators.some((i) => headerKey(i.code) === headerKey(m[1]))) return m[1];
  }
  return null;
}

/** Reads every report tab; tabs of the contract (inputs and outputs) are never report tabs. Problems are never fatal. */
export function readReportTabs(
  tabs: readonly TabData[],
  indicators: readonly Indicator[],
  villages: readonly Village[],
  p: Problems,
): ReportTab[] {
  const out: ReportTab[] = [];
  for (const tab of tabs) {
    if (CONTRACT_TABS.has(headerKey(tab.name))) continue;
    const r = readReportTab(tab, indicators, villages, p);
    if (r) out.push(r);
  }
  return out;
}

function readReportTab(
  tab: TabData,
  indicators: readonly Indicator[],
  villages: readonly Village[],
  p: Problems,
): ReportTab | null {
  const width = maxOf(
    tab.values.map((r) => r.length),
    0,
  );
  const header: string[] = [];
  for (let c = 0; c < width; c++) header.push(shownText(tab.values[0]?.[c] ?? '', tab.displays[0]?.[c]));
  const fixed = {} as Record<Fixed, number>;
  for (const k of Object.keys(REPORT_COLUMNS) as Fixed[]) fixed[k] = findColumn(header, REPORT_COLUMNS[k]);
  if (fixed.timestamp < 0) return null;
  const taken = new Set(Object.values(fixed).filter((c) => c >= 0));
  const columns: { col: number; code: string; title: string }[] = [];
  const seenCodes = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    if (taken.has(c) || header[c] === '') continue;
    const ind = indicatorOfTitle(header[c], indicators);
    if (!ind) {
      const unknown = unknownCodeOf(header[c], indicators);
      if (unknown)
        p.note(
          tab.name,
          a1(1, c + 1),
          `cột ${quoted(header[c])} ghi mã [${unknown}] không có trong tab ${p.title(TAB.targets)} nên không được tính: hãy sửa mã cho đúng hoặc thêm chỉ tiêu.`,
        );
      continue;
    }
    const first = seenCodes.get(ind.code);
    if (first !== undefined) {
      p.note(
        tab.name,
        a1(1, c + 1),
        `cột này và cột ${a1(1, first + 1)} cùng là chỉ tiêu ${ind.code}: số ở cả hai cột đều được tính; nếu không đúng ý, hãy bỏ bớt một câu hỏi.`,
      );
    } else seenCodes.set(ind.code, c);
    columns.push({ col: c, code: ind.code, title: header[c] });
  }
  if (columns.length === 0) {
    p.note(
      tab.name,
      '',
      `tab có cột "${header[fixed.timestamp]}" nhưng không có cột chỉ tiêu nào nên không được đọc như báo cáo: tiêu đề câu hỏi phải có mã trong ngoặc vuông (ví dụ [HANG_RAO] Hàng rào xanh trồng mới (m)) hoặc trùng Nội dung một chỉ tiêu.`,
    );
    return null;
  }
  if (fixed.village < 0 && !findVillageIn(villages, tab.name)) {
    p.note(
      tab.name,
      '',
      `tab không có cột Thôn và tên tab không trùng tên thôn nào (${villages.map((v) => v.name).join(', ')}): báo cáo trong tab chưa được tính; hãy thêm câu hỏi Thôn hoặc đặt tên tab theo tên thôn.`,
    );
  }
  const rows: ReportRow[] = [];
  for (let r = 1; r < tab.values.length; r++) {
    const row = readRow(tab, r, fixed, columns);
    if (row) rows.push(row);
  }
  const columnTitles: ReportTab['columnTitles'] = {};
  for (const k of ['timestamp', 'village', 'reportDate', 'email', 'photo'] as const) {
    if (fixed[k] >= 0) columnTitles[k] = header[fixed[k]];
  }
  return { name: tab.name, rows, columnTitles };
}

/** True when cell `c` of a row is blank both as a value and as shown. */
function blankAt(values: readonly CellValue[], displays: readonly string[], c: number): boolean {
  return isBlank(values[c]) && isBlank(displays[c]);
}

const valueAt = (values: readonly CellValue[], c: number): CellValue => (c < 0 ? '' : (values[c] ?? ''));
const displayAt = (displays: readonly string[], c: number): string => (c < 0 ? '' : (displays[c] ?? ''));
const textAt = (values: readonly CellValue[], displays: readonly string[], c: number): string =>
  c < 0 ? '' : shownText(values[c] ?? '', displays[c]);
const colAt = (c: number): number | null => (c < 0 ? null : c + 1);

function readRow(
  tab: TabData,
  r: number,
  fixed: Record<Fixed, number>,
  columns: { col: number; code: string; title: string }[],
): ReportRow | null {
  const values = tab.values[r] ?? [];
  const displays = tab.displays[r] ?? [];
  const width = Math.max(values.length, displays.length);
  let any = false;
  for (let c = 0; c < width && !any; c++) any = !blankAt(values, displays, c);
  if (!any) return null;
  const cells: ReportCell[] = [];
  for (const k of columns) {
    if (blankAt(values, displays, k.col)) continue;
    cells.push({
      code: k.code,
      column: k.title,
      col: k.col + 1,
      value: valueAt(values, k.col),
      display: displayAt(displays, k.col),
    });
  }
  const row: ReportRow = {
    tab: tab.name,
    row: r + 1,
    timestamp: valueAt(values, fixed.timestamp),
    timestampDisplay: displayAt(displays, fixed.timestamp),
    timestampCol: fixed.timestamp + 1,
    village: fixed.village >= 0 ? textAt(values, displays, fixed.village) : tab.name,
    villageCol: colAt(fixed.village),
    reportDate: valueAt(values, fixed.reportDate),
    reportDateDisplay: displayAt(displays, fixed.reportDate),
    reportDateCol: colAt(fixed.reportDate),
    email: fixed.email >= 0 ? textAt(values, displays, fixed.email) : null,
    emailCol: colAt(fixed.email),
    photo: fixed.photo >= 0 ? textAt(values, displays, fixed.photo) : null,
    photoCol: colAt(fixed.photo),
    note: textAt(values, displays, fixed.note),
    nextWeekPlan: textAt(values, displays, fixed.nextWeekPlan),
    cells,
  };
  if (fixed.editLink >= 0) row.editLink = textAt(values, displays, fixed.editLink);
  return row;
}
