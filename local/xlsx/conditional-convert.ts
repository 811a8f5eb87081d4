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

export function readConditionalFormats(ws: ExcelJS.Worksheet, notices: string[]): ConditionalFormatData[] {
  const out: ConditionalFormatData[] = [];
  for (const f of formattings(ws)) {
    for (const rule of f.rules ?? []) {
      const background = backgroundOf(rule);
      const range = String(f.ref).split(/\s+/)[0];
      let item: ConditionalFormatData | null = null;
      if (background && rule.type === 'containsText' && rule.operator === 'containsBlanks')
        item = { range, kind: 'blank', background };
      else if (
        background &&
        rule.type === 'cellIs' &&
        rule.operator === 'equal' &&
        unquote(rule.formulae?.[0]) !== null
      )
        item = { range, kind: 'textEqual', text: unquote(rule.formulae?.[0])!, background };
      else if (background && rule.type === 'expression' && rule.formulae?.[0] !== undefined)
        item = {
          range,
          kind: 'formula',
          formula: `=${String(rule.formulae[0]).replace(/^=/, '')}`,
          background,
        };
      if (item) out.push(item);
      else notices.push(`${ws.name}!${f.ref}: định dạng có điều kiện kiểu "${rule.type}" không giữ được.`);
    }
  }
  return out;
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
