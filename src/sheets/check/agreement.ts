// The officer's word in `Xác nhận`: `Đồng ý` read forgivingly (dong y, ĐỒNG Ý, "Đồng ý."), and the texts the add-on writes there.
import type { CellValue } from '../../core/types';
import { fold, isBlank } from '../../core/text';

/** What the add-on writes for an accepted value. */
export const AGREED = 'Đồng ý';

/** What the add-on writes where `Đồng ý` has no effect (a row left out whole, words instead of digits, a set-up problem). */
export const CANNOT_ACCEPT = 'Không thể xác nhận';

/** True when the cell says `Đồng ý`, whatever the case, diacritics, spaces or punctuation. */
export function isAgreement(v: CellValue | null | undefined): boolean {
  if (typeof v !== 'string') return false;
  return fold(v).replace(/[^a-z]/g, '') === 'dongy';
}

/** True for the add-on's own `Không thể xác nhận` (not an officer's remark to keep). */
export function isCannotAccept(v: CellValue | null | undefined): boolean {
  return typeof v === 'string' && fold(v) === fold(CANNOT_ACCEPT);
}

/** What an officer's text in `Xác nhận` that is not `Đồng ý` is told (docs/validation.md). */
export const ONLY_AGREED = "chỉ 'Đồng ý' được hiểu";

/** What `Xác nhận` shows on a rebuilt row, and the flag when the officer's own text there is not understood. */
export interface Confirmation {
  value: CellValue;
  /** The sentence added to the row's `Vấn đề` when the text kept there is not `Đồng ý` ('' when nothing to say). */
  unclear: string;
}

function typed(v: CellValue | null | undefined): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

/**
 * `Đồng ý` when accepted; otherwise the officer's previous text, kept as typed and flagged when it is not
 * `Đồng ý` (never silently ignored); `Không thể xác nhận` where an acceptance has no effect and nothing was typed.
 */
export function confirmation(
  acceptable: boolean,
  accepted: boolean,
  remark: CellValue | null | undefined,
): Confirmation {
  if (acceptable && accepted) return { value: AGREED, unclear: '' };
  const other =
    remark !== undefined &&
    remark !== null &&
    !isBlank(remark) &&
    !isAgreement(remark) &&
    !isCannotAccept(remark);
  if (!other) return { value: acceptable ? '' : CANNOT_ACCEPT, unclear: '' };
  const said = `Xác nhận ghi "${typed(remark).trim()}": ${ONLY_AGREED}`;
  return {
    value: remark,
    unclear: acceptable
      ? `${said}, nên giá trị chưa được xác nhận. Để xác nhận, hãy ghi Đồng ý; ý kiến khác nên ghi ở một cột riêng.`
      : `${said}, và vấn đề này không thể xác nhận (chữ ghi được giữ nguyên).`,
  };
}
