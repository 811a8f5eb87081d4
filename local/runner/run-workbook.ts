// The local runner: an .xlsx (and its form.json) in, the actions run as of a time; DIR/<file>.xlsx (or the input, --in-place), outbox.jsonl, form.json, report pages (.html, .pdf) out — or nothing.
import fs from 'node:fs';
import path from 'node:path';
import { readWorkbook, WorkbookFileError, wallToInstant, writeFileAtomic, workbookToXlsx } from '../xlsx';
import { InputChangedError, outputTarget, writeProblem, writeWorkbookFile } from './output-target';
import { DEFAULT_ACTIONS, parseAsOf } from './args';
import { FORM_FILE, formFileText, readFormFile } from './form-file';
import { failureNeedsDetail, firstProblem, printReport } from './print-report';
import { errorText } from '../../src/core/error-text';
import { openSession, type ActionReport, type SessionOptions } from './session';
import { csvFilesToSave, pagesToSave } from './saved-pages';
import { writePagePdfs } from './report-pdf';
import { uncomputedProblem } from './uncomputed';
import { pushAll } from '../../src/core/lists';
import type { SentMail } from '../runtime';

export interface RunOptions {
  workbook: string;
  /** `yyyy-MM-ddTHH:mm` in the workbook's zone; default now. */
  asOf?: string;
  /** `previous` or a deadline day `dd/MM/yyyy`: passed to the actions that cover a week (rollup, report). */
  week?: string;
  /** `previous` or `MM/yyyy`: passed to `report-month`. */
  month?: string;
  /** `send-report` sends again a report the ledger says went (default: it does not). */
  resend?: boolean;
  /** Undefined = the default actions the bundle offers; [] = none. */
  actions?: string[];
  out?: string;
  /** Write the result over the input, keeping the previous version as FILE.bak.xlsx (refused with `out` by the CLI). */
  inPlace?: boolean;
  bundleFile?: string;
  runtime?: SessionOptions['runtime'];
  print?: (line: string) => void;
  printError?: (line: string) => void;
  /** The current instant when --as-of is absent (tests pin it). */
  now?: () => number;
  /** Sheet parts at least this large whose cells are plain values are streamed and copied through (tests lower it). */
  plainTabBytes?: number;
  /** Chromium that prints each saved page to PDF (default /usr/bin/chromium; a missing file = no PDF, said in words). */
  chromium?: string;
  /** Told as the output is made: the tabs dumped with what changed, the workbook rendered, the files written (the bench measures each). */
  onPhase?: (phase: 'dump' | 'render' | 'write') => void;
}

export interface RunResult {
  exitCode: number;
  reports: ActionReport[];
  /** The files written (empty when nothing was written). */
  written: string[];
  /** The as-of instant the actions saw (undefined when the run stopped before it was known). */
  asOf?: number;
}

/** Actions that cover one week: `--week` is passed to their entry function (the menu passes nothing). */
const WEEK_ACTIONS = new Set(['rollup', 'report']);

/** The arguments the runner passes to an action's entry function (a menu click passes none). */
export function actionArgs(
  action: string,
  options: Pick<RunOptions, 'week' | 'month' | 'resend'>,
): unknown[] {
  if (WEEK_ACTIONS.has(action)) return options.week === undefined ? [] : [options.week];
  if (action === 'send-report') return [options.week, options.resend ? 'resend' : 'once'];
  if (action === 'report-month') return options.month === undefined ? [] : [options.month];
  return [];
}

/** One outbox.jsonl line: the message, and its attachments by name, type and size (the bytes stay out). */
function outboxLine(m: SentMail): string {
  const line: Record<string, unknown> = {
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    body: m.body,
    htmlBody: m.htmlBody,
  };
  if (m.attachments)
    line.attachments = m.attachments.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      size: a.bytes.length,
    }));
  return JSON.stringify(line) + '\n';
}

const failed = (printError: (l: string) => void, line: string): RunResult => {
  printError(line);
  return { exitCode: 1, reports: [], written: [] };
};

/** Same file, even through a symlink, a hard link or a different spelling of the path. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch (_e) {
    const real = (p: string) => path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
    try {
      return real(a) === real(b);
    } catch (_e2) {
      return false;
    }
  }
}

export async function runWorkbook(options: RunOptions): Promise<RunResult> {
  const print = options.print ?? ((l: string) => console.log(l));
  const printError = options.printError ?? ((l: string) => console.error(l));
  const input = options.workbook;
  const target = outputTarget(input, options.out ?? 'out', options.inPlace === true);
  if ('error' in target) return failed(printError, target.error);
  const { dir: outDir, file: outFile } = target;
  if (!target.backup && sameFile(input, outFile))
    return failed(
      printError,
      `Tệp kết quả ${outFile} trùng tệp đầu vào: hãy chọn thư mục khác bằng --out, hoặc dùng --in-place để ghi đè có giữ bản cũ.`,
    );
  let asOfWall: Date | null = null;
  if (options.asOf !== undefined && !(asOfWall = parseAsOf(options.asOf)))
    return failed(
      printError,
      `--as-of "${options.asOf}" không đúng dạng: hãy ghi yyyy-MM-ddTHH:mm, ví dụ 2023-04-06T15:00.`,
    );

  let read;
  let inputAsRead: Buffer | undefined;
  try {
    if (target.backup) inputAsRead = fs.readFileSync(input);
    read = await readWorkbook(input, { plainTabBytes: options.plainTabBytes });
  } catch (e) {
    return failed(
      printError,
      e instanceof WorkbookFileError ? e.message : `Không đọc được ${input}: ${errorText(e)}`,
    );
  }
  const uncomputed = uncomputedProblem(read.uncomputed);
  if (uncomputed) return failed(printError, uncomputed);
  const timeZone = read.workbook.timeZone!;
  const now = asOfWall ? wallToInstant(asOfWall, timeZone).getTime() : (options.now ?? Date.now)();
  let session;
  try {
    // Forms do not live in the .xlsx: the form.json an earlier run wrote beside it brings them back.
    const saved = readFormFile(input);
    // The same Chromium prints the report pages and converts the HTML an action asks Apps Script to make a PDF of.
    const base =
      options.chromium !== undefined ? { ...options.runtime, chromium: options.chromium } : options.runtime;
    const runtime = saved
      ? { ...base, forms: saved.forms, documentProperties: saved.documentProperties }
      : base;
    session = openSession({
      workbook: read.workbook,
      timeZone,
      now,
      bundleFile: options.bundleFile,
      runtime,
    });
  } catch (e) {
    return failed(printError, errorText(e));
  }
  // The cells are in the runtime now: the rows as read are let go, so a big tab is not held twice.
  for (const sheet of read.workbook.sheets) sheet.rows = [];
  const requested = options.actions ?? DEFAULT_ACTIONS.filter((a) => session.offered[a]);
  const reports: ActionReport[] = [];
  const dialogs: { html: string }[] = [];
  for (const action of requested) {
    const shown = session.runtime.ui.dialogs.length;
    const report = session.runWith(action, actionArgs(action, options));
    pushAll(dialogs, session.runtime.ui.dialogs.slice(shown));
    reports.push(report);
    // A failure with one problem is said once, by the stop line; with several, they are listed above it.
    if (report.ok || failureNeedsDetail(report.summary)) printReport(report, print);
    if (!report.ok) {
      printError(`Dừng ở thao tác ${action}: ${firstProblem(report.summary)} Không ghi tệp nào.`);
      return { exitCode: 1, reports, written: [], asOf: now };
    }
  }
  if (requested.length > 0 && reports.every((r) => !r.supported)) {
    printError(`Bản dựng này chưa hỗ trợ thao tác nào trong: ${requested.join(', ')}. Không ghi tệp nào.`);
    return { exitCode: 1, reports, written: [], asOf: now };
  }

  options.onPhase?.('dump');
  const { workbook: result, changes } = session.runtime.dumpWithChanges();
  options.onPhase?.('render');
  const { bytes, notices } = await workbookToXlsx(result, { original: read.original, changes });
  options.onPhase?.('write');
  const outbox = session.runtime.mail.outbox.map(outboxLine).join('');
  const outboxFile = path.join(outDir, 'outbox.jsonl');
  const pages = pagesToSave(dialogs).map((p) => ({ ...p, file: path.join(outDir, p.file) }));
  const csvs = csvFilesToSave(dialogs).map((c) => ({ ...c, file: path.join(outDir, c.file) }));
  const formText = formFileText(session.runtime.forms, session.runtime.properties.document);
  const formFile = path.join(outDir, FORM_FILE);
  try {
    fs.mkdirSync(outDir, { recursive: true });
    writeWorkbookFile(target, bytes, inputAsRead);
    writeFileAtomic(outboxFile, outbox);
    for (const p of pages) writeFileAtomic(p.file, p.html);
    for (const c of csvs) writeFileAtomic(c.file, c.csv);
    if (formText !== null) writeFileAtomic(formFile, formText);
  } catch (e) {
    const why =
      e instanceof InputChangedError
        ? `Tệp ${input} đã được lưu lại trong lúc runner chạy, nên không ghi đè lên nó và không ghi tệp nào (thư trong lần chạy này chưa được gửi). Hãy đóng tệp trong Excel/LibreOffice rồi chạy lại.`
        : `Không ghi được kết quả vào ${outDir}: ${writeProblem(e)}. Hãy chọn thư mục khác bằng --out. Không ghi tệp nào.`;
    return { ...failed(printError, why), reports, asOf: now };
  }
  if (notices.length) {
    print('Lưu ý: .xlsx không mang được những thứ sau (trên Google Sheets thì có):');
    for (const n of notices) print(`    ${n}`);
  }
  const wrote = target.backup ? `Đã ghi đè ${input} (bản trước giữ ở ${target.backup})` : `Đã ghi ${outFile}`;
  print(`${wrote} và ${outboxFile} (${session.runtime.mail.outbox.length} thư).`);
  for (const p of pages) print(`Đã ghi ${p.file} (mở bằng trình duyệt để xem, in hoặc lưu PDF).`);
  for (const c of csvs) print(`Đã ghi ${c.file} (dữ liệu gửi tỉnh, docs/export.md).`);
  const pdfs = await writePagePdfs(pages, print, options.chromium);
  if (formText !== null)
    print(`Đã ghi ${formFile} (biểu mẫu: câu hỏi, đường dẫn và trạng thái cho lần chạy sau).`);
  const written = [
    outFile,
    outboxFile,
    ...pages.map((p) => p.file),
    ...csvs.map((c) => c.file),
    ...pdfs,
    ...(formText !== null ? [formFile] : []),
  ];
  if (target.backup) written.unshift(target.backup);
  return { exitCode: 0, reports, written, asOf: now };
}
