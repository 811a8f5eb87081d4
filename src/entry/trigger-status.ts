// What the officer reads about an installable trigger: which accounts have it on, whose mail quota it uses, who can turn it off.
import { TAB } from '../core/contract';
import { formatInstant, asInstant } from '../core/zone';
import { active, tabTitle } from '../sheets/tab-io';
import { spreadsheetTimeZone } from '../sheets/spreadsheet-zone';
import type { TriggerKind } from '../triggers/kinds';
import { currentAccount, triggerAccounts, type TriggerAccount } from '../triggers/trigger-accounts';
import { isInstalled } from '../triggers/triggers';

/** The other accounts recorded as having `kind` on (their triggers are invisible to this account). */
export function otherAccountsOn(kind: TriggerKind, me: string): string[] {
  return triggerAccounts(kind)
    .filter((a) => a.email.toLowerCase() !== me.toLowerCase())
    .map((a) => a.email);
}

/**
 * Every account whose trigger of `kind` runs: the others as recorded, this account as its own triggers say
 * (a trigger deleted in the script editor is not counted, one made before the record existed is).
 */
export function accountsRunning(kind: TriggerKind, handler: string): TriggerAccount[] {
  const me = currentAccount();
  const recorded = triggerAccounts(kind);
  const others = recorded.filter((a) => a.email.toLowerCase() !== me.toLowerCase());
  if (!isInstalled(handler)) return others;
  const mine = recorded.find((a) => a.email.toLowerCase() === me.toLowerCase()) ?? { email: me, since: 0 };
  return [...others, mine].sort((a, b) => a.since - b.since);
}

/** `Nhắc hạn tự động: ĐANG BẬT … Đang bật cho: a@…, b@…` or `CHƯA BẬT`, for the hourly run. */
export function triggerStatus(kind: TriggerKind, handler: string, name: string): string {
  const me = currentAccount();
  const running = accountsRunning(kind, handler);
  if (running.length === 0)
    return `${name}: CHƯA BẬT. Thư chỉ gửi khi bấm NTM → Gửi nhắc hạn; bật ở NTM → Tự động.`;
  const zone = spreadsheetTimeZone();
  const list = running
    .map(
      (a) =>
        (a.email || 'một tài khoản không rõ') +
        (a.since > 0 ? ` (từ ${formatInstant(asInstant(a.since), zone)})` : ''),
    )
    .join(', ');
  const mine = running.some((a) => a.email.toLowerCase() === me.toLowerCase());
  const who = mine
    ? `Trình kích hoạt của tài khoản này (${me || 'không rõ địa chỉ'}) đang chạy; thư tự động gửi từ mỗi tài khoản đang bật và tính vào hạn mức gửi thư hằng ngày của tài khoản đó.`
    : 'Tài khoản này chưa bật; thư tự động gửi từ tài khoản đang bật và tính vào hạn mức của tài khoản đó; chỉ tài khoản đó tắt được trình kích hoạt của mình.';
  const two =
    running.length > 1
      ? ` Nhiều tài khoản cùng bật: thư vẫn không gửi hai lần (nhờ tab ${tabTitle(active(), TAB.reminders)}), nhưng nên để một người bật.`
      : '';
  return `${name}: ĐANG BẬT (mỗi giờ một lần). Đang bật cho: ${list}. ${who}${two}`;
}
