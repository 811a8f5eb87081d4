// The rows of `Kiểm tra`: one per problem of the report rows, after the non-fatal problems of the model; pure (no Sheets call).
import { columnLetter, findTab, parseCellRef } from '../../core/model';
import type { Level, ModelProblem, Problem, TabData } from '../../core/types';
import { isDateCell } from '../../core/zone';

/** A cell of the workbook, 1-based; without `row` the place is the whole tab. */
export interface Place {
  tab: string;
  row?: number;
  col?: number;
}

export interface CheckRow {
  tab: string;
  /** Sheet row of the problem, '' for a problem of a whole tab. */
  row: number | '';
  village: string;
  column: string;
  level: Level;
  message: string;
  /** The original text, exactly as typed. */
  value: string;
  /** Acceptance key ('' for problems of the model, which cannot be accepted). */
  key: string;
  acceptable: boolean;
  accepted: boolean;
  /** Where the row links to and which cell is marked. */
  place: Place;
  /** A problem of the settings, villages, targets or headers (not of a report row). */
  fromModel: boolean;
}

/** A model problem leaves something out of the totals (Lỗi) when its message says so; else it is a warning. */
const LEFT_OUT = /không được (tính|dùng|đọc)|chưa được tính|bỏ qua|chưa dùng được/;

export function modelProblemLevel(p: ModelProblem): Level {
  return LEFT_OUT.test(p.message) ? 'Lỗi' : 'Cảnh báo';
}

function shown(tab: TabData | undefined, row: number, col: number): string {
  const d = tab?.displays[row - 1]?.[col - 1];
  if (d !== undefined && d !== '') return d;
  const v = tab?.values[row - 1]?.[col - 1];
  return v === undefined || v === null || isDateCell(v) ? '' : String(v);
}

/** The message without the `Tab!B5: ` the model puts in front (the row already names tab and cell). */
function bareMessage(p: ModelProblem): string {
  const where = p.cell === '' ? p.tab : `${p.tab}!${p.cell}`;
  return p.message.startsWith(`${where}: `) ? p.message.slice(where.length + 2) : p.message;
}

export function modelRow(p: ModelProblem, tabs: readonly TabData[]): CheckRow {
  const at = parseCellRef(p.cell);
  const tab = findTab(tabs, p.tab);
  const header = at ? shown(tab, 1, at.col) : '';
  return {
    tab: p.tab,
    row: at ? at.row : '',
    village: '',
    column: at ? header || columnLetter(at.col) : '',
    level: modelProblemLevel(p),
    message: bareMessage(p),
    value: at ? shown(tab, at.row, at.col) : '',
    key: '',
    acceptable: false,
    accepted: false,
    place: at ? { tab: p.tab, row: at.row, col: at.col } : { tab: p.tab },
    fromModel: true,
  };
}

export function problemRow(p: Problem): CheckRow {
  return {
    tab: p.tab,
    row: p.row,
    village: p.village,
    column: p.column,
    level: p.level,
    message: p.message,
    value: p.value,
    key: p.key,
    acceptable: p.acceptable !== false && !p.wholeRow,
    accepted: p.accepted,
    place: { tab: p.tab, row: p.row, col: p.col },
    fromModel: false,
  };
}

/** Model problems first (they concern the whole workbook), then the report problems in sheet order. */
export function checkRows(
  problems: readonly Problem[],
  modelProblems: readonly ModelProblem[],
  tabs: readonly TabData[],
): CheckRow[] {
  return [
    ...modelProblems.filter((p) => p.fatal !== true).map((p) => modelRow(p, tabs)),
    ...problems.map(problemRow),
  ];
}

export interface CheckCounts {
  /** Report rows that exist at the as-of time (counted or left out whole). */
  reportRows: number;
  errors: number;
  warnings: number;
  /** Problems the officer accepted (not in `errors` / `warnings`). */
  accepted: number;
  /** Problems of the settings, villages, targets or headers. */
  modelProblems: number;
  /** `Xác nhận` cells whose text is kept but not understood (not `Đồng ý`). */
  unclear?: number;
  /** Example rows set-up wrote, still as seeded, by tab title (shown once in the summary). */
  examples?: { tab: string; rows: number }[];
}

export function countRows(
  rows: readonly CheckRow[],
  countedRows: number,
  problems: readonly Problem[],
): CheckCounts {
  const leftOut = new Set(problems.filter((p) => p.wholeRow).map((p) => `${p.tab}\u0000${p.row}`));
  const open = rows.filter((r) => !r.accepted);
  return {
    reportRows: countedRows + leftOut.size,
    errors: open.filter((r) => r.level === 'Lỗi').length,
    warnings: open.filter((r) => r.level === 'Cảnh báo').length,
    accepted: rows.length - open.length,
    modelProblems: rows.filter((r) => r.fromModel).length,
  };
}
