// Shows a number as Sheets does for a number format (`#,##0`, `0.00`, `0%`, `#,##0" m"`…) in a locale.
import { automaticNumberText } from '../../src/core/automatic-number';
import type { LocaleConventions } from './locale';

/** Splits a format into its `;` sections, ignoring `;` inside quotes. */
export function sections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const dateFormats = new Map<string, boolean>();

/** True for a format whose letters make it a date/time format. */
export function isDateFormat(format: string): boolean {
  let yes = dateFormats.get(format);
  if (yes === undefined) dateFormats.set(format, (yes = looksLikeDate(format)));
  return yes;
}

function looksLikeDate(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return !/^general$/i.test(bare.trim()) && /[dmyhs]/i.test(bare);
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Automatic format: the product's own rule (src/core/automatic-number.ts), in the locale's decimal mark. */
export function formatAutomatic(n: number, conv: LocaleConventions): string {
  return automaticNumberText(n, conv.decimal);
}

function applySection(n: number, section: string, conv: LocaleConventions): string {
  let prefix = '';
  let suffix = '';
  let spec = '';
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let lit = '';
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') lit = section[++i] ?? '';
    else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      if (inner.startsWith('$')) lit = inner.slice(1).split('-')[0];
      i = end < 0 ? section.length : end;
    } else if (ch === '_' || ch === '*') i++;
    else if ('0#?'.includes(ch) || ((ch === ',' || ch === '.') && spec !== '' && suffix === '')) {
      spec += ch;
      continue;
    } else {
      if (ch === '%') percent = true;
      lit = ch;
    }
    if (spec === '') prefix += lit;
    else suffix += lit;
  }
  const value = percent ? n * 100 : n;
  const [intSpec, fracSpec = ''] = spec.split('.');
  const minInt = (intSpec.match(/0/g) ?? []).length;
  const minDec = (fracSpec.match(/0/g) ?? []).length;
  const maxDec = (fracSpec.match(/[0#?]/g) ?? []).length;
  const fixed = Number(value.toPrecision(15)).toFixed(maxDec);
  let [int, frac = ''] = fixed.split('.');
  while (frac.length > minDec && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  if (intSpec.includes(',')) int = group(int, conv.group);
  const body =
    spec === ''
      ? ''
      : int + (frac ? conv.decimal + frac : fracSpec !== '' && frac === '' && minDec > 0 ? conv.decimal : '');
  return prefix + body + suffix;
}

/** `n` shown with number format `format` (not a date format; '' = automatic). */
export function formatNumber(n: number, format: string, conv: LocaleConventions): string {
  if (!format || /^general$/i.test(format.trim()) || format === '@') return formatAutomatic(n, conv);
  const secs = sections(format);
  if (n < 0 && secs.length > 1) return applySection(-n, secs[1], conv);
  if (n === 0 && secs.length > 2) return applySection(0, secs[2], conv);
  const text = applySection(Math.abs(n), secs[0], conv);
  const shownZero = !/[1-9]/.test(text);
  return n < 0 && !shownZero ? `-${text}` : text;
}
