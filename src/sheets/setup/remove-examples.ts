// "Xóa dữ liệu mẫu": after a confirmation, deletes the unchanged example rows and example village columns left empty.
// Rows of `Thôn` and `Chỉ tiêu` go with one call per run of adjacent rows; the summary says which were kept and why.
import { EXAMPLE_NOTE, TAB, seedPlan, seedTargetsTable, seedVillagesTable } from '../../core/contract';
import { active, findSheet, readTab, type Sheet, type Spreadsheet } from '../tab-io';
import { confirm } from '../ui';
import { UserError } from '../user-error';
import { planExampleRemoval, type RemovalPlan, type RowVerdict } from './example-rows';

export const REMOVE_TITLE = 'Xóa dữ liệu mẫu';

/** Runs of adjacent numbers, last run first (deleting bottom-up keeps the other numbers valid). */
export function runsFromEnd(numbers: readonly number[]): { start: number; count: number }[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === n) last.count++;
    else runs.push({ start: n, count: 1 });
  }
  return runs.reverse();
}

function deleteRows(sheet: Sheet, rows: readonly number[]): void {
  if (rows.length === 0) return;
  // Sheets refuses to delete every row below the frozen ones: keep one blank row.
  if (sheet.getMaxRows() - rows.length <= sheet.getFrozenRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  for (const run of runsFromEnd(rows)) sheet.deleteRows(run.start, run.count);
}

function deleteColumns(sheet: Sheet, cols: readonly number[]): void {
  for (const run of runsFromEnd(cols)) sheet.deleteColumns(run.start, run.count);
}

const keys = (vs: readonly RowVerdict[]) => vs.map((v) => v.key).join(', ');

/** The titles the workbook gives `Thôn` and `Chỉ tiêu`. */
interface Names {
  villages: string;
  targets: string;
}

function keptLines(plan: RemovalPlan, names: Names): string[] {
  const kept = [
    ...plan.villages.map((v) => [names.villages, v] as const),
    ...plan.targets.map((v) => [names.targets, v] as const),
  ].filter(([, v]) => !v.remove);
  return kept.map(([tab, v]) => `• Giữ lại ${tab} dòng ${v.row} (${v.key}): ${v.reason}.`);
}

function removalText(plan: RemovalPlan, names: Names): string {
  const parts: string[] = [];
  const goV = plan.villages.filter((v) => v.remove);
  const goT = plan.targets.filter((v) => v.remove);
  if (goV.length) parts.push(`${goV.length} dòng mẫu ở tab ${names.villages} (${keys(goV)})`);
  if (goT.length) parts.push(`${goT.length} dòng mẫu ở tab ${names.targets} (${keys(goT)})`);
  if (plan.dropTitles.length)
    parts.push(`các cột thôn mẫu đã trống ở tab ${names.targets} (${plan.dropTitles.join(', ')})`);
  return parts.join('; ');
}

/** Plans, asks, deletes; returns the summary (kept rows listed with their reason). */
export function removeExamples(ss: Spreadsheet = active()): string {
  const villagesSheet = findSheet(ss, TAB.villages);
  const targetsSheet = findSheet(ss, TAB.targets);
  if (!villagesSheet || !targetsSheet) {
    throw new UserError(
      `Không thấy tab ${!villagesSheet ? TAB.villages : TAB.targets}: không có dữ liệu mẫu nào để xóa. Chạy NTM › Thiết lập / sửa sổ theo dõi để tạo tab.`,
    );
  }
  const plan = seedPlan();
  const zone = ss.getSpreadsheetTimeZone();
  const removal = planExampleRemoval(
    readTab(villagesSheet),
    readTab(targetsSheet),
    seedVillagesTable(plan),
    seedTargetsTable(plan),
    zone,
  );
  const names = { villages: villagesSheet.getName(), targets: targetsSheet.getName() };
  const kept = keptLines(removal, names);
  const what = removalText(removal, names);
  if (what === '') {
    const none = `Không có dòng mẫu nào chưa sửa để xóa (dòng mẫu là dòng có Ghi chú "${EXAMPLE_NOTE}").`;
    return kept.length ? `${none}\n${kept.join('\n')}` : none;
  }
  const question = [
    `Xóa ${what}?`,
    ...(kept.length ? ['Những dòng mẫu đã sửa được giữ nguyên:', ...kept] : []),
  ].join('\n');
  if (!confirm(REMOVE_TITLE, question)) return 'Không xóa gì (chưa được đồng ý).';
  deleteRows(
    targetsSheet,
    removal.targets.filter((v) => v.remove).map((v) => v.row),
  );
  deleteColumns(targetsSheet, removal.dropColumns);
  deleteRows(
    villagesSheet,
    removal.villages.filter((v) => v.remove).map((v) => v.row),
  );
  const done = [
    `Đã xóa ${what}.`,
    ...kept,
    `Tab ${findSheet(ss, TAB.settings)?.getName() ?? TAB.settings} giữ nguyên: hãy sửa các tham số có ghi chú "(${EXAMPLE_NOTE})" cho đúng với xã.`,
  ];
  return done.join('\n');
}
