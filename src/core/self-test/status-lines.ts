// The self-test's lines about the account: its triggers against the add-on's record, and the mail it may still send today.
import { formatViNumber } from '../vi-format';
import type { SelfTestLine } from './lines';

/**
 * One trigger kind for the running account: OK when it has no trigger and the record says off, or one trigger and
 * the record says on. `name` is the menu's name for it (e.g. `Nhắc hạn tự động`).
 */
export function triggerLine(
  name: string,
  installed: number,
  recorded: boolean,
  others: readonly string[],
): SelfTestLine {
  const label = `Trình kích hoạt: ${name}`;
  const elsewhere = others.length > 0 ? ` Tài khoản khác đang bật: ${others.join(', ')}.` : '';
  const fix = `bấm NTM › Tự động › Tắt rồi Bật lại (hoặc chỉ Tắt) ${name.toLowerCase()}.`;
  if (installed > 1)
    return {
      label,
      ok: false,
      detail: `tài khoản này có ${installed} trình kích hoạt (chỉ nên có 1): ${fix}${elsewhere}`,
    };
  if (installed === 1 && !recorded)
    return {
      label,
      ok: false,
      detail: `tài khoản này có trình kích hoạt nhưng sổ không ghi là đang bật (có lẽ tạo trong trình sửa mã): ${fix}${elsewhere}`,
    };
  if (installed === 0 && recorded)
    return {
      label,
      ok: false,
      detail: `sổ ghi tài khoản này đang bật nhưng không thấy trình kích hoạt (có lẽ đã xóa trong trình sửa mã): ${fix}${elsewhere}`,
    };
  return {
    label,
    ok: true,
    detail: `${installed === 1 ? 'đang bật' : 'chưa bật'} cho tài khoản này, khớp với sổ.${elsewhere}`,
  };
}

/** OK while the running account may still send mail today (MailApp counts each recipient). */
export function quotaLine(remaining: number): SelfTestLine {
  const label = 'Hạn mức gửi thư hôm nay';
  return remaining > 0
    ? { label, ok: true, detail: `còn ${formatViNumber(remaining)} người nhận.` }
    : {
        label,
        ok: false,
        detail: 'còn 0: hôm nay tài khoản này không gửi được thư nhắc; hạn mức tính lại sau 24 giờ.',
      };
}
