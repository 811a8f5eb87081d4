// Finds the columns of `Chỉ tiêu`: the fixed ones by title, and one column per village titled with its name.
import { TAB, TARGET_COLUMNS, TARGET_EXTRA_COLUMNS, titlesOf } from '../contract';
import { isBlank } from '../text';
import type { TabData, Village } from '../types';
import { a1 } from './a1';
import { findColumn, headerKey } from './headers';
import { findVillageIn } from './match-village';
import { Problems, quoted, shownText } from './problems';
import { maxOf } from '../lists';

const T = TAB.targets;

/** 0-based columns (-1 when absent) and the village columns in sheet order. */
export interface TargetColumns {
  code: number;
  name: number;
  unit: number;
  kind: number;
  start: number;
  due: number;
  villages: { col: number; village: Village }[];
}

const EXTRA = new Set(TARGET_EXTRA_COLUMNS.flatMap(titlesOf).map(headerKey));

function columnHasData(tab: TabData, c: number): boolean {
  for (let r = 1; r < tab.values.length; r++) if (!isBlank(tab.values[r]?.[c] ?? '')) return true;
  return false;
}

/**
 * Locates the columns; null when `Mã` is missing (fatal). A title that is neither a fixed column, nor a
 * notes/total column, nor a village of `Thôn` stops the model when the column holds values (its targets would
 * be lost), and is only reported when it is empty.
 */
export function locateTargetColumns(
  tab: TabData,
  villages: readonly Village[],
  p: Problems,
): TargetColumns | null {
  const header = tab.values[0] ?? [];
  const C = TARGET_COLUMNS;
  const cols: TargetColumns = {
    code: findColumn(header, C.code),
    name: findColumn(header, C.name),
    unit: findColumn(header, C.unit),
    kind: findColumn(header, C.kind),
    start: findColumn(header, C.start),
    due: findColumn(header, C.due),
    villages: [],
  };
  if (cols.code < 0) {
    p.stop(
      T,
      'A1',
      'thiếu cột "Mã" ở hàng 1: hàng tiêu đề phải là Mã | Nội dung | ĐVT | Loại | Bắt đầu | Hạn, rồi mỗi thôn một cột.',
    );
    return null;
  }
  for (const k of ['name', 'unit', 'kind', 'start', 'due'] as const) {
    if (cols[k] < 0) p.note(T, 'A1', `thiếu cột "${C[k].title}" ở hàng 1: hãy thêm cột này. ${C[k].note}`);
  }
  // Without villages (a fatal problem of `Thôn`, already reported) the village columns cannot be judged.
  if (villages.length === 0) return cols;
  const fixed = new Set([cols.code, cols.name, cols.unit, cols.kind, cols.start, cols.due]);
  const width = maxOf(
    tab.values.map((r) => r.length),
    header.length,
  );
  const byVillage = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    if (fixed.has(c)) continue;
    const title = shownText(header[c] ?? '', tab.displays[0]?.[c]);
    if (title === '' || EXTRA.has(headerKey(title))) continue;
    const cell = a1(1, c + 1);
    const village = findVillageIn(villages, title);
    if (!village) {
      const known = villages.map((v) => v.name).join(', ');
      const text = `cột ${quoted(title)} không trùng tên thôn nào trong tab ${p.title(TAB.villages)} (${known})`;
      if (columnHasData(tab, c))
        p.stop(
          T,
          cell,
          `${text}: hãy sửa tiêu đề cột cho đúng tên thôn, thêm thôn vào tab ${p.title(TAB.villages)}, hoặc xóa cột.`,
        );
      else p.note(T, cell, `${text} và đang trống nên được bỏ qua: hãy sửa tiêu đề hoặc xóa cột.`);
      continue;
    }
    const first = byVillage.get(village.name);
    if (first !== undefined) {
      p.stop(
        T,
        cell,
        `thôn ${village.name} có hai cột chỉ tiêu (${a1(1, first + 1)} và ${cell}): hãy gộp lại thành một cột.`,
      );
      continue;
    }
    byVillage.set(village.name, c);
    cols.villages.push({ col: c, village });
  }
  for (const v of villages) {
    if (!byVillage.has(v.name)) {
      p.note(
        T,
        '',
        `thôn ${v.name} chưa có cột trong tab ${p.title(T)} nên chưa có chỉ tiêu nào: hãy thêm cột tiêu đề "${v.name}".`,
      );
    }
  }
  return cols;
}
