// Hand-made workbooks for the model tests: the seed example as tabs, and small edits to it.
import { seedTableAsTab, seedTables } from '../../../src/core/contract';
import type { CellValue, TabData } from '../../../src/core/types';
import { formatViNumber } from '../../../src/core/vi-format';
import {
  dayFromYmd,
  dayOfInstant,
  formatDay,
  instantOf,
  isDateCell,
  instantOfDate,
} from '../../../src/core/zone';

export const TZ = 'Asia/Ho_Chi_Minh';

/** What Sheets would display for a value (vi_VN). */
export function displayOf(v: CellValue): string {
  if (typeof v === 'number') return formatViNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateCell(v)) return formatDay(dayOfInstant(instantOfDate(v), TZ));
  return String(v);
}

/** A tab from rows of values; display texts are derived. */
export function tab(name: string, rows: CellValue[][]): TabData {
  return { name, values: rows.map((r) => [...r]), displays: rows.map((r) => r.map(displayOf)) };
}

/** A Date cell at midnight of a civil date in the workbook's zone. */
export function dateCell(y: number, m: number, d: number): Date {
  return new Date(instantOf(dayFromYmd(y, m, d), 0, TZ));
}

/** A Date cell of a civil date and wall time in the workbook's zone. */
export function dateTimeCell(y: number, m: number, d: number, hh: number, mm: number): Date {
  return new Date(instantOf(dayFromYmd(y, m, d), hh * 60 + mm, TZ));
}

/** The seed example as the three input tabs, read back as from a sheet. */
export function seedTabs(): TabData[] {
  return seedTables().map((t) => seedTableAsTab(t, TZ));
}

function find(tabs: TabData[], name: string): TabData {
  const t = tabs.find((x) => x.name === name);
  if (!t) throw new Error(`no tab ${name}`);
  return t;
}

/** Sets one cell (0-based row and column), growing the tab as needed. */
export function setCell(tabs: TabData[], name: string, r: number, c: number, v: CellValue): void {
  const t = find(tabs, name);
  while (t.values.length <= r) {
    t.values.push([]);
    t.displays.push([]);
  }
  while (t.values[r].length <= c) {
    t.values[r].push('');
    t.displays[r].push('');
  }
  t.values[r][c] = v;
  t.displays[r][c] = displayOf(v);
}

/** Sets the value of a `Cấu hình` parameter (column B of its row); returns the A1 address of the value cell. */
export function setSetting(tabs: TabData[], param: string, v: CellValue): string {
  const t = find(tabs, 'Cấu hình');
  const r = t.values.findIndex((row) => row[0] === param);
  if (r < 0) throw new Error(`no setting ${param}`);
  setCell(tabs, 'Cấu hình', r, 1, v);
  return `B${r + 1}`;
}

/** Removes the row of a `Cấu hình` parameter. */
export function dropSetting(tabs: TabData[], param: string): void {
  const t = find(tabs, 'Cấu hình');
  const r = t.values.findIndex((row) => row[0] === param);
  t.values.splice(r, 1);
  t.displays.splice(r, 1);
}

/** 0-based row and column of a cell of `Chỉ tiêu`: the row of `code`, the column titled `title`. */
export function targetCell(tabs: TabData[], code: string, title: string): [number, number] {
  const t = find(tabs, 'Chỉ tiêu');
  const r = t.values.findIndex((row) => row[0] === code);
  const c = t.values[0].findIndex((h) => h === title);
  if (r < 0 || c < 0) throw new Error(`no cell ${code}/${title}`);
  return [r, c];
}

export function setTarget(tabs: TabData[], code: string, title: string, v: CellValue): string {
  const [r, c] = targetCell(tabs, code, title);
  setCell(tabs, 'Chỉ tiêu', r, c, v);
  return `${String.fromCharCode(65 + c)}${r + 1}`;
}

export { find as findTabData };
