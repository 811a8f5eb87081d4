// Rule: the form's email is not one of the village's addresses: ⚠ Cảnh báo (only tabs with an email column; a blank email is not checked).
import { isBlank } from '../text';
import type { ReportRow, Village } from '../types';
import type { Titles } from './context';
import type { Draft } from './problem';

function norm(email: string): string {
  return email.trim().toLowerCase();
}

/** A village's emails as compared, made once per list (the model's lists are not changed once read): every row of the village is checked against them. */
const knownLists = new WeakMap<readonly string[], Set<string>>();

function knownOf(emails: readonly string[]): Set<string> {
  let known = knownLists.get(emails);
  if (!known) knownLists.set(emails, (known = new Set(emails.map(norm).filter((e) => e !== ''))));
  return known;
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
