// One cell between exceljs and CellData. Dates here are "wall" Dates (UTC fields = wall clock); the zone is applied by the caller.
import type ExcelJS from 'exceljs';
import type { CellData } from '../workbook-data';
import { excelToSheetsFormat, sheetsToExcelFormat } from './number-format';

type Scalar = string | number | boolean | Date | null;

function scalarOf(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return o.error; // Sheets shows an error cell as its code, e.g. #DIV/0!
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((p) => p.text).join('');
  if ('text' in o) return scalarOf(o.text);
  return String(v);
}

function noteText(note: unknown): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as ExcelJS.Comment).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

/** `#rrggbb` of a solid fill given as ARGB; undefined for no fill or a theme/indexed colour. */
export function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

export function hexToArgb(hex: string): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (m) return `FF${m[1].toUpperCase()}`;
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex.trim());
  return short
    ? `FF${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase()
    : undefined;
}

export interface ReadCell {
  cell: CellData | null;
  /** True when the cell had a fill colour that xlsx expresses only through a theme (not carried). */
  themeFill: boolean;
  /** The formula (with `=`) of a formula cell whose file holds no computed result. */
  uncomputed?: string;
}

/** exceljs cell → CellData (null when the cell holds nothing worth keeping). */
export function readCell(c: ExcelJS.Cell): ReadCell {
  const raw = c.value as unknown;
  const data: CellData = { value: null };
  let uncomputed: string | undefined;
  if (
    raw &&
    typeof raw === 'object' &&
    !(raw instanceof Date) &&
    ('formula' in raw || 'sharedFormula' in raw)
  ) {
    const f = raw as ExcelJS.CellFormulaValue;
    data.formula = c.formula || f.formula;
    data.value = scalarOf(f.result);
    if (f.result === undefined && data.formula) uncomputed = `=${data.formula.replace(/^=/, '')}`;
  } else {
    data.value = scalarOf(raw);
  }
  if (data.value === '') data.value = null;
  const link =
    c.hyperlink ||
    (raw && typeof raw === 'object' && 'hyperlink' in raw
      ? (raw as ExcelJS.CellHyperlinkValue).hyperlink
      : undefined);
  if (link) data.link = link;
  const format = excelToSheetsFormat(c.numFmt);
  if (format) data.numberFormat = format;
  const note = noteText(c.note);
  if (note) data.note = note;
  let themeFill = false;
  const fill = c.fill as ExcelJS.FillPattern | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const hex = argbToHex(fill.fgColor?.argb);
    if (hex) data.background = hex;
    else themeFill = true;
  }
  if (c.font?.bold) data.bold = true;
  if (c.alignment?.wrapText) data.wrap = true;
  const empty =
    data.value === null &&
    !data.formula &&
    !data.note &&
    !data.background &&
    !data.bold &&
    !data.link &&
    !data.wrap &&
    !data.numberFormat;
  return { cell: empty ? null : data, themeFill, ...(uncomputed ? { uncomputed } : {}) };
}

/** The exceljs value of a cell's value, formula (with its cached result) and link. */
export function excelValue(data: CellData): ExcelJS.CellValue {
  const v = data.value;
  if (data.formula) {
    const formula = data.formula.replace(/^=/, '');
    return v === null || v === undefined ? { formula } : { formula, result: v };
  }
  if (data.link && v !== null && v !== undefined) return { text: String(v), hyperlink: data.link };
  return v ?? null;
}

/** CellData → exceljs cell (value, formula with cached result, format, note, fill, bold, link, wrapping). */
export function writeCell(c: ExcelJS.Cell, data: CellData): void {
  c.value = excelValue(data);
  if (data.numberFormat) c.numFmt = sheetsToExcelFormat(data.numberFormat);
  if (data.note) c.note = data.note;
  if (data.background) {
    const argb = hexToArgb(data.background);
    if (argb) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  }
  if (data.bold) c.font = { bold: true };
  if (data.wrap) c.alignment = { wrapText: true };
}
