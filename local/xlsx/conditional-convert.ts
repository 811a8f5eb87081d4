// Conditional formats (blank cell, text equal, custom formula → background) between exceljs and ConditionalFormatData.
import type ExcelJS from 'exceljs';
import type { ConditionalFormatData } from '../workbook-data';
import { argbToHex, hexToArgb } from './cell-convert';

interface RawRule {
  type: string;
  operator?: string;
  text?: string;
  formulae?: unknown[];
  style?: { fill?: ExcelJS.FillPattern };
}
interface RawFormatting {
  ref: string;
  rules: RawRule[];
}

function formattings(ws: ExcelJS.Worksheet): RawFormatting[] {
  const holder = ws as unknown as { conditionalFormattings?: RawFormatting[] };
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

function backgroundOf(rule: RawRule): string | undefined {
  const fill = rule.style?.fill;
  if (!fill || fill.type !== 'pattern') return undefined;
  return argbToHex(fill.bgColor?.argb) ?? argbToHex(fill.fgColor?.argb);
}

/** `"Chậm tiến độ"` → `Chậm tiến độ` (Excel doubles quotes inside a string). */
function unquote(formula: unknown): string | null {
  const m = /^"(.*)"$/s.exec(String(formula ?? '').trim());
  return m ? m[1].replace(/""/g, '"') : null;
}

/** The rule as the workbook model holds it (blank, text equal, custom formula with a background), or null. */
function dataOf(ref: string, rule: RawRule): ConditionalFormatData | null {
  const background = backgroundOf(rule);
  const range = String(ref).split(/\s+/)[0];
  if (!background) return null;
  if (rule.type === 'containsText' && rule.operator === 'containsBlanks')
    return { range, kind: 'blank', background };
  const text = unquote(rule.formulae?.[0]);
  if (rule.type === 'cellIs' && rule.operator === 'equal' && text !== null)
    return { range, kind: 'textEqual', text, background };
  if (rule.type === 'expression' && rule.formulae?.[0] !== undefined)
    return { range, kind: 'formula', formula: `=${String(rule.formulae[0]).replace(/^=/, '')}`, background };
  return null;
}

/** Reads the formats the workbook model holds; the others stay in the file the runner writes over (`replaceConditionalFormats`). */
export function readConditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormatData[] {
  const out: ConditionalFormatData[] = [];
  for (const f of formattings(ws))
    for (const rule of f.rules ?? []) {
      const item = dataOf(f.ref, rule);
      if (item) out.push(item);
    }
  return out;
}

/** Replaces the formats of a tab read from a file that the workbook model holds with `rules`; the others stay as read. */
export function replaceConditionalFormats(
  ws: ExcelJS.Worksheet,
  rules: ConditionalFormatData[] | undefined,
  notices: string[],
): void {
  const kept = formattings(ws)
    .map((f) => ({ ...f, rules: (f.rules ?? []).filter((r) => !dataOf(f.ref, r)) }))
    .filter((f) => f.rules.length > 0);
  (ws as unknown as { conditionalFormattings: RawFormatting[] }).conditionalFormattings = kept;
  writeConditionalFormats(ws, rules, notices);
}

export function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  rules: ConditionalFormatData[] | undefined,
  notices: string[],
): void {
  let priority = 1;
  for (const r of rules ?? []) {
    const argb = hexToArgb(r.background);
    if (!argb) {
      notices.push(`${ws.name}!${r.range}: màu "${r.background}" của định dạng có điều kiện không ghi được.`);
      continue;
    }
    const style = { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } };
    let rule: ExcelJS.ConditionalFormattingRule;
    if (r.kind === 'blank') rule = { type: 'containsText', operator: 'containsBlanks', priority, style };
    else if (r.kind === 'textEqual')
      rule = {
        type: 'cellIs',
        operator: 'equal',
        formulae: [`"${(r.text ?? '').replace(/"/g, '""')}"`],
        priority,
        style,
      };
    else
      rule = { type: 'expression', formulae: [String(r.formula ?? '').replace(/^=/, '')], priority, style };
    priority += 1;
    ws.addConditionalFormatting({ ref: r.range, rules: [rule] });
  }
}
