// Yes/no answers of Đạt/Chưa indicators: Đạt/Có/x/1/TRUE and Chưa/Không/0/FALSE.
// Matching forgives case, diacritics, spaces and a final dot (`dat`, `CO`, `Đã đạt.`).
// Choices: "đã đạt", "đạt chuẩn", "xong", "hoàn thành" are yes; "chưa đạt", "không đạt",
// "chưa xong" are no; a ticked checkbox is yes, an unticked one no; number cells 1 and 0 only.
// Messages carry no final period, so callers may add context.
import { fold } from './text';
import type { CellValue, Parsed } from './types';
import { quote } from './vi-number';
import { isDateCell } from './zone';

const YES = new Set([
  'dat',
  'da dat',
  'dat chuan',
  'da dat chuan',
  'co',
  'x',
  '1',
  'true',
  'yes',
  'y',
  'ok',
  'xong',
  'da xong',
  'hoan thanh',
  'da hoan thanh',
  'roi',
  '\u2713',
  '\u2714',
  '\u2611',
]);
const NO = new Set([
  'chua',
  'chua dat',
  'chua dat chuan',
  'khong',
  'khong dat',
  'khong dat chuan',
  '0',
  'false',
  'no',
  'n',
  'chua xong',
  'chua hoan thanh',
  '\u2717',
  '\u2718',
  '\u2610',
]);

const ACCEPTED = 'hãy nhập Đạt (hoặc Có, x, 1) hay Chưa (hoặc Không, 0)';

/** Reads a yes/no answer; never throws. */
export function parseYesNo(v: CellValue): Parsed<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (typeof v === 'number') {
    if (v === 1) return { ok: true, value: true };
    if (v === 0) return { ok: true, value: false };
    return {
      ok: false,
      message: `Số ${Number.isFinite(v) ? String(v).replace('.', ',') : 'này'} không phải câu trả lời Đạt/Chưa; ${ACCEPTED}`,
    };
  }
  if (isDateCell(v))
    return { ok: false, message: `Ô đang là ngày tháng, không phải câu trả lời Đạt/Chưa; ${ACCEPTED}` };
  const text = String(v ?? '').trim();
  if (text === '') return { ok: false, message: `Ô trống; ${ACCEPTED}` };
  const key = fold(text)
    .replace(/[.!]+$/, '')
    .trim();
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return { ok: false, message: `${quote(text)} không phải câu trả lời Đạt/Chưa; ${ACCEPTED}` };
}
