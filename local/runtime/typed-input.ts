// Reads a string written by setValue(s)/appendRow as Sheets reads typed text, in the spreadsheet's locale.
import { WallDate, type Stored } from './cell';
import type { LocaleConventions } from './locale';
import { SERIAL_EPOCH_WALL, wallOf } from './zone';

export type Typed = { formula: string } | { value: Stored; format?: string };

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number typed in the locale (`3.200`, `0,38`, `-5`, `38%`, `1,5E3`), with the format Sheets would pick; null if not one. */
const numberPatterns = new Map<LocaleConventions, RegExp>();

function numberPattern(conv: LocaleConventions): RegExp {
  let re = numberPatterns.get(conv);
  if (!re) {
    const g = esc(conv.group);
    const d = esc(conv.decimal);
    re = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?(%?)$`);
    numberPatterns.set(conv, re);
  }
  return re;
}

export function typedNumber(t: string, conv: LocaleConventions): { value: number; format?: string } | null {
  const m = numberPattern(conv).exec(t);
  if (!m) return null;
  const [, sign, int, frac, exp, pct] = m;
  if (int === '' && (frac === undefined || frac === '')) return null;
  const grouped = int.includes(conv.group);
  const digits = `${int.split(conv.group).join('') || '0'}.${frac ?? ''}`;
  let value = Number(`${sign}${digits}${exp !== undefined ? `e${exp}` : ''}`);
  if (!Number.isFinite(value)) return null;
  const decimals = frac ? frac.length : 0;
  const tail = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  if (pct) {
    value = value / 100;
    return { value, format: `0${tail}%` };
  }
  return grouped ? { value, format: `#,##0${tail}` } : { value };
}

function year(y: string, thisYear: () => number): number {
  if (y === '') return thisYear();
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const TIME = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const ISO_DATE = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${TIME}$`);
const LOCAL_DATE = {
  slash: new RegExp(`^(\\d{1,2})[/-](\\d{1,2})(?:[/-](\\d{2}|\\d{4}))?${TIME}$`),
  dot: new RegExp(`^(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?${TIME}$`),
};

/** A date (and optional time) typed in the locale's order, or ISO yyyy-MM-dd; its wall time, or null. */
export function typedDate(t: string, conv: LocaleConventions, thisYear: () => number): number | null {
  const iso = ISO_DATE.exec(t);
  if (iso)
    return wallOf(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
    );
  const m = (conv.dateFormat.includes('.') ? LOCAL_DATE.dot : LOCAL_DATE.slash).exec(t);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [day, month] = conv.dateOrder === 'DMY' ? [a, b] : [b, a];
  return wallOf(
    year(m[3] ?? '', thisYear),
    month,
    day,
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}

/** A time of day alone (`14:30`, `8:05:10`): Sheets stores it on 30/12/1899. */
export function typedTime(t: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  return SERIAL_EPOCH_WALL + ((h * 60 + mi) * 60 + s) * 1000;
}

/**
 * What a cell holds after `text` is typed into it: a formula for `=…`, the text after a leading
 * apostrophe, a boolean, number or date when the text reads as one in the locale, else the text itself.
 */
export function readTyped(text: string, conv: LocaleConventions, thisYear: () => number): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return { formula: text.slice(1) };
  const t = text.trim();
  if (t === '') return { value: text };
  if (!/[\d.,]/.test(t[0]) && t[0] !== '-' && t[0] !== '+' && !/^(true|false)$/i.test(t))
    return { value: text };
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const n = typedNumber(t, conv);
  if (n) return n;
  const d = typedDate(t, conv, thisYear) ?? typedTime(t);
  if (d !== null) return { value: new WallDate(d) };
  return { value: text };
}
