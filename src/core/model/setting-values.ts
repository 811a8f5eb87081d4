// Parsers of single setting values: days, e-mail lists, peak-phase lists, hours, money, time zones, on/off switches.
// Messages quote what was typed and say how to write it; the caller prefixes tab and cell.
import '../zod';
import * as z from 'zod';
import type { CellValue, Day, Parsed, Period } from '../types';
import { parseDateTime } from '../vi-date';
import { parseViNumber } from '../vi-number';
import { parseYesNo } from '../yes-no';
import { formatDay, isDateCell, isValidTimeZone } from '../zone';
import { quoted } from './problems';

const emailSchema = z.email();

/** A list of addresses separated by `,`, `;`, spaces or line breaks: the valid ones (deduplicated, case kept) and the rest. */
export function parseEmailList(text: string): { emails: string[]; bad: string[] } {
  const emails: string[] = [];
  const bad: string[] = [];
  const seen = new Set<string>();
  for (const part of String(text).split(/[,;\s]+/)) {
    const a = part.trim().replace(/^<(.*)>$/, '$1');
    if (a === '') continue;
    if (!emailSchema.safeParse(a).success) {
      bad.push(a);
      continue;
    }
    if (seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    emails.push(a);
  }
  return { emails, bad };
}

/** A calendar day from a Date cell or day-first text; `needYear` refuses text without a year. */
export function parseDayValue(
  v: CellValue,
  shown: string,
  timeZone: string,
  year: number,
  needYear = false,
): Parsed<Day> {
  const example = 'hãy ghi ngày/tháng/năm, ví dụ 15/03/2023';
  if (typeof v === 'string' && needYear && /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*$/.test(v)) {
    return { ok: false, message: `${quoted(shown)} thiếu năm: ${example}` };
  }
  if (!isDateCell(v) && typeof v !== 'string') {
    return { ok: false, message: `${quoted(shown)} không phải ngày: ${example}` };
  }
  const p = parseDateTime(v, timeZone, year);
  return p.ok ? { ok: true, value: p.value.day } : p;
}

const DATE_TOKEN = String.raw`(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\d{4}-\d{1,2}-\d{1,2})`;
const PHASE_RE = new RegExp(String.raw`^${DATE_TOKEN}\s*(?:-|–|—|đến|den|tới|toi)\s*${DATE_TOKEN}$`, 'i');

/** Peak phases `15/03/2023-15/05/2023; 01/07/2023-01/08/2023` (also `–` or "đến"; phases split by `;` or line breaks). */
export function parsePeakPhases(text: string, timeZone: string, year: number): Parsed<Period[]> {
  const example =
    'hãy ghi "từ ngày-đến ngày", các đợt ngăn cách bằng dấu chấm phẩy, ví dụ 15/03/2023-15/05/2023; 01/07/2023-01/08/2023';
  const phases: Period[] = [];
  for (const part of String(text).split(/[;\n]+/)) {
    const p = part.trim();
    if (p === '') continue;
    const m = PHASE_RE.exec(p);
    if (!m) return { ok: false, message: `đợt ${quoted(p)} không đọc được: ${example}` };
    const a = parseDayValue(m[1].replace(/\s/g, ''), m[1], timeZone, year);
    const b = parseDayValue(m[2].replace(/\s/g, ''), m[2], timeZone, year);
    if (!a.ok) return { ok: false, message: `đợt ${quoted(p)}: ${a.message}` };
    if (!b.ok) return { ok: false, message: `đợt ${quoted(p)}: ${b.message}` };
    if (b.value < a.value) {
      return {
        ok: false,
        message: `đợt ${quoted(p)} kết thúc (${formatDay(b.value)}) trước khi bắt đầu (${formatDay(a.value)}): hãy ghi ngày bắt đầu trước, ngày kết thúc sau`,
      };
    }
    phases.push({ start: a.value, end: b.value });
  }
  return { ok: true, value: phases };
}

/** Hours before the deadline that reminders start: a number from 0 to 168 (one week). */
export function parseHours(v: CellValue, shown: string): Parsed<number> {
  const n = parseViNumber(v);
  if (!n.ok || n.value < 0 || n.value > 168) {
    return {
      ok: false,
      message: `${quoted(shown)} không phải số giờ hợp lệ: hãy ghi một số từ 0 đến 168, ví dụ 24`,
    };
  }
  return n;
}

/** An amount of money in đồng: a number ≥ 0 (`1.000.000`). */
export function parseMoney(v: CellValue, shown: string): Parsed<number> {
  // `1.000.000 đồng`, `1.000.000đ`, `1.000.000 VNĐ`, `1.000.000 đồng/hộ`: the currency word is what the title says already.
  const n = parseViNumber(
    typeof v === 'string' ? v.replace(/\s*(?:đồng|đ|vnđ|vnd)(?:\s*\/\s*hộ)?\s*$/iu, '') : v,
  );
  if (!n.ok || n.value < 0) {
    return {
      ok: false,
      message: `${quoted(shown)} không phải số tiền: hãy ghi số đồng bằng chữ số, ví dụ 1.000.000`,
    };
  }
  return n;
}

/** An IANA time zone name the runtime knows. */
export function parseTimeZone(text: string): Parsed<string> {
  const tz = String(text).trim();
  if (isValidTimeZone(tz)) return { ok: true, value: tz };
  return {
    ok: false,
    message: `${quoted(tz)} không phải múi giờ: hãy ghi tên múi giờ như Asia/Ho_Chi_Minh (giờ Việt Nam)`,
  };
}

/** A yes/no switch: `Có` or `Không` (also the other yes/no words people type: x, 1, Đúng…). */
export function parseSwitch(v: CellValue, shown: string): Parsed<boolean> {
  const yn = parseYesNo(v);
  if (yn.ok) return yn;
  return {
    ok: false,
    message: `${quoted(shown)} không phải Có hay Không: hãy ghi Có (bật) hoặc Không (tắt)`,
  };
}
