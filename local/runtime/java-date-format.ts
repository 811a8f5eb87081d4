// Utilities.formatDate: Java SimpleDateFormat patterns (yyyy, MM, dd, HH, mm, ss, EEE, a, Z, 'text').
import { EN_DAYS as DAYS, EN_MONTHS as MONTHS } from './date-format';
import { toWall, wallFields } from './zone';

function num(n: number, len: number): string {
  return String(n).padStart(len, '0');
}

function offset(ms: number, zone: string, len: number, iso: boolean): string {
  const minutes = Math.round((toWall(ms, zone) - ms) / 60000);
  if (iso && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  const hh = num(Math.floor(a / 60), 2);
  const mm = num(a % 60, 2);
  if (iso) return len === 1 ? `${sign}${hh}` : len === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/** Formats instant `ms` in `zone` with a SimpleDateFormat pattern. */
export function formatJavaDate(ms: number, zone: string, pattern: string): string {
  const wall = toWall(ms, zone);
  const f = wallFields(wall);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (pattern[j] === ch) j++;
    const len = j - i;
    i = j;
    switch (ch) {
      case 'y':
      case 'Y':
        out += len === 2 ? num(f.y % 100, 2) : num(f.y, len);
        break;
      case 'M':
      case 'L':
        out += len >= 4 ? MONTHS[f.mo - 1] : len === 3 ? MONTHS[f.mo - 1].slice(0, 3) : num(f.mo, len);
        break;
      case 'd':
        out += num(f.d, len);
        break;
      case 'E':
        out += len >= 4 ? DAYS[f.dow] : DAYS[f.dow].slice(0, 3);
        break;
      case 'u':
        out += num(f.dow === 0 ? 7 : f.dow, len);
        break;
      case 'H':
        out += num(f.h, len);
        break;
      case 'k':
        out += num(f.h === 0 ? 24 : f.h, len);
        break;
      case 'h':
        out += num(((f.h + 11) % 12) + 1, len);
        break;
      case 'K':
        out += num(f.h % 12, len);
        break;
      case 'm':
        out += num(f.mi, len);
        break;
      case 's':
        out += num(f.s, len);
        break;
      case 'S':
        out += num(f.ms, 3).slice(0, Math.max(len, 3));
        break;
      case 'a':
        out += f.h < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offset(ms, zone, len, false);
        break;
      case 'X':
        out += offset(ms, zone, len, true);
        break;
      case 'z':
        out += `GMT${offset(ms, zone, 3, true).replace('Z', '+00:00')}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
