// Loading a WorkbookData snapshot into the fake spreadsheet (raw, nothing parsed) and dumping it back.
import type {
  CellData,
  ConditionalFormatData,
  DataValidationData,
  SheetData,
  WorkbookData,
} from '../workbook-data';
import { a1Of, parseA1 } from './a1';
import { WallDate, isDate, type Cell } from './cell';
import { apiValue } from './cell-values';
import { FakeChart } from './chart';
import { FakeConditionalFormatRule } from './conditional-format';
import { FakeDataValidation, type RuleSpec } from './data-validation';
import { FakeProtection } from './protection';
import { FakeRange, normalizeColor } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { LoadedTab } from './tab-changes';
import { toWall } from './zone';
import { maxOf, minOf } from '../../src/core/lists';

function loadCell(d: CellData, zone: string): Cell {
  const c: Cell = {};
  const v = d.value;
  if (isDate(v)) c.value = new WallDate(toWall(v.getTime(), zone));
  else if (v !== null && v !== undefined) c.value = v;
  if (d.formula) c.formula = d.formula.replace(/^=/, '');
  if (d.numberFormat) c.format = d.numberFormat;
  if (d.note) c.note = d.note;
  const bg = normalizeColor(d.background);
  if (bg) c.background = bg;
  if (d.bold) c.bold = true;
  if (d.link) c.link = d.link;
  if (d.wrap) c.wrap = 'WRAP';
  return c;
}

function ruleSpec(v: DataValidationData): RuleSpec {
  const base = { allowInvalid: v.allowInvalid, helpText: v.helpText ?? null };
  if (v.kind === 'list') return { ...base, criteria: 'VALUE_IN_LIST', args: [v.values ?? [], true] };
  if (v.kind === 'date') return { ...base, criteria: 'DATE_IS_VALID_DATE', args: [] };
  return { ...base, criteria: 'NUMBER_BETWEEN', args: [-Number.MAX_VALUE, Number.MAX_VALUE] };
}

function loadSheet(sheet: FakeSheet, d: SheetData, index: number): void {
  const zone = sheet.ctx.timeZone;
  const { rows: _rows, ...settings } = d;
  const loaded: LoadedTab = { index, settings };
  sheet.loaded = loaded;
  const g = sheet.grid;
  g.maxRows = Math.max(1000, d.rows.length);
  g.maxCols = maxOf(
    d.rows.map((r) => r?.length ?? 0),
    26,
  );
  d.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      Object.assign(g.at(r + 1, c + 1), loadCell(cell, zone));
      g.tidy(r + 1, c + 1);
    }),
  );
  sheet.frozenRows = d.frozenRows ?? 0;
  sheet.columnWidths = { ...(d.columnWidths ?? {}) };
  sheet.hiddenColumns = new Set(d.hiddenColumns ?? []);
  sheet.hidden = d.hidden === true;
  const rangeOf = (a1: string) => {
    const p = parseA1(a1);
    if (!p) throw new Error(`Tab ${d.name}: bad range ${a1}`);
    return new FakeRange(
      sheet,
      p.row,
      p.col,
      p.numRows ?? g.maxRows - p.row + 1,
      p.numCols ?? g.maxCols - p.col + 1,
    );
  };
  for (const v of d.dataValidations ?? []) {
    const rule = new FakeDataValidation(sheet.ctx, ruleSpec(v));
    const r = rangeOf(v.range);
    for (let i = 0; i < r.numRows; i++)
      for (let j = 0; j < r.numCols; j++) g.at(r.row + i, r.col + j).validation = rule;
  }
  // From here on a run's writes keep what each cell held, which is what tells what the run changed.
  g.keepOriginals();
  sheet.conditionalRules = (d.conditionalFormats ?? []).map(
    (f) =>
      new FakeConditionalFormatRule(sheet.ctx, {
        kind: f.kind,
        text: f.text,
        formula: f.formula,
        background: f.background,
        ranges: [rangeOf(f.range)],
      }),
  );
  if (d.protection) {
    const p = new FakeProtection(sheet);
    p.description = d.protection.description;
    p.warningOnly = d.protection.warningOnly;
    sheet.protection = p;
  }
  for (let i = 0; i < (d.charts ?? 0); i++) {
    sheet.charts.push(
      new FakeChart(
        sheet.ctx,
        { type: 'COLUMN', ranges: [], position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {} },
        sheet.ctx.nextId(),
      ),
    );
  }
}

/** Fills an empty spreadsheet from a snapshot: values as given (Dates are instants), nothing read as typed. */
export function loadWorkbook(ss: FakeSpreadsheet, data: WorkbookData): void {
  data.sheets.forEach((d, i) => loadSheet(ss.addSheet(d.name), d, i));
}

function dumpCell(cell: Cell, sheet: FakeSheet): CellData {
  const v =
    cell.value === undefined || cell.value === ''
      ? null
      : apiValue(cell, { ...sheet.ctx, makeDate: (ms) => new Date(ms) });
  const out: CellData = { value: v };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.format) out.numberFormat = cell.format;
  if (cell.note) out.note = cell.note;
  if (cell.background) out.background = cell.background;
  if (cell.bold) out.bold = true;
  if (cell.link) out.link = cell.link;
  if (cell.wrap === 'WRAP') out.wrap = true;
  return out;
}

/** Cells sharing one rule, as A1 ranges: one rectangle when they fill it, else runs down each column. */
function rangesOf(cells: [number, number][]): string[] {
  const rows = cells.map(([r]) => r);
  const cols = cells.map(([, c]) => c);
  const [r0, r1, c0, c1] = [minOf(rows), maxOf(rows), minOf(cols), maxOf(cols)];
  if ((r1 - r0 + 1) * (c1 - c0 + 1) === cells.length) return [a1Of(r0, c0, r1 - r0 + 1, c1 - c0 + 1)];
  const sorted = [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const [pr, pc] = sorted[i - 1];
    if (i < sorted.length && sorted[i][1] === pc && sorted[i][0] === pr + 1) continue;
    out.push(a1Of(sorted[start][0], pc, pr - sorted[start][0] + 1, 1));
    start = i;
  }
  return out;
}

function validationKind(criteria: string): DataValidationData['kind'] | null {
  if (criteria === 'VALUE_IN_LIST') return 'list';
  if (criteria.startsWith('DATE_')) return 'date';
  if (criteria.startsWith('NUMBER_')) return 'number';
  return null;
}

function dumpSheet(sheet: FakeSheet): SheetData {
  const rows: (CellData | null)[][] = [];
  const rules = new Map<FakeDataValidation, [number, number][]>();
  for (const [r, c, cell] of sheet.grid.cells()) {
    if (cell.validation) {
      const list = rules.get(cell.validation) ?? [];
      list.push([r, c]);
      rules.set(cell.validation, list);
    }
    const data = dumpCell(cell, sheet);
    if (data.value === null && Object.keys(data).length === 1) continue; // only a rule: listed in dataValidations
    const line = (rows[r - 1] ??= []);
    while (line.length < c - 1) line.push(null);
    line[c - 1] = data;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const out: SheetData = { name: sheet.name, rows };
  if (sheet.frozenRows) out.frozenRows = sheet.frozenRows;
  if (Object.keys(sheet.columnWidths).length) out.columnWidths = { ...sheet.columnWidths };
  if (sheet.hiddenColumns.size) out.hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b);
  if (sheet.hidden) out.hidden = true;
  const validations: DataValidationData[] = [];
  for (const [rule, cells] of rules) {
    const kind = validationKind(rule.spec.criteria);
    if (!kind) continue;
    for (const range of rangesOf(cells)) {
      const v: DataValidationData = { range, kind, allowInvalid: rule.spec.allowInvalid };
      if (kind === 'list') v.values = [...(rule.spec.args[0] as string[])];
      if (rule.spec.helpText) v.helpText = rule.spec.helpText;
      validations.push(v);
    }
  }
  if (validations.length) out.dataValidations = validations;
  const formats: ConditionalFormatData[] = sheet.conditionalRules.flatMap((rule) =>
    rule.spec.ranges.map((r) => {
      const f: ConditionalFormatData = {
        range: a1Of(r.row, r.col, r.numRows, r.numCols),
        kind: rule.spec.kind as ConditionalFormatData['kind'],
        background: rule.spec.background ?? '',
      };
      if (rule.spec.text !== undefined) f.text = rule.spec.text;
      if (rule.spec.formula !== undefined) f.formula = rule.spec.formula;
      return f;
    }),
  );
  if (formats.length) out.conditionalFormats = formats;
  if (sheet.protection)
    out.protection = { description: sheet.protection.description, warningOnly: sheet.protection.warningOnly };
  if (sheet.charts.length) out.charts = sheet.charts.length;
  return out;
}

/** Snapshot of every tab (values as getValues returns them, blanks as null) with the spreadsheet's zone and locale. */
export function dumpWorkbook(ss: FakeSpreadsheet): WorkbookData {
  return { sheets: ss.sheets.map(dumpSheet), timeZone: ss.ctx.timeZone, locale: ss.ctx.locale };
}
