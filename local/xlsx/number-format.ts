// Number formats between Excel (`dd/mm/yyyy hh:mm`, `General`) and Sheets (`dd/MM/yyyy HH:mm`, '' = automatic).
// Number patterns (`#,##0.##`, `0%`, `@`) are the same in both; only date/time letters differ.

interface Token {
  text: string;
  /** Lower-case date letter (y, m, d, h, s) for a date/time run, else undefined. */
  letter?: string;
}

/** Splits a format into date-letter runs and literal pieces (quoted text, `\x`, `[…]` stay literal). */
function tokenize(format: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      out.push({ text: format.slice(i, stop) });
      i = stop;
    } else if (ch === '\\') {
      out.push({ text: format.slice(i, i + 2) });
      i += 2;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      const stop = end < 0 ? format.length : end + 1;
      out.push({ text: format.slice(i, stop) });
      i = stop;
    } else if (/^(am\/pm|a\/p)/i.test(format.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(format.slice(i))![0];
      out.push({ text: m, letter: 'ampm' });
      i += m.length;
    } else if (/[ymdhs]/i.test(ch)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ text: format.slice(i, j), letter: ch.toLowerCase() });
      i = j;
    } else {
      out.push({ text: ch });
      i += 1;
    }
  }
  return out;
}

function isDateFormat(tokens: Token[]): boolean {
  return tokens.some((t) => t.letter && t.letter !== 'ampm');
}

/** Marks each `m` run as month or minute, the way both Excel and Sheets read it (after h, or before s = minute). */
function minuteRuns(tokens: Token[]): Set<number> {
  const minutes = new Set<number>();
  const dated = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.letter && x.t.letter !== 'ampm');
  dated.forEach((x, k) => {
    if (x.t.letter !== 'm') return;
    const prev = dated[k - 1]?.t.letter;
    const next = dated[k + 1]?.t.letter;
    if (prev === 'h' || next === 's') minutes.add(x.i);
  });
  return minutes;
}

/**
 * Excel's built-in date formats 14 and 22 are the computer's short date (and time): Excel and Sheets show
 * them the local way, never as their stored `mm-dd-yy` (what exceljs names them). Read in vi_VN, day first.
 */
const SYSTEM_DATE_FORMATS: Record<string, string> = {
  'mm-dd-yy': 'dd/MM/yyyy',
  'm/d/yy h:mm': 'dd/MM/yyyy HH:mm',
};

/** Excel format → Sheets-like format: `General` → '', month letters upper case, 24-hour `HH` unless AM/PM. */
export function excelToSheetsFormat(format: string | undefined): string {
  if (!format || /^general$/i.test(format.trim())) return '';
  const system = SYSTEM_DATE_FORMATS[format.trim().toLowerCase()];
  if (system) return system;
  const tokens = tokenize(format);
  if (!isDateFormat(tokens)) return format;
  const minutes = minuteRuns(tokens);
  const twelveHour = tokens.some((t) => t.letter === 'ampm');
  return tokens
    .map((t, i) => {
      switch (t.letter) {
        case 'm':
          return minutes.has(i) ? t.text.toLowerCase() : t.text.toUpperCase();
        case 'h':
          return twelveHour ? t.text.toLowerCase() : t.text.toUpperCase();
        case 'y':
        case 'd':
        case 's':
          return t.text.toLowerCase();
        default:
          return t.text;
      }
    })
    .join('');
}

/** Sheets-like format → Excel format: '' → `General`, `MM` → `mm`, `HH` → `hh` (24-hour unless AM/PM). */
export function sheetsToExcelFormat(format: string | undefined): string {
  if (!format) return 'General';
  const tokens = tokenize(format);
  if (!isDateFormat(tokens)) return format;
  return tokens.map((t) => (t.letter && t.letter !== 'ampm' ? t.text.toLowerCase() : t.text)).join('');
}

/** True when a format shows a date or time (used to tell date validation and date results apart). */
export function isDateTimeFormat(format: string | undefined): boolean {
  return !!format && isDateFormat(tokenize(format));
}
