// Shows a wall-clock time with a Sheets date/time format (`dd/MM/yyyy`, `dd/MM/yyyy HH:mm`, `h:mm AM/PM`…).
import { wallFields } from './zone';

/** English day and month names, as Sheets and Utilities.formatDate show them in an English locale. */
export const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const VI_DAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const VI_DAYS_SHORT = ['CN', 'Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7'];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

type Token = { kind: 'lit'; text: string } | { kind: 'field'; letter: string; len: number };

const tokenCache = new Map<string, Token[]>();

function tokens(format: string): Token[] {
  let toks = tokenCache.get(format);
  if (!toks) tokenCache.set(format, (toks = tokenize(format)));
  return toks;
}

function tokenize(format: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < format.length;) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      out.push({ kind: 'lit', text: format.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? format.length : end + 1;
    } else if (ch === '\\') {
      out.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
    } else if (/^(AM\/PM|am\/pm|A\/P|a\/p)/.test(format.slice(i))) {
      const len = format.slice(i).startsWith('A/P') || format.slice(i).startsWith('a/p') ? 3 : 5;
      out.push({ kind: 'field', letter: 'ampm', len });
      i += len;
    } else if (/[dmyhs]/i.test(ch)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ kind: 'field', letter: ch.toLowerCase(), len: j - i });
      i = j;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      i = end < 0 ? format.length : end + 1; // colours and [h] elapsed markers are not shown
    } else {
      out.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  return out;
}

/** `wall` shown with Sheets date format `format`; `vi` picks Vietnamese day and month names. */
export function formatSheetsDate(wall: number, format: string, vi: boolean): string {
  const f = wallFields(wall);
  const toks = tokens(format);
  const twelve = toks.some((t) => t.kind === 'field' && t.letter === 'ampm');
  const fields = toks.filter((t): t is Extract<Token, { kind: 'field' }> => t.kind === 'field');
  return toks
    .map((t) => {
      if (t.kind === 'lit') return t.text;
      switch (t.letter) {
        case 'y':
          return t.len <= 2 ? pad(f.y % 100) : pad(f.y, 4);
        case 'd':
          if (t.len >= 4) return (vi ? VI_DAYS : EN_DAYS)[f.dow];
          if (t.len === 3) return vi ? VI_DAYS_SHORT[f.dow] : EN_DAYS[f.dow].slice(0, 3);
          return t.len === 2 ? pad(f.d) : String(f.d);
        case 'h': {
          const h = twelve ? ((f.h + 11) % 12) + 1 : f.h;
          return t.len >= 2 ? pad(h) : String(h);
        }
        case 's':
          return t.len >= 2 ? pad(f.s) : String(f.s);
        case 'ampm': {
          const am = f.h < 12;
          return t.len === 3 ? (am ? 'A' : 'P') : am ? 'AM' : 'PM';
        }
        default: {
          // m: minutes right after an hour or right before a second, else month.
          const k = fields.indexOf(t);
          const minute = (k > 0 && fields[k - 1].letter === 'h') || fields[k + 1]?.letter === 's';
          if (minute) return t.len >= 2 ? pad(f.mi) : String(f.mi);
          if (t.len >= 4) return vi ? `tháng ${f.mo}` : EN_MONTHS[f.mo - 1];
          if (t.len === 3) return vi ? `thg ${f.mo}` : EN_MONTHS[f.mo - 1].slice(0, 3);
          return t.len === 2 ? pad(f.mo) : String(f.mo);
        }
      }
    })
    .join('');
}
