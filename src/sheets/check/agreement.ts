// The officer's word in `Xác nhận`: `Đồng ý` read forgivingly (dong y, ĐỒNG Ý, "Đồng ý."), and the texts the add-on writes there.
import type { CellValue } from '../../core/types';
import { fold } from '../../core/text';

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
