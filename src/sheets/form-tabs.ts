// Adapter: writes the form's links into the input tabs: the `Biểu mẫu` row of `Cấu hình` and the `Link báo cáo` column of `Thôn`.
// Only those cells: other rows, other columns and what people typed are never written.
import { SETTINGS_COLUMNS, TAB, VILLAGE_COLUMNS, settingSpec } from '../core/contract';
import { findColumn, headerKey } from '../core/model';
import { shownText } from '../core/model/problems';
import type { CellValue, TabData, Village } from '../core/types';
import { asText } from './cell-text';
import { ensureSize, findSheet, type Spreadsheet } from './tab-io';
import { UserError } from './user-error';
import { maxOf, minOf } from '../core/lists';

function tabData(tabs: readonly TabData[], name: string): TabData {
  const t = tabs.find((x) => x.name === name) ?? tabs.find((x) => headerKey(x.name) === headerKey(name));
  if (!t) throw new UserError(`Sổ chưa có tab ${name}: hãy chạy menu NTM › Thiết lập / sửa sổ theo dõi.`);
  return t;
}

/** Writes `text` as the value of `Biểu mẫu` (adding the row below the last one when missing); returns 'unchanged', 'written' or 'added'. */
export function writeFormSetting(
  ss: Spreadsheet,
  tabs: readonly TabData[],
  text: string,
): 'unchanged' | 'written' | 'added' {
  const tab = tabData(tabs, TAB.settings);
  const sheet = findSheet(ss, tab.name)!;
  const header = tab.values[0] ?? [];
  const param = findColumn(header, SETTINGS_COLUMNS.param);
  const value = findColumn(header, SETTINGS_COLUMNS.value);
  const note = findColumn(header, SETTINGS_COLUMNS.note);
  const spec = settingSpec('formLinks');
  const names = [spec.name, ...(spec.aliases ?? [])].map(headerKey);
  const r = tab.values.findIndex(
    (row, i) => i > 0 && names.includes(headerKey(shownText(row[param], tab.displays[i]?.[param]))),
  );
  if (r > 0) {
    if (String(tab.values[r][value] ?? '') === text) return 'unchanged';
    sheet.getRange(r + 1, value + 1).setValue(asText(text));
    return 'written';
  }
  const width = Math.max(param, value, note) + 1;
  const row: CellValue[] = new Array<CellValue>(width).fill('');
  row[param] = spec.name;
  row[value] = asText(text);
  if (note >= 0) row[note] = spec.note;
  const at = sheet.getLastRow() + 1;
  ensureSize(sheet, at, width);
  sheet.getRange(at, 1, 1, width).setValues([row]);
  return 'added';
}

/**
 * Writes each village's link in `Link báo cáo` (adding the column right of the last one when missing) with one
 * setValues over the villages' rows; a row between them that is not a village keeps what it holds. Returns how many links changed.
 */
export function writeVillageLinks(
  ss: Spreadsheet,
  tabs: readonly TabData[],
  villages: readonly Village[],
  links: readonly string[],
): number {
  const tab = tabData(tabs, TAB.villages);
  const sheet = findSheet(ss, tab.name)!;
  const spec = VILLAGE_COLUMNS.reportLink;
  const found = findColumn(tab.values[0] ?? [], spec);
  const col =
    found >= 0
      ? found
      : maxOf(
          tab.values.map((r) => r.length),
          0,
        );
  if (found < 0) {
    ensureSize(sheet, 1, col + 1);
    sheet
      .getRange(1, col + 1)
      .setValue(spec.title)
      .setNote(spec.note);
  }
  if (villages.length === 0) return 0;
  const first = minOf(villages.map((v) => v.row));
  const last = maxOf(villages.map((v) => v.row));
  const column: CellValue[] = [];
  for (let r = first; r <= last; r++) column.push(tab.values[r - 1]?.[col] ?? '');
  let changed = 0;
  villages.forEach((v, i) => {
    if (String(column[v.row - first]) === links[i]) return;
    column[v.row - first] = asText(links[i]);
    changed++;
  });
  if (changed === 0) return 0;
  ensureSize(sheet, last, col + 1);
  sheet.getRange(first, col + 1, column.length, 1).setValues(column.map((c) => [c]));
  return changed;
}
