// Rule: the form's email is not one of the village's addresses: ⚠ Cảnh báo (only tabs with an email column; a blank email is not checked).
import { isBlank } from '../text';
import type { ReportRow, Village } from '../types';
import type { Titles } from './context';
import type { Draft } from './problem';

function norm(email: string): string {
  return email.trim().toLowerCase();
}

interface Known {
  /** The list as it was when read (a list changed since is read again). */
  copy: string[];
  set: Set<string>;
}

/** A village's emails as compared, made once per list: every row of the village is checked against them. */
const knownLists = new WeakMap<readonly string[], Known>();

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function knownOf(emails: readonly string[]): Set<string> {
  let known = knownLists.get(emails);
  if (!known || !sameList(known.copy, emails)) {
    known = { copy: [...emails], set: new Set(emails.map(norm).filter((e) => e !== '')) };
    knownLists.set(emails, known);
  }
  return known.set;
}

export function checkReporterEmail(row: ReportRow, village: Village, titles: Titles): Draft | null {
  if (row.email === null || isBlank(row.email)) return null;
  const known = knownOf(village.emails);
  if (known.has(norm(row.email))) return null;
  const listed =
    known.size > 0
      ? `email của thôn: ${village.emails.join(', ')}`
      : `tab ${titles.villagesTab} chưa ghi email của thôn`;
  return {
    column: titles.email,
    col: row.emailCol ?? row.timestampCol,
    level: 'Cảnh báo',
    value: row.email,
    message: `Email người gửi ${row.email.trim()} không phải email của thôn ${village.name} (${listed}): nếu đúng người của thôn gửi, hãy thêm địa chỉ này vào cột Email ở tab ${titles.villagesTab}.`,
  };
}
