// vi-VN numbers typed by people (docs/validation.md): 3.200, 0,38, 1.234,5, 0.7, 0.500.
// A comma is always the decimal mark. A dot followed by exactly three digits groups thousands
// (3.200, 1.234.567), unless the number starts with 0 (0.500 = 0,5); any other dot is a decimal
// point (0.7, 1234.5). Choices where the rules are silent (docs/validation.md): spaces may group thousands (3 200);
// a dot group after four or more digits (1234.567) is refused as unclear; `,5` and `.5` are 0,5;
// a trailing mark (`5,`) is refused. Messages carry no final period, so callers may add context.
import { fold } from './text';
import type { CellValue, Parsed } from './types';
import { formatViNumber } from './vi-format';
import { isDateCell } from './zone';

const FIRST_WORDS: Record<string, number | null> = {
  khong: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  tram: 100,
  nghin: 1000,
  ngan: 1000,
  trieu: 1000000,
  nua: null,
  ruoi: null,
};
const NEXT_WORDS = new Set([
  ...Object.keys(FIRST_WORDS),
  'tu',
  'lam',
  'nham',
  'linh',
  'le',
  'ty',
  'chuc',
  'muoi',
]);

/** Shows typed text in a message, shortened when long. */
export function quote(text: string): string {
  const t = text.trim();
  return `"${t.length > 40 ? t.slice(0, 40) + '…' : t}"`;
}

function fail(message: string): Parsed<number> {
  return { ok: false, message };
}

/**
 * When `text` starts with a number written in words (ba, mười lăm, nửa), the message asking for
 * digits; else null.
 */
export function numberWordMessage(text: string): string | null {
  const words = text.trim().split(/\s+/);
  const folded = words.map((w) => fold(w).replace(/[.,;:!?]+$/, ''));
  if (!(folded[0] in FIRST_WORDS)) return null;
  let n = 1;
  while (n < words.length && NEXT_WORDS.has(folded[n])) n++;
  const single = n === 1 ? FIRST_WORDS[folded[0]] : null;
  const example = typeof single === 'number' ? formatViNumber(single, 0) : '3';
  return `${quote(words.slice(0, n).join(' '))} là chữ, hãy nhập bằng chữ số (ví dụ ${example})`;
}

/** The plain JS form of a vi-VN number body without sign (digits, one `.` as decimal point), or a message. */
function normalize(body: string, shown: string): { js: string } | { message: string } {
  if (/^\d+$/.test(body)) return { js: body };
  if (/^\d*,\d+$/.test(body)) return { js: body.replace(',', '.') };
  if (/^[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(body)) return { js: body.replace(/\./g, '').replace(',', '.') };
  if (/^\d*\.\d+$/.test(body)) {
    const [whole, frac] = body.split('.');
    if (frac.length !== 3 || whole === '' || whole.startsWith('0')) return { js: body };
    if (whole.length <= 3) return { js: whole + frac };
    return {
      message: `${shown} không rõ dấu chấm là phần nghìn hay phần thập phân; hãy viết ${whole}${frac} hoặc ${whole},${frac}`,
    };
  }
  if (/^[1-9]\d{0,2}(\.\d{3}){2,}$/.test(body)) return { js: body.replace(/\./g, '') };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body) && (body.includes('.') || body.split(',').length > 2)) {
    return {
      message: `${shown} viết theo kiểu nước ngoài; hãy dùng dấu chấm ngăn hàng nghìn và dấu phẩy cho phần thập phân (ví dụ 1.234,5)`,
    };
  }
  if (/^[\d.,]*[.,]$/.test(body) && /\d/.test(body)) {
    return { message: `${shown} thiếu chữ số sau dấu chấm hoặc dấu phẩy; hãy viết đủ, ví dụ 3.200 hoặc 0,5` };
  }
  if (/^[\d.,]+$/.test(body) && /\d/.test(body)) {
    return {
      message: `${shown} đặt dấu chấm, dấu phẩy sai chỗ; dấu chấm ngăn hàng nghìn, dấu phẩy ngăn phần thập phân (ví dụ 1.234,5)`,
    };
  }
  return { message: `${shown} không phải là số; hãy chỉ nhập chữ số, ví dụ 3.200 hoặc 0,38` };
}

/** Parses a number typed as text; never throws, never returns NaN or Infinity. */
export function parseViNumberText(text: string): Parsed<number> {
  const s = String(text).trim();
  if (s === '') return fail('Ô trống; hãy nhập một số, ví dụ 3.200 hoặc 0,38');
  const shown = quote(s);
  // Text that starts with a digit is never a number in words (the common case: no word split).
  const words = s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57 ? null : numberWordMessage(s);
  if (words !== null) return fail(words);
  const signed = /^([+\-\u2212\u2013])\s*(.*)$/.exec(s);
  const negative = signed !== null && signed[1] !== '+';
  let body = signed ? signed[2] : s;
  if (/^\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(body)) body = body.replace(/[\s\u00a0\u202f]/g, '');
  const n = normalize(body, shown);
  if ('message' in n) return fail(n.message);
  const value = Number(n.js);
  if (!Number.isFinite(value)) return fail(`${shown} quá lớn; hãy kiểm tra lại số`);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** Parses a number cell or text; never throws, never returns NaN. A negative number parses (validation judges it). */
export function parseViNumber(v: CellValue): Parsed<number> {
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? { ok: true, value: v }
      : fail('Ô không chứa một số hợp lệ; hãy nhập lại số, ví dụ 3.200');
  }
  if (typeof v === 'string') return parseViNumberText(v);
  if (typeof v === 'boolean')
    return fail('Ô là ô đánh dấu (đúng/sai), không phải số; hãy nhập một số, ví dụ 3.200');
  if (isDateCell(v)) return fail('Ô đang là ngày tháng, không phải số; hãy nhập một số, ví dụ 3.200');
  return fail('Ô không chứa một số; hãy nhập một số, ví dụ 3.200');
}
