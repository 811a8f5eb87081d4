// Adapter: writes the form's links into the input tabs: the `Biểu mẫu` row of `Cấu hình` and the `Link báo cáo` column of `Thôn`.
// Only those cells: other rows, other columns and what people typed are never written.
import { SETTINGS_COLUMNS, TAB, VILLAGE_COLUMNS, settingSpec } from '../core/contract';
import { findColumn, headerKey } from '../core/model';
import { shownText } from '../core/model/problems';
import type { CellValue, TabData, Village } from '../core/types';
import { asText } from './cell-text';
import { ensureSize, findSheet, type Spreadsheet } from './tab-io';
import { UserError } from './user-error';
import { maxOf } from '../core/lists';

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
 * Writes each village's link in `Link báo cáo` (adding the column right of the last one when missing). Only the
 * cells whose link changes are written, one setValues per run of consecutive such rows (one run when the
 * villages are listed together), so a row between villages and a link already right keep what they hold,
 * formulas included. Returns how many links changed.
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
  const changes = villages
    .map((v, i) => ({ row: v.row, link: links[i] }))
    .filter((c) => String(tab.values[c.row - 1]?.[col] ?? '') !== c.link)
    .sort((a, b) => a.row - b.row);
  if (changes.length === 0) return 0;
  ensureSize(sheet, changes[changes.length - 1].row, col + 1);
  for (const run of consecutiveRuns(changes)) {
    sheet.getRange(run[0].row, col + 1, run.length, 1).setValues(run.map((c) => [asText(c.link)]));
  }
  return changes.length;
}

/** Splits rows sorted by number into runs of consecutive row numbers. */
function consecutiveRuns<T extends { row: number }>(sorted: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].row === item.row - 1) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
