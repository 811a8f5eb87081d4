// Data validation rules (list, date, number) between exceljs worksheets and DataValidationData.
import type ExcelJS from 'exceljs';
import type { DataValidationData } from '../workbook-data';
import { columnLetters, columnNumber } from '../runtime/a1';
import { maxOf, minOf } from '../../src/core/lists';

type Model = Record<string, ExcelJS.DataValidation | undefined>;

function modelOf(ws: ExcelJS.Worksheet): Model {
  return ((ws as unknown as { dataValidations: { model: Model } }).dataValidations.model ?? {}) as Model;
}

function decode(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Cells sharing one rule → A1 ranges: one rectangle when they fill it, else one range per column run. */
function rangesOf(cells: { row: number; col: number }[]): string[] {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  const [r0, r1, c0, c1] = [minOf(rows), maxOf(rows), minOf(cols), maxOf(cols)];
  const a1 = (r: number, c: number) => `${columnLetters(c)}${r}`;
  if ((r1 - r0 + 1) * (c1 - c0 + 1) === cells.length)
    return [r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`];
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const c of [...sorted.slice(1), null]) {
    if (c && c.col === prev.col && c.row === prev.row + 1) {
      prev = c;
      continue;
    }
    out.push(
      start === prev ? a1(start.row, start.col) : `${a1(start.row, start.col)}:${a1(prev.row, prev.col)}`,
    );
    if (c) start = prev = c;
  }
  return out;
}

/** Splits an Excel list literal `"a,b,c"`; null when the list points at cells instead. */
function listValues(formula: unknown): string[] | null {
  const m = /^"(.*)"$/s.exec(String(formula ?? '').trim());
  return m ? m[1].split(',').map((s) => s.trim()) : null;
}

/** True for a rule the workbook model holds: a list of values, a date, a number. */
function isModelled(rule: ExcelJS.DataValidation): boolean {
  if (rule.type === 'list') return listValues(rule.formulae?.[0]) !== null;
  return rule.type === 'date' || rule.type === 'decimal' || rule.type === 'whole';
}

/**
 * Reads the sheet's validations the workbook model holds; the others (a list taken from cells,
 * text length, custom formulas) stay in the file the runner writes over (`replaceValidations`).
 */
export function readValidations(ws: ExcelJS.Worksheet): DataValidationData[] {
  const groups = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, rule] of Object.entries(modelOf(ws))) {
    const at = rule && decode(address);
    if (!rule || !at) continue;
    const list = groups.get(rule) ?? [];
    list.push(at);
    groups.set(rule, list);
  }
  const out: DataValidationData[] = [];
  for (const [rule, cells] of groups) {
    const allowInvalid =
      !rule.showErrorMessage || rule.errorStyle === 'warning' || rule.errorStyle === 'information';
    const helpText = rule.prompt || undefined;
    const base = { allowInvalid, ...(helpText ? { helpText } : {}) };
    if (!isModelled(rule)) continue;
    for (const range of rangesOf(cells)) {
      if (rule.type === 'list')
        out.push({ range, kind: 'list', values: listValues(rule.formulae?.[0])!, ...base });
      else if (rule.type === 'date') out.push({ range, kind: 'date', ...base });
      else out.push({ range, kind: 'number', ...base });
    }
  }
  return out;
}

/** Writes validations onto the sheet; a list xlsx cannot hold (comma in a value, over 255 characters) becomes a notice. */
export function writeValidations(
  ws: ExcelJS.Worksheet,
  rules: DataValidationData[] | undefined,
  notices: string[],
): void {
  const model = modelOf(ws);
  for (const v of rules ?? []) {
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: v.allowInvalid ? 'warning' : 'stop',
      ...(v.helpText ? { showInputMessage: true, prompt: v.helpText } : {}),
    };
    if (v.kind === 'list') {
      const values = v.values ?? [];
      const literal = `"${values.join(',')}"`;
      if (values.some((s) => s.includes(',') || s.includes('"')) || literal.length > 257) {
        notices.push(
          `${ws.name}!${v.range}: danh sách chọn (${values.join('; ')}) quá dài hoặc có dấu phẩy, .xlsx không ghi được.`,
        );
        continue;
      }
      model[v.range] = { type: 'list', formulae: [literal], ...common };
    } else if (v.kind === 'date') {
      model[v.range] = {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        ...common,
      };
    } else {
      model[v.range] = { type: 'decimal', operator: 'between', formulae: [-1e15, 1e15], ...common };
    }
  }
}

/** Replaces the rules of a tab read from a file that the workbook model holds with `rules`; the others stay as read. */
export function replaceValidations(
  ws: ExcelJS.Worksheet,
  rules: DataValidationData[] | undefined,
  notices: string[],
): void {
  const model = modelOf(ws);
  for (const [address, rule] of Object.entries(model)) if (rule && isModelled(rule)) delete model[address];
  writeValidations(ws, rules, notices);
}
