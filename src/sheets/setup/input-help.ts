// Input help on the input tabs, column by column: drop-downs, date checks, date and vi-VN number formats, blanks highlighted.
// It covers rows 2 to the end and only formats: no value is written or changed.
//
// Choice: every rule here allows invalid input (Sheets shows a warning mark and the help text) instead of
// rejecting it. The model reads `Loại` and dates forgivingly ("cong don", 16/3/2023 typed as text) and reports
// what it cannot read, naming the cell; a rejected entry would be lost typing for nothing.
import {
  INDICATOR_KINDS,
  SETTINGS_COLUMNS,
  TARGET_COLUMNS,
  VILLAGE_COLUMNS,
  settingSpec,
  type ColumnSpec,
  type SettingKey,
} from '../../core/contract';
import { columnLetter, findColumn, headerKey } from '../../core/model';
import { shownText } from '../../core/model/problems';
import type { CellValue, TabData } from '../../core/types';
import type { Sheet } from '../tab-io';
import { villageKey } from './layout';
import { formatNumbers, numberFormatFor } from './number-formats';

export const DATE_FORMAT = 'dd/MM/yyyy';
export const TEXT_FORMAT = '@';
/** Background of a required cell left blank in a row that has something else. */
export const REQUIRED_BLANK_COLOR = '#f4cccc';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const KIND_HELP =
  'Chọn Cộng dồn, Lũy kế hoặc Đạt/Chưa (để trống = Cộng dồn). Chữ khác vẫn được giữ, bước Kiểm tra sẽ báo nếu không đọc được.';
const DATE_HELP = 'Ghi ngày dạng dd/MM/yyyy, ví dụ 15/05/2023.';

function kindRule(): Rule {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...INDICATOR_KINDS], true)
    .setAllowInvalid(true)
    .setHelpText(KIND_HELP)
    .build();
}

function dateRule(extra: string): Rule {
  return SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(true)
    .setHelpText(`${DATE_HELP} ${extra}`.trim())
    .build();
}

/** Rows 2…end of one column (1-based), or null when the sheet has no row below the header. */
function body(sheet: Sheet, col: number): GoogleAppsScript.Spreadsheet.Range | null {
  const rows = sheet.getMaxRows() - 1;
  return col >= 1 && rows >= 1 ? sheet.getRange(2, col, rows, 1) : null;
}

/** Custom formula of set-up's highlight for column `letter`: the cell is blank and its row is not. */
export function requiredBlankFormula(letter: string): string {
  return `=(${letter}2="")*(COUNTA(2:2)>0)`;
}

const OURS = /^=\([A-Z]+2=""\)\*\(COUNTA\(2:2\)>0\)$/;

function isOurs(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const c = rule.getBooleanCondition();
  return (
    !!c &&
    String(c.getCriteriaType()) === 'CUSTOM_FORMULA' &&
    OURS.test(String(c.getCriteriaValues()[0] ?? ''))
  );
}

/** Replaces set-up's own highlight rules (found by their formula) with one per required column; other rules are kept. */
function highlightRequired(sheet: Sheet, cols: number[]): void {
  const kept = sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
  const ours = cols.flatMap((col) => {
    const range = body(sheet, col);
    if (!range) return [];
    const formula = requiredBlankFormula(columnLetter(col));
    return [
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(REQUIRED_BLANK_COLOR)
        .setRanges([range])
        .build(),
    ];
  });
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

/** 1-based columns of `titles` found in the header (absent ones dropped). */
function columns(header: readonly string[], specs: ColumnSpec[]): number[] {
  return specs.map((s) => findColumn(header, s) + 1).filter((c) => c > 0);
}

function headerOf(sheet: Sheet): string[] {
  const width = sheet.getLastColumn();
  return width === 0 ? [] : sheet.getRange(1, 1, 1, width).getDisplayValues()[0];
}

/** `Chỉ tiêu`: Loại drop-down, date checks and formats on Bắt đầu / Hạn, vi-VN numbers in village columns, required Mã, Nội dung, ĐVT. */
export function helpTargets(sheet: Sheet, villages: readonly string[]): void {
  const header = headerOf(sheet);
  const T = TARGET_COLUMNS;
  const kind = body(sheet, findColumn(header, T.kind) + 1);
  if (kind) kind.setDataValidation(kindRule());
  for (const [spec, extra] of [
    [T.start, 'Để trống = Ngày bắt đầu ở tab Cấu hình.'],
    [T.due, 'Để trống = Ngày kết thúc ở tab Cấu hình.'],
  ] as const) {
    const range = body(sheet, findColumn(header, spec) + 1);
    range?.setDataValidation(dateRule(extra)).setNumberFormat(DATE_FORMAT);
  }
  const keys = new Set(villages.map(villageKey));
  formatNumbers(
    sheet,
    header.flatMap((title, c) => (title.trim() !== '' && keys.has(villageKey(title)) ? [c + 1] : [])),
  );
  highlightRequired(sheet, columns(header, [T.code, T.name, T.unit]));
}

/** `Thôn`: vi-VN numbers in Số hộ, phone numbers kept as text (a leading 0 stays), required Thôn and Email. */
export function helpVillages(sheet: Sheet): void {
  const header = headerOf(sheet);
  const V = VILLAGE_COLUMNS;
  formatNumbers(sheet, columns(header, [V.households]));
  body(sheet, findColumn(header, V.phone) + 1)?.setNumberFormat(TEXT_FORMAT);
  highlightRequired(sheet, columns(header, [V.village, V.email]));
}

/** Format and rule of a parameter's value cell; undefined leaves the cell as it is. */
const VALUE_HELP: Partial<
  Record<SettingKey, { format: (v: CellValue, current: string) => string | null; rule?: () => Rule }>
> = {
  campaignStart: { format: () => DATE_FORMAT, rule: () => dateRule('Ghi đủ năm.') },
  campaignEnd: { format: () => DATE_FORMAT, rule: () => dateRule('') },
  remindBeforeHours: { format: numberFormatFor },
  supportAmount: { format: numberFormatFor },
};

/** `Cấu hình`: date format and check on the two campaign dates, vi-VN formats on the two numbers; other cells untouched. */
export function helpSettings(sheet: Sheet, tab: TabData): void {
  const header = (tab.values[0] ?? []).map((v, c) => shownText(v, tab.displays[0]?.[c]));
  const param = findColumn(header, SETTINGS_COLUMNS.param);
  const value = findColumn(header, SETTINGS_COLUMNS.value);
  if (param < 0 || value < 0) return;
  const keyOf = new Map<string, SettingKey>();
  for (const key of Object.keys(VALUE_HELP) as SettingKey[]) {
    const spec = settingSpec(key);
    for (const n of [spec.name, ...(spec.aliases ?? [])]) keyOf.set(headerKey(n), key);
  }
  // One cell per known parameter (at most four), found in the rows read once.
  for (let r = 1; r < tab.values.length; r++) {
    const key = keyOf.get(headerKey(shownText(tab.values[r]?.[param], tab.displays[r]?.[param])));
    const help = key && VALUE_HELP[key];
    if (!help) continue;
    const cell = sheet.getRange(r + 1, value + 1);
    const format = help.format(tab.values[r][value], cell.getNumberFormat());
    if (format !== null) cell.setNumberFormat(format);
    if (help.rule) cell.setDataValidation(help.rule());
  }
}
