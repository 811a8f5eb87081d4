// Use case shared by validate, rollup and reminders: load the model, read the officer's acceptances, validate, show the result.
import { TAB } from '../core/contract';
import type { Instant, Model, ModelProblem, ValidationResult } from '../core/types';
import { validate } from '../core/validation';
import { findTab } from '../core/model';
import { markCells, type MarkCounts } from '../sheets/cell-marks';
import { checkRows, countRows, type CheckCounts } from '../sheets/check/check-rows';
import { acceptedKeys, buildCheckTable } from '../sheets/check/check-table';
import { writeCheckTab } from '../sheets/check-tab';
import { loadModel } from '../sheets/load-model';
import { withDocumentLock } from '../sheets/lock';
import { ONLY_AGREED } from '../sheets/check/agreement';
import { exampleRowsLeft } from '../sheets/setup/example-rows';
import { REMOVE_EXAMPLES_LABEL } from './setup';

export interface ValidatedWorkbook {
  model: Model;
  validation: ValidationResult;
  /** Non-fatal input problems of the model. */
  modelProblems: ModelProblem[];
  /** What `Kiểm tra` lists (also when it is not written). */
  counts: CheckCounts;
  /** Cells marked and marks taken away (zero when not written). */
  marks: MarkCounts;
  /** The title `Kiểm tra` has in this workbook. */
  checkTab: string;
}

export interface ValidateOptions {
  /** Rebuild `Kiểm tra` and mark the offending cells (default true). */
  write?: boolean;
}

/**
 * Validates the active workbook as of `asOf` (ms), counting the values the officer accepted with
 * `Đồng ý` in `Kiểm tra`. With `write` (the default) it rebuilds `Kiểm tra` and marks the offending
 * cells. Throws a UserError when the inputs cannot be read. Takes no lock: the caller holds it.
 */
export function validateWorkbook(asOf: Instant, options: ValidateOptions = {}): ValidatedWorkbook {
  const { model, problems: modelProblems, tabs } = loadModel();
  const previous = findTab(tabs, TAB.check);
  const stamps = new Map(
    model.reports.flatMap((t) => t.rows.map((r) => [`${t.name}\u0000${r.row}`, r.timestampDisplay] as const)),
  );
  const validation = validate(
    model,
    asOf,
    acceptedKeys(previous, (tab, row) => stamps.get(`${tab}\u0000${row}`)),
  );
  const rows = checkRows(validation.problems, modelProblems, tabs);
  const table = buildCheckTable(rows, previous);
  const left = exampleRowsLeft(tabs, model.settings.timeZone);
  const counts: CheckCounts = {
    ...countRows(rows, validation.rows.length, validation.problems),
    unclear: table.unclear.filter((u) => u).length,
    examples: [
      { tab: findTab(tabs, TAB.villages)?.name ?? TAB.villages, rows: left.villages },
      { tab: findTab(tabs, TAB.targets)?.name ?? TAB.targets, rows: left.targets },
    ].filter((e) => e.rows > 0),
  };
  let marks: MarkCounts = { marked: 0, cleared: 0 };
  if (options.write !== false) {
    writeCheckTab(table);
    marks = markCells(rows, tabs);
  }
  return { model, validation, modelProblems, counts, marks, checkTab: previous?.name ?? TAB.check };
}

/** The officer's summary of a run: rows checked, open errors and warnings, accepted values; the example data still there, once. */
export function checkSummary(c: CheckCounts, checkTab: string = TAB.check): string {
  return `${problemSummary(c, checkTab)}${exampleNote(c.examples ?? [])}`;
}

function problemSummary(c: CheckCounts, checkTab: string): string {
  const checked = `Đã kiểm tra ${c.reportRows} dòng báo cáo`;
  if (c.errors + c.warnings + c.accepted === 0) return `${checked}: không có lỗi hay cảnh báo nào.`;
  const model = c.modelProblems
    ? ` (${c.modelProblems} vấn đề ở cấu hình, thôn, chỉ tiêu hoặc tiêu đề cột)`
    : '';
  const accepted = c.accepted ? `, ${c.accepted} giá trị cán bộ đã xác nhận` : '';
  const unclear = c.unclear ? `, ${c.unclear} ô Xác nhận ghi chữ khác Đồng ý (${ONLY_AGREED})` : '';
  return `${checked}: ${c.errors} lỗi, ${c.warnings} cảnh báo${accepted}${unclear}${model}. Xem chi tiết ở tab ${checkTab}.`;
}

function exampleNote(examples: readonly { tab: string; rows: number }[]): string {
  if (examples.length === 0) return '';
  const where = examples.map((e) => `${e.rows} dòng ở tab ${e.tab}`).join(', ');
  return ` Sổ còn dữ liệu mẫu do Thiết lập ghi (${where}): khi đã nhập thôn và chỉ tiêu của xã, chọn NTM › ${REMOVE_EXAMPLES_LABEL} để xóa; nếu đó đúng là kế hoạch của xã, xóa chữ ví dụ ở cột Ghi chú.`;
}

/** Validates now under the document lock, rebuilds `Kiểm tra` and the marks; returns the summary. */
export function validateAndShow(asOf: Instant): string {
  return withDocumentLock(() => {
    const done = validateWorkbook(asOf, { write: true });
    return checkSummary(done.counts, done.checkTab);
  });
}
