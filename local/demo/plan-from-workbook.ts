// Reads the plan back from a workbook (villages, indicators, campaign dates), so the demo never keeps a second copy of it.
import { fold } from '../../src/core/text';
import type { CellData, SheetData, WorkbookData } from '../workbook-data';
import { instantToWall } from '../xlsx';

const DAY = 86_400_000;

export interface PlanVillage {
  name: string;
  email: string;
}

export interface PlanIndicator {
  code: string;
  name: string;
  unit: string;
  kind: 'Cộng dồn' | 'Lũy kế' | 'Đạt/Chưa';
  /** Village name → target (> 0 only). */
  targets: Record<string, number>;
  /** Wall-clock midnights (UTC fields = the civil date). */
  start: Date;
  due: Date;
}

export interface DemoPlan {
  villages: PlanVillage[];
  indicators: PlanIndicator[];
  start: Date;
  end: Date;
}

function tab(workbook: WorkbookData, name: string): SheetData | undefined {
  return workbook.sheets.find((s) => fold(s.name) === fold(name));
}

const raw = (c: CellData | null | undefined) => (c ? c.value : null);
const text = (c: CellData | null | undefined) => {
  const v = raw(c);
  return v === null || v instanceof Date ? '' : String(v).trim();
};

/** Header row (within the first ten rows) holding all `required` titles, with a title → column lookup. */
function table(
  sheet: SheetData,
  required: string[],
): { header: number; col: (title: string) => number } | null {
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const heads = (sheet.rows[r] ?? []).map((c) => fold(text(c)));
    if (required.every((t) => heads.includes(fold(t))))
      return { header: r, col: (t) => heads.indexOf(fold(t)) };
  }
  return null;
}

/** A cell holding a civil date: a Date (instant, read in `zone`) or `dd/MM/yyyy` text → wall midnight. */
function dayOf(c: CellData | null | undefined, zone: string): Date | null {
  const v = raw(c);
  if (v instanceof Date) {
    const w = instantToWall(v, zone);
    return new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate()));
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text(c));
  return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : null;
}

function setting(workbook: WorkbookData, name: string, zone: string): Date | null {
  const sheet = tab(workbook, 'Cấu hình');
  const t = sheet && table(sheet, ['Tham số', 'Giá trị']);
  if (!sheet || !t) return null;
  const row = sheet.rows.slice(t.header + 1).find((r) => fold(text(r?.[t.col('Tham số')])) === fold(name));
  return row ? dayOf(row[t.col('Giá trị')], zone) : null;
}

function kindOf(s: string): PlanIndicator['kind'] {
  const f = fold(s);
  if (f === fold('Lũy kế')) return 'Lũy kế';
  if (f === fold('Đạt/Chưa')) return 'Đạt/Chưa';
  return 'Cộng dồn';
}

/** The plan as the workbook states it; null when `Thôn` or `Chỉ tiêu` is missing or empty. */
export function planFromWorkbook(workbook: WorkbookData, zone: string): DemoPlan | null {
  const villageTab = tab(workbook, 'Thôn');
  const targetTab = tab(workbook, 'Chỉ tiêu');
  const vt = villageTab && table(villageTab, ['Thôn']);
  const tt = targetTab && table(targetTab, ['Mã', 'Nội dung']);
  if (!villageTab || !targetTab || !vt || !tt) return null;
  const villages = villageTab.rows
    .slice(vt.header + 1)
    .map((r) => ({
      name: text(r?.[vt.col('Thôn')]),
      email: text(r?.[vt.col('Email')]).split(/[,;]/)[0].trim(),
    }))
    .filter((v) => v.name);
  const start = setting(workbook, 'Ngày bắt đầu', zone) ?? new Date(Date.UTC(2023, 2, 15));
  const end = setting(workbook, 'Ngày kết thúc', zone) ?? new Date(start.getTime() + 290 * DAY);
  const heads = (targetTab.rows[tt.header] ?? []).map((c) => text(c));
  const indicators: PlanIndicator[] = [];
  for (const r of targetTab.rows.slice(tt.header + 1)) {
    const code = text(r?.[tt.col('Mã')]);
    if (!code) continue;
    const targets: Record<string, number> = {};
    for (const v of villages) {
      const c = heads.findIndex((h) => fold(h) === fold(v.name));
      const n = c >= 0 ? raw(r[c]) : null;
      if (typeof n === 'number' && n > 0) targets[v.name] = n;
    }
    indicators.push({
      code,
      name: text(r[tt.col('Nội dung')]),
      unit: tt.col('ĐVT') >= 0 ? text(r[tt.col('ĐVT')]) : '',
      kind: tt.col('Loại') >= 0 ? kindOf(text(r[tt.col('Loại')])) : 'Cộng dồn',
      targets,
      start: (tt.col('Bắt đầu') >= 0 && dayOf(r[tt.col('Bắt đầu')], zone)) || start,
      due: (tt.col('Hạn') >= 0 && dayOf(r[tt.col('Hạn')], zone)) || end,
    });
  }
  return villages.length && indicators.length ? { villages, indicators, start, end } : null;
}
