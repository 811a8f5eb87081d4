// Reads `Chỉ tiêu` rows into indicators: code, name, unit, kind, start and due days, and each village's target.
import { DEFAULT_KIND, TAB } from '../contract';
import { isCountedUnit, parseAmount } from '../amount';
import { isBlank } from '../text';
import type { CellValue, Day, Indicator, IndicatorKind, TabData, Village } from '../types';
import { formatViNumber } from '../vi-format';
import { parseViNumber } from '../vi-number';
import { formatDay, asDay } from '../zone';
import { a1 } from './a1';
import { headerKey } from './headers';
import { Problems, quoted, shownText } from './problems';
import { parseDayValue } from './setting-values';
import { locateTargetColumns } from './target-columns';

const T = TAB.targets;

/** What blank `Bắt đầu` / `Hạn` mean and how typed dates are read; null when the settings could not be read. */
export interface DateContext {
  timeZone: string;
  /** Year of a date typed without one (the campaign start's). */
  year: number;
  campaignStart: Day;
  campaignEnd: Day;
}

const KINDS: Record<string, IndicatorKind> = {
  'cong don': 'Cộng dồn',
  'luy ke': 'Lũy kế',
  'dat/chua': 'Đạt/Chưa',
  'dat chua': 'Đạt/Chưa',
};

/** `Loại` text to a kind (blank = Cộng dồn); undefined when unknown. */
export function parseKind(text: string): IndicatorKind | undefined {
  if (text.trim() === '') return DEFAULT_KIND;
  return KINDS[headerKey(text).replace(/\s*[/-]\s*/g, '/')];
}

interface Cell {
  value: CellValue;
  shown: string;
  ref: string;
}

/** Reads the indicators, in sheet order; problems go to `p` (see docs/workbook.md for which stop the model). */
export function readIndicators(
  tab: TabData,
  villages: readonly Village[],
  dates: DateContext | null,
  p: Problems,
): Indicator[] {
  const cols = locateTargetColumns(tab, villages, p);
  if (!cols) return [];
  const out: Indicator[] = [];
  const codes = new Map<string, number>();
  const names = new Map<string, number>();
  for (let r = 1; r < tab.values.length; r++) {
    const row = r + 1;
    const at = (c: number): Cell => {
      const value = c < 0 ? '' : (tab.values[r]?.[c] ?? '');
      return {
        value,
        shown: c < 0 ? '' : shownText(value, tab.displays[r]?.[c]),
        ref: c < 0 ? '' : a1(row, c + 1),
      };
    };
    const [code, name, unit, kind, start, due] = [
      cols.code,
      cols.name,
      cols.unit,
      cols.kind,
      cols.start,
      cols.due,
    ].map(at);
    const targetCells = cols.villages.map((v) => ({ village: v.village, cell: at(v.col) }));
    const all = [code, name, unit, kind, start, due, ...targetCells.map((t) => t.cell)];
    if (all.every((c) => isBlank(c.value) && c.shown === '')) continue;
    if (code.shown === '') {
      p.note(
        T,
        code.ref,
        'dòng này chưa ghi Mã nên không được dùng: hãy ghi mã chỉ tiêu (ví dụ HANG_RAO) hoặc xóa dòng.',
      );
      continue;
    }
    if (/[[\];,\s]/.test(code.shown)) {
      p.stop(
        T,
        code.ref,
        `mã ${quoted(code.shown)} có dấu cách hoặc một trong các ký tự [ ] ; , — hãy viết liền, ví dụ HANG_RAO.`,
      );
      continue;
    }
    const firstRow = codes.get(headerKey(code.shown));
    if (firstRow !== undefined) {
      p.stop(
        T,
        code.ref,
        `mã ${quoted(code.shown)} trùng với mã ở dòng ${firstRow}: mỗi chỉ tiêu một mã riêng.`,
      );
      continue;
    }
    codes.set(headerKey(code.shown), row);
    if (cols.name >= 0 && name.shown === '')
      p.note(T, name.ref, `chỉ tiêu ${code.shown} chưa ghi Nội dung: hãy ghi nội dung như trong kế hoạch.`);
    const sameName = name.shown === '' ? undefined : names.get(headerKey(name.shown));
    if (sameName !== undefined) {
      p.note(
        T,
        name.ref,
        `Nội dung trùng với chỉ tiêu ở dòng ${sameName}: biểu mẫu phải ghi mã trong ngoặc vuông (ví dụ [${code.shown}]) để phân biệt.`,
      );
    } else if (name.shown !== '') names.set(headerKey(name.shown), row);
    if (cols.unit >= 0 && unit.shown === '')
      p.note(
        T,
        unit.ref,
        `chỉ tiêu ${code.shown} chưa ghi ĐVT: hãy ghi đơn vị tính (km, m, vườn, hộ, cái…).`,
      );
    const k = parseKind(kind.shown);
    if (!k) {
      p.stop(
        T,
        kind.ref,
        `Loại ${quoted(kind.shown)} không hợp lệ: hãy chọn Cộng dồn, Lũy kế hoặc Đạt/Chưa (để trống = Cộng dồn).`,
      );
      continue;
    }
    const span = dates ? readSpan(code.shown, start, due, dates, p) : { start: asDay(NaN), due: asDay(NaN) };
    if (!span) continue;
    const targets: Record<string, number> = {};
    for (const { village, cell } of targetCells) {
      const t = readTarget(code.shown, unit.shown, k, village, cell, p);
      if (t !== null && t > 0) targets[village.name] = t;
    }
    if (Object.keys(targets).length === 0) {
      p.note(
        T,
        code.ref,
        `chỉ tiêu ${code.shown} chưa giao cho thôn nào: hãy ghi chỉ tiêu vào cột của các thôn.`,
      );
    }
    out.push({
      code: code.shown,
      name: name.shown,
      unit: unit.shown,
      kind: k,
      start: span.start,
      due: span.due,
      targets,
      row,
    });
  }
  return out;
}

function readSpan(
  code: string,
  start: Cell,
  due: Cell,
  d: DateContext,
  p: Problems,
): { start: Day; due: Day } | null {
  const day = (c: Cell, blank: Day): Day | null => {
    if (isBlank(c.value) && c.shown === '') return blank;
    const r = parseDayValue(c.value, c.shown, d.timeZone, d.year);
    if (r.ok) return r.value;
    p.stop(T, c.ref, `${r.message} (để trống = theo thời gian phong trào).`);
    return null;
  };
  const s = day(start, d.campaignStart);
  const e = day(due, d.campaignEnd);
  if (s === null || e === null) return null;
  if (e < s) {
    p.stop(
      T,
      due.ref || start.ref,
      `chỉ tiêu ${code} có Hạn ${formatDay(e)} trước ngày Bắt đầu ${formatDay(s)}: hãy sửa lại ngày.`,
    );
    return null;
  }
  const campaign = `${formatDay(d.campaignStart)}–${formatDay(d.campaignEnd)}`;
  if (s < d.campaignStart)
    p.note(
      T,
      start.ref,
      `chỉ tiêu ${code} bắt đầu ${formatDay(s)}, trước khi phong trào bắt đầu (${campaign}): hãy kiểm tra lại.`,
    );
  if (e > d.campaignEnd)
    p.note(
      T,
      due.ref,
      `chỉ tiêu ${code} có Hạn ${formatDay(e)}, sau khi phong trào kết thúc (${campaign}): hãy kiểm tra lại.`,
    );
  return { start: s, due: e };
}

/** A village's target; null when blank or unreadable (the latter stops the model). */
function readTarget(
  code: string,
  unit: string,
  kind: IndicatorKind,
  village: Village,
  c: Cell,
  p: Problems,
): number | null {
  if (isBlank(c.value) && c.shown === '') return null;
  const of = `chỉ tiêu ${code} của thôn ${village.name}`;
  const n = kind === 'Đạt/Chưa' ? parseViNumber(c.value) : parseAmount(c.value, unit);
  if (!n.ok) {
    p.stop(T, c.ref, `${of}: ${n.message} (để trống nếu thôn không có chỉ tiêu này).`);
    return null;
  }
  if (n.value < 0) {
    p.stop(
      T,
      c.ref,
      `${of} là số âm (${formatViNumber(n.value)}): hãy ghi số không âm; để trống nếu thôn không có chỉ tiêu này.`,
    );
    return null;
  }
  if (kind === 'Đạt/Chưa' && n.value !== 0 && n.value !== 1) {
    p.stop(
      T,
      c.ref,
      `${of} là tiêu chí Đạt/Chưa nên chỉ tiêu phải là 1 (hoặc để trống): hãy sửa ${quoted(c.shown)} thành 1.`,
    );
    return null;
  }
  if (kind !== 'Đạt/Chưa' && isCountedUnit(unit) && !Number.isInteger(n.value)) {
    p.note(
      T,
      c.ref,
      `${of} (${formatViNumber(n.value)} ${unit}) không phải số nguyên, trong khi ${unit} đếm theo đơn vị: hãy kiểm tra lại.`,
    );
  }
  return n.value;
}
