// Shared pieces of the reminders tests: a small commune workbook, runs of the real bundle (through the runner or a session), the ledger.
import fs from 'node:fs';
import path from 'node:path';
import { openSession, type Session } from '../../local/runner/session';
import { runWorkbook } from '../../local/runner/run-workbook';
import { workbookToXlsx } from '../../local/xlsx';
import type { SentMail } from '../../local/runtime';
import type { CellData, SheetData, WorkbookData } from '../../local/workbook-data';
import { dayFromYmd, instantOf } from '../../src/core/zone';

export const TZ = 'Asia/Ho_Chi_Minh';

/** Instant of a wall-clock time in the commune's zone. */
export function at(y: number, m: number, d: number, hh = 0, mm = 0): number {
  return instantOf(dayFromYmd(y, m, d), hh * 60 + mm, TZ);
}

/** The runner's --as-of text of the same wall-clock time. */
export function asOf(y: number, m: number, d: number, hh = 0, mm = 0): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(m)}-${p(d)}T${p(hh)}:${p(mm)}`;
}

type V = string | number | Date | null;
const sheet = (name: string, rows: V[][]): SheetData => ({
  name,
  rows: rows.map((r) => r.map((value): CellData => ({ value }))),
});

export interface CommuneOptions {
  /** When Xuân Sơn reports for the week of 23/03 (default 23/03 10:00, between the first and the final reminder). */
  xuanSonReports?: number | null;
  /** When Trung Sơn reports for that week, naming 23/03 as its day (default 23/03 16:00, late). */
  trungSonReports?: number | null;
  /** Name of the third village (to test names that are HTML). */
  thirdVillage?: string;
  /** Rows of `Nhắc hạn` below its header (e.g. a `Đang gửi` left by a run that died). */
  ledger?: V[][];
}

export const LEDGER_HEADER = ['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả', 'Ghi chú'];

/**
 * Sơn Bằng with four villages: Thịnh Bằng (a@x.vn; its leader typed ca.nhan@gmail.com into the form), Xuân Sơn
 * (b@x.vn; c@x.vn), Trung Sơn (d@x.vn) and Thôn Mới (no address). Every village reported for the week of 16/03.
 */
export function commune(o: CommuneOptions = {}): WorkbookData {
  const third = o.thirdVillage ?? 'Trung Sơn';
  const week1 = at(2023, 3, 16, 9, 0);
  const report = (t: number, email: string, village: string, day: string | null = null): V[] => [
    new Date(t),
    email,
    village,
    day,
    100,
  ];
  const reports: V[][] = [
    ['Dấu thời gian', 'Địa chỉ email', 'Thôn', 'Ngày báo cáo', '[HANG_RAO] Hàng rào xanh trồng mới (m)'],
    report(week1, 'ca.nhan@gmail.com', 'Thịnh Bằng'),
    report(week1, 'b@x.vn', 'Xuân Sơn'),
    report(week1, 'd@x.vn', third),
    report(week1, '', 'Thôn Mới'),
  ];
  const xs = o.xuanSonReports === undefined ? at(2023, 3, 23, 10, 0) : o.xuanSonReports;
  const ts = o.trungSonReports === undefined ? at(2023, 3, 23, 16, 0) : o.trungSonReports;
  if (xs !== null) reports.push(report(xs, 'b@x.vn', 'Xuân Sơn'));
  if (ts !== null) reports.push(report(ts, 'd@x.vn', third, '23/03/2023'));
  const sheets = [
    sheet('Cấu hình', [
      ['Tham số', 'Giá trị', 'Ghi chú'],
      ['Tên xã', 'Sơn Bằng', null],
      ['Ngày bắt đầu', '15/03/2023', null],
      ['Ngày kết thúc', '31/12/2023', null],
      ['Hạn báo cáo', 'Thứ 5 14:30', null],
      ['Nhắc trước (giờ)', 24, null],
      ['Email cán bộ', 'canbo@sonbang.vn; pho@sonbang.vn', null],
      ['Múi giờ', TZ, null],
    ]),
    sheet('Thôn', [
      ['Thôn', 'Trưởng thôn', 'Email', 'Số hộ', 'Điện thoại'],
      ['Thịnh Bằng', 'Nguyễn Văn A', 'a@x.vn', 120, '0912000001'],
      ['Xuân Sơn', 'Trần Thị B', 'b@x.vn; c@x.vn', 110, '0912000002'],
      [third, 'Lê Văn D', 'd@x.vn', 90, '0912000003'],
      ['Thôn Mới', 'Phạm Văn E', '', 80, '0912000004'],
    ]),
    sheet('Chỉ tiêu', [
      ['Mã', 'Nội dung', 'ĐVT', 'Loại', 'Bắt đầu', 'Hạn', 'Thịnh Bằng', 'Xuân Sơn', third, 'Thôn Mới'],
      ['HANG_RAO', 'Trồng hàng rào xanh', 'm', 'Cộng dồn', '15/03/2023', '15/05/2023', 1000, 800, 600, 400],
    ]),
    sheet('Câu trả lời biểu mẫu 1', reports),
  ];
  if (o.ledger) sheets.push(sheet('Nhắc hạn', [LEDGER_HEADER, ...o.ledger]));
  return { sheets, timeZone: TZ, locale: 'vi_VN' };
}

/** Writes the workbook as the .xlsx a person would give the runner. */
export async function writeXlsx(file: string, workbook: WorkbookData): Promise<void> {
  fs.writeFileSync(file, (await workbookToXlsx(workbook)).bytes);
}

export interface Mail {
  to: string;
  cc: string;
  subject: string;
  body: string;
  htmlBody: string;
}

/** Runs `npm start -- --workbook input --as-of … --actions remind --out dir`; returns the written workbook and the outbox. */
export async function runRemind(input: string, when: string, out: string, mailQuota?: number) {
  return runActions(input, when, out, ['remind'], mailQuota);
}

/** Runs `npm start -- --workbook input --as-of … --actions a,b --out dir`; returns the written workbook and the outbox. */
export async function runActions(
  input: string,
  when: string,
  out: string,
  actions: string[],
  mailQuota?: number,
) {
  const lines: string[] = [];
  const result = await runWorkbook({
    workbook: input,
    asOf: when,
    actions,
    out,
    print: (l) => lines.push(l),
    printError: (l) => lines.push(l),
    runtime: mailQuota === undefined ? undefined : { mailQuota },
  });
  const outbox = path.join(out, 'outbox.jsonl');
  const mails: Mail[] = fs.existsSync(outbox)
    ? fs
        .readFileSync(outbox, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Mail)
    : [];
  return { result, lines, mails, file: path.join(out, path.basename(input)) };
}

/** A session of the real bundle on `workbook` as of `now` (its runtime can hold locks, fail mail, lose its UI). */
export function session(workbook: WorkbookData, now: number, mailQuota?: number): Session {
  return openSession({
    workbook,
    timeZone: TZ,
    now,
    runtime: mailQuota === undefined ? undefined : { mailQuota },
  });
}

/** `to: subject` of each mail, for compact assertions. */
export function sent(mails: readonly (Mail | SentMail)[]): string[] {
  return mails.map((m) => `${m.to} | ${m.subject}`);
}

/** The ledger of a workbook snapshot as `Thôn/Loại/Kết quả` lines (rows in order). */
export function ledgerOf(workbook: WorkbookData): string[] {
  const tab = workbook.sheets.find((s) => s.name === 'Nhắc hạn');
  if (!tab) return [];
  const head = (tab.rows[0] ?? []).map((c) => String(c?.value ?? ''));
  const col = (t: string) => head.indexOf(t);
  return tab.rows
    .slice(1)
    .filter((r) => r.some((c) => c && c.value !== null && c.value !== ''))
    .map((r) => ['Thôn', 'Loại', 'Kết quả'].map((t) => String(r[col(t)]?.value ?? '')).join('/'));
}
