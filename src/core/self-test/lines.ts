// The self-test's report: each line compares what was written with what was read back, in words an officer can pass on.
import type { CellValue } from '../types';
import { formatViNumber } from '../vi-format';
import { formatInstant, instantOfDate, isDateCell } from '../zone';

export interface SelfTestLine {
  label: string;
  ok: boolean;
  /** What was read (OK) or what differed. */
  detail: string;
}

/** A cell value in words: `chữ "001"`, `số 3,5`, `ngày 16/03/2026 14:30` (in `timeZone`), `TRUE`, `(trống)`. */
export function describeCell(v: CellValue, timeZone: string): string {
  if (isDateCell(v)) return `ngày ${formatInstant(instantOfDate(v), timeZone)}`;
  if (typeof v === 'number') return `số ${formatViNumber(v)}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v === '' ? '(trống)' : `chữ "${v}"`;
}

/** OK when every item was read back as expected; else each item that differed, expected then read. */
export function compareLine(
  label: string,
  expected: readonly string[],
  actual: readonly string[],
): SelfTestLine {
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const want = expected[i] ?? '(không có)';
    const got = actual[i] ?? '(không có)';
    if (want !== got) diffs.push(`mong đợi ${want}, đọc lại ${got}`);
  }
  return diffs.length === 0
    ? { label, ok: true, detail: actual.join('; ') }
    : { label, ok: false, detail: diffs.join('; ') };
}

/** A check that could not finish: what Apps Script said. */
export function errorLine(label: string, message: string): SelfTestLine {
  return { label, ok: false, detail: `lỗi: ${message}` };
}

export function lineText(line: SelfTestLine): string {
  return `${line.ok ? 'OK' : 'KHÁC'} — ${line.label}: ${line.detail}`;
}

/** The whole report: a first line with the count, then one line per check. */
export function selfTestReport(lines: readonly SelfTestLine[]): string {
  const bad = lines.filter((l) => !l.ok).length;
  const head =
    bad === 0
      ? `Tất cả ${lines.length} mục đều OK.`
      : `${bad}/${lines.length} mục KHÁC: xem docs/deploy.md (Tự kiểm tra) để biết cách xử lý từng mục.`;
  return [head, ...lines.map(lineText)].join('\n');
}
