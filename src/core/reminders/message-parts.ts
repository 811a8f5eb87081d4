// Pieces shared by the reminder messages: clipped fields, clean subjects, labels, progress and missing-village lists.
import { TAB } from '../contract';
import { fold } from '../text';
import type { Village } from '../types';
import { unitInParens } from '../unit-text';
import { html, SafeHtml } from './html';
import { validRecipients } from './recipients';
import type { ProgressLine } from './reminder-types';
import { formatViNumber, smallDecimals } from '../vi-format';
import { isCounted, paceText } from '../report/pace';

/** Longest text taken from the workbook into a message (a name, an address list, a phone). */
export const MAX_FIELD_CHARS = 200;
export const MAX_SUBJECT_CHARS = 250;

/** One line of workbook text: control characters and line breaks become spaces, clipped to `max` with `…`. */
export function clip(text: unknown, max = MAX_FIELD_CHARS): string {
  const line = String(text ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A subject that cannot inject a header: no CR, LF or other control character, one line, at most 250 characters. */
export function cleanSubject(subject: string): string {
  return clip(subject, MAX_SUBJECT_CHARS);
}

/** `thôn Thịnh Bằng`, or the name alone when it already starts with `Thôn`. */
export function villageLabel(name: string): string {
  const n = clip(name);
  return /^thon\b/.test(fold(n)) ? n : `thôn ${n}`;
}

/** `xã Sơn Bằng`, or the name alone when it already starts with `Xã`. */
export function communeLabel(name: string): string {
  const n = clip(name);
  if (n === '') return 'xã';
  return /^xa\b/.test(fold(n)) ? n : `xã ${n}`;
}

/** `[NTM xã Sơn Bằng]`: the subject tag of every message the add-on sends. */
export function mailTag(communeName: string): string {
  return `[NTM ${communeLabel(communeName)}]`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first `limit` items and how many were left out. */
export function shownList<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  const n = Math.max(0, Math.floor(limit));
  return { shown: items.slice(0, n), more: Math.max(0, items.length - n) };
}

/**
 * A number as shown in a message: vi-VN, 2 decimals, blank when it is not a number. Below 1, two significant
 * digits (up to 6 decimals), so work still owed never reads 0: 0,15 km over 88 days is `cần/ngày 0,0017`, not `0`.
 */
export function num(n: number | null | undefined): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  const a = Math.abs(n);
  const decimals = a > 0 && a < 1 ? smallDecimals(a) : 2;
  return formatViNumber(n, decimals);
}

/** `… và 12 thôn khác`. */
export function moreLine(more: number, noun: string): string {
  return `… và ${num(more)} ${noun} khác`;
}

/** The work owed as a pace a leader can act on (`56 m/ngày`, `3 hộ mỗi tuần`); '' for a yes/no criterion. */
function paceOf(p: ProgressLine): string {
  return p.kind === 'Đạt/Chưa' || p.perDay === null ? '' : paceText(p.perDay, p.unit);
}

/** A backlog as shown: whole things for a unit that counts them, rounded up (8 hộ, never 7,55 hộ). */
function backlogText(n: number | null, unit: string): string {
  if (typeof n === 'number' && n > 0 && isCounted(unit)) return num(Math.ceil(n - 1e-9));
  return num(n);
}

/** Chỉ tiêu, đã làm, nợ tồn of a line as shown: yes/no criteria read `Đạt` / `Chưa đạt`. */
function figures(p: ProgressLine): { target: string; done: string; backlog: string } {
  if (p.kind === 'Đạt/Chưa')
    return { target: 'Đạt', done: p.cumulative >= 1 ? 'Đạt' : 'Chưa đạt', backlog: '' };
  return { target: num(p.target), done: num(p.cumulative), backlog: backlogText(p.backlog, p.unit) };
}

/** Plain-text lines of a village's progress, at most `limit` indicators. */
export function progressText(lines: readonly ProgressLine[], limit: number): string[] {
  const { shown, more } = shownList(lines, limit);
  const out = shown.map((p) => {
    const f = figures(p);
    const pace = paceOf(p);
    return (
      `- ${clip(p.name)}${unitInParens(clip(p.unit))}: chỉ tiêu ${f.target}; đã làm ${f.done}` +
      (f.backlog ? `; nợ tồn ${f.backlog}` : '') +
      (pace ? `; cần làm ${pace}` : '')
    );
  });
  if (more > 0) out.push(moreLine(more, 'chỉ tiêu'));
  return out;
}

const CELL = 'border:1px solid #ccc;padding:4px 8px';
const NUM = `${CELL};text-align:right`;

/** HTML table of a village's progress, at most `limit` indicators. */
export function progressHtml(lines: readonly ProgressLine[], limit: number): SafeHtml {
  const { shown, more } = shownList(lines, limit);
  const rows = shown.map((p) => {
    const f = figures(p);
    return html`<tr><td style="${CELL}">${clip(p.name)}</td><td style="${CELL}">${clip(p.unit)}</td><td style="${NUM}">${f.target}</td><td style="${NUM}">${f.done}</td><td style="${NUM}">${f.backlog}</td><td style="${NUM}">${paceOf(p)}</td></tr>`;
  });
  const tail =
    more > 0 ? html`<tr><td colspan="6" style="${CELL}">${moreLine(more, 'chỉ tiêu')}</td></tr>` : null;
  return html`<table style="border-collapse:collapse"><tr><th style="${CELL}">Nội dung</th><th style="${CELL}">ĐVT</th><th style="${CELL}">Chỉ tiêu</th><th style="${CELL}">Đã làm</th><th style="${CELL}">Nợ tồn</th><th style="${CELL}">Cần làm</th></tr>${rows}${tail}</table>`;
}

function contact(v: Village): { leader: string; emails: string; phone: string } {
  return { leader: clip(v.leader), emails: clip(validRecipients(v.emails).join(', ')), phone: clip(v.phone) };
}

/** Plain-text lines of the missing villages with leader, addresses and phone, at most `limit` villages. */
export function missingText(
  villages: readonly Village[],
  limit: number,
  villagesTab: string = TAB.villages,
): string[] {
  const { shown, more } = shownList(villages, limit);
  const out = shown.map((v) => {
    const c = contact(v);
    const parts = [
      c.leader ? `trưởng thôn ${c.leader}` : 'chưa ghi trưởng thôn',
      c.emails ? `email ${c.emails}` : `chưa có email hợp lệ trong tab ${villagesTab}`,
      c.phone ? `ĐT ${c.phone}` : 'chưa có số điện thoại',
    ];
    return `- ${clip(v.name)}: ${parts.join(', ')}`;
  });
  if (more > 0) out.push(moreLine(more, 'thôn'));
  return out;
}

/** HTML table of the missing villages (Thôn, Trưởng thôn, Email, Điện thoại), at most `limit` villages. */
export function missingHtml(villages: readonly Village[], limit: number): SafeHtml {
  const { shown, more } = shownList(villages, limit);
  const rows = shown.map((v) => {
    const c = contact(v);
    return html`<tr><td style="${CELL}"><b>${clip(v.name)}</b></td><td style="${CELL}">${c.leader}</td><td style="${CELL}">${c.emails}</td><td style="${CELL}">${c.phone}</td></tr>`;
  });
  const tail =
    more > 0 ? html`<tr><td colspan="4" style="${CELL}">${moreLine(more, 'thôn')}</td></tr>` : null;
  return html`<table style="border-collapse:collapse"><tr><th style="${CELL}">Thôn</th><th style="${CELL}">Trưởng thôn</th><th style="${CELL}">Email</th><th style="${CELL}">Điện thoại</th></tr>${rows}${tail}</table>`;
}

/** The opening line of a message to a village leader: `Kính gửi trưởng thôn Tân Bằng (Hoàng Thị Hoa),`. */
export function leaderGreeting(village: Pick<Village, 'name' | 'leader'>): string {
  const leader = clip(village.leader);
  return `Kính gửi trưởng ${villageLabel(village.name)}${leader ? ` (${leader})` : ''},`;
}
