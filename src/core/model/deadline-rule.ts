// `Hạn báo cáo` text (`Thứ 5 14:30`) to a weekly deadline rule, and back.
//
// Accepted, case and diacritics ignored, in either order, with optional words "lúc", "trước",
// "hằng tuần", "chiều"…:
// - weekday: `Thứ 2`…`Thứ 7`, `Thứ Hai`…`Thứ Bảy` (`Thứ Tư`/`Thứ Năm`…), `T2`…`T7`, `Chủ nhật`, `CN`;
// - time: `14:30`, `14h30`, `14h`, `14 giờ 30`, `14g30`; `2 giờ 30 chiều` / `tối` adds 12 hours.
// A day of week outside Thứ 2…Chủ nhật (`Thứ 8`), a missing weekday or time, two weekdays, a time
// outside 00:00…23:59, or any other word is refused with a message saying how to write it.
import { fold } from '../text';
import type { DeadlineRule, Parsed } from '../types';
import { quoted } from './problems';

const WORD_DAYS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
const EXAMPLE = 'hãy ghi thứ và giờ như "Thứ 5 14:30"';
const FILLERS = new Set([
  'luc',
  'truoc',
  'vao',
  'hang',
  'tuan',
  'moi',
  'ngay',
  'phut',
  'sang',
  'chieu',
  'toi',
  'trua',
  'hom',
]);

interface Found {
  weekday: number | null;
  badWeekday: string | null;
  rest: string;
}

function takeWeekday(s: string): Found {
  const patterns: [RegExp, (m: RegExpMatchArray) => number | null][] = [
    [/\bchu ?nhat\b|\bcn\b/, () => 7],
    [/\bthu ?(hai|ba|tu|nam|sau|bay)\b/, (m) => WORD_DAYS[m[1]]],
    [
      /\b(?:thu|t) ?(\d+)\b/,
      (m) => {
        const n = Number(m[1]);
        return n >= 2 && n <= 7 ? n - 1 : null;
      },
    ],
  ];
  for (const [re, toDay] of patterns) {
    const m = s.match(re);
    if (!m) continue;
    const rest = s.replace(re, ' ');
    const weekday = toDay(m);
    return { weekday, badWeekday: weekday === null ? m[0] : null, rest };
  }
  return { weekday: null, badWeekday: null, rest: s };
}

/** Parses a weekly deadline such as `Thứ 5 14:30`; the message quotes the text and says how to fix it. */
export function parseDeadlineRule(text: string): Parsed<DeadlineRule> {
  const shown = quoted(text);
  const s = fold(text).replace(/[,;.]/g, ' ');
  if (s === '') return { ok: false, message: `chưa ghi hạn báo cáo: ${EXAMPLE}` };
  const day = takeWeekday(s);
  if (day.badWeekday !== null) {
    return { ok: false, message: `${shown} không phải thứ trong tuần (Thứ 2…Thứ 7, Chủ nhật): ${EXAMPLE}` };
  }
  if (day.weekday === null)
    return { ok: false, message: `${shown} thiếu thứ trong tuần (Thứ 2…Thứ 7, Chủ nhật): ${EXAMPLE}` };
  if (takeWeekday(day.rest).weekday !== null || takeWeekday(day.rest).badWeekday !== null) {
    return { ok: false, message: `${shown} ghi hai thứ trong tuần, chỉ được một: ${EXAMPLE}` };
  }
  const timeRe = /(?:^|\s)(\d{1,2}) ?(?::|gio|h|g)(?: ?(\d{1,2}))?(?=\s|$)/;
  const t = day.rest.match(timeRe);
  if (!t) return { ok: false, message: `${shown} thiếu giờ nộp: ${EXAMPLE}` };
  const rest = day.rest.replace(timeRe, ' ');
  const words = rest.split(/\s+/).filter((w) => w !== '' && w !== '-');
  if (words.some((w) => !FILLERS.has(w)))
    return { ok: false, message: `${shown} không đọc được: ${EXAMPLE}` };
  let hour = Number(t[1]);
  const minute = t[2] === undefined ? 0 : Number(t[2]);
  if (hour > 23 || minute > 59) {
    return { ok: false, message: `${shown} có giờ không hợp lệ (từ 00:00 đến 23:59): ${EXAMPLE}` };
  }
  if ((words.includes('chieu') || words.includes('toi')) && hour >= 1 && hour < 12) hour += 12;
  return { ok: true, value: { weekday: day.weekday, minuteOfDay: hour * 60 + minute } };
}

/** The rule as a person writes it: `Thứ 5 14:30`, `Chủ nhật 08:00`. */
export function formatDeadlineRule(rule: DeadlineRule): string {
  const day = rule.weekday === 7 ? 'Chủ nhật' : `Thứ ${rule.weekday + 1}`;
  const h = Math.floor(rule.minuteOfDay / 60);
  const m = rule.minuteOfDay % 60;
  return `${day} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
