// `npm start` with no arguments: set-up's example workbook plus weeks of messy form answers, run through every available action.
import { errorText } from '../../src/core/error-text';
import fs from 'node:fs';
import path from 'node:path';
import { KNOWN_ACTIONS, parseAsOf } from '../runner/args';
import { printReport } from '../runner/print-report';
import { runWorkbook } from '../runner/run-workbook';
import { openSession } from '../runner/session';
import type { WorkbookData } from '../workbook-data';
import { DEFAULT_TIME_ZONE, findZoneSetting, wallToInstant, writeFileAtomic, writeWorkbook } from '../xlsx';
import { FORM_FILE } from '../runner/form-file';
import { buildThroughForm } from './demo-through-form';
import { exampleInputTabs } from './example-tabs';
import { FORM_TAB, generateFormTab } from './form-tab';
import { planFromWorkbook } from './plan-from-workbook';
import { pushAll } from '../../src/core/lists';

/** Thursday of the fourth week, half an hour before the 14:30 deadline: the officer's weekly rollup; one village has not reported yet. */
export const DEMO_AS_OF = '2023-04-06T14:00';
export const DEMO_SEED = 2023;
const DAY = 86_400_000;

export interface DemoOptions {
  outDir?: string;
  asOf?: string;
  seed?: number;
  bundleFile?: string;
  /** Benchmark: this many random form rows up to `asOf`, no planted mistakes (default: the weekly habit, messy). */
  rows?: number;
  /** Submit the answers through the form the build's `form` action makes (when it offers one); default true. */
  throughForm?: boolean;
  print?: (line: string) => void;
  printError?: (line: string) => void;
}

/**
 * The input workbook: set-up run on a blank sheet (or, until set-up exists, the example tabs) plus the answers.
 * When the build makes the form (and this is not the benchmark), the answers are submitted through it and
 * `formFile` is its form.json; else they are written as a hand-made form's tab.
 */
export function buildDemoWorkbook(options: DemoOptions = {}): {
  workbook: WorkbookData;
  lines: string[];
  offered: string[];
  formFile?: string;
} {
  const asOfWall = parseAsOf(options.asOf ?? DEMO_AS_OF)!;
  const now = wallToInstant(asOfWall, DEFAULT_TIME_ZONE).getTime();
  const blank: WorkbookData = {
    sheets: [{ name: 'Trang tính1', rows: [] }],
    timeZone: DEFAULT_TIME_ZONE,
    locale: 'vi_VN',
  };
  const session = openSession({
    workbook: blank,
    timeZone: DEFAULT_TIME_ZONE,
    now,
    bundleFile: options.bundleFile,
  });
  if (
    options.throughForm !== false &&
    session.offered.setup &&
    session.offered.form &&
    options.rows === undefined
  ) {
    return {
      ...buildThroughForm(asOfWall, options.seed ?? DEMO_SEED, options.bundleFile),
      offered: Object.keys(session.offered),
    };
  }
  const lines: string[] = [];
  let workbook: WorkbookData;
  if (session.offered.setup) {
    const report = session.run('setup');
    printReport(report, (l) => lines.push(l));
    if (!report.ok) throw new Error(`Thiết lập sổ mẫu không thành công: ${report.summary}`);
    workbook = session.runtime.dump();
  } else {
    lines.push('setup: chưa hỗ trợ — bản demo ghi ba tab mẫu (Cấu hình, Thôn, Chỉ tiêu) từ kế hoạch của xã.');
    workbook = { ...blank, sheets: [...blank.sheets, ...exampleInputTabs(DEFAULT_TIME_ZONE)] };
  }
  const zone = findZoneSetting(workbook).timeZone;
  const plan = planFromWorkbook(workbook, zone);
  if (!plan) {
    lines.push('Sổ mẫu không có tab Thôn / Chỉ tiêu đọc được: bản demo không tạo câu trả lời biểu mẫu.');
  } else {
    const big = options.rows !== undefined;
    const form = generateFormTab(plan, {
      zone,
      seed: options.seed ?? DEMO_SEED,
      asOf: asOfWall,
      until: big ? asOfWall : new Date(asOfWall.getTime() + 5 * DAY),
      rows: options.rows,
      messy: !big,
    });
    workbook.sheets = [...workbook.sheets.filter((s) => s.name !== FORM_TAB), form.sheet];
    pushAll(
      lines,
      [
        `Tab "${FORM_TAB}": ${form.sheet.rows.length - 1} câu trả lời của ${plan.villages.length} thôn cho ${plan.indicators.length} chỉ tiêu, có cài sẵn các lỗi thường gặp:`,
      ],
      form.mistakes.map((m) => `    - ${m}`),
    );
  }
  return { workbook, lines, offered: Object.keys(session.offered) };
}

/** `báo cáo tháng` for the monthly report's files, `báo cáo tuần` for the weekly one's. */
const reportName = (file: string) =>
  path.basename(file).startsWith('bao-cao-thang') ? 'báo cáo tháng' : 'báo cáo tuần';

export async function runDemo(options: DemoOptions = {}): Promise<number> {
  const print = options.print ?? ((l: string) => console.log(l));
  const outDir = options.outDir ?? 'out';
  const asOf = options.asOf ?? DEMO_AS_OF;
  let built;
  try {
    built = buildDemoWorkbook(options);
  } catch (e) {
    (options.printError ?? console.error)(errorText(e));
    return 1;
  }
  print(`Bản demo NTM Tracker: xã Sơn Bằng, chạy như vào lúc ${asOf.replace('T', ' ')} (giờ Việt Nam).`);
  built.lines.forEach((l) => print(l));
  const inputDir = path.join(outDir, 'demo-input');
  const input = path.join(inputDir, 'demo.xlsx');
  fs.mkdirSync(inputDir, { recursive: true });
  const notices = await writeWorkbook(built.workbook, input);
  // The form lives outside the workbook: the runner finds it through the form.json beside its input.
  if (built.formFile !== undefined) writeFileAtomic(path.join(inputDir, FORM_FILE), built.formFile);
  if (notices.length) {
    print(`Lưu ý: ${input} (.xlsx) không mang được những thứ sau (trên Google Sheets thì có):`);
    notices.forEach((n) => print(`    ${n}`));
  }
  const actions = KNOWN_ACTIONS.filter(
    (a) => a !== 'setup' && a !== 'clear-examples' && built.offered.includes(a),
  );
  print(
    actions.length
      ? `Chạy: ${actions.join(', ')}`
      : 'Bản dựng chưa có thao tác nào ngoài setup: chỉ đọc và ghi lại sổ.',
  );
  const result = await runWorkbook({
    workbook: input,
    asOf,
    actions,
    out: outDir,
    bundleFile: options.bundleFile,
    print,
    printError: options.printError,
  });
  if (result.exitCode !== 0) return result.exitCode;
  print('');
  print('Xem kết quả:');
  print(
    `    ${path.join(outDir, 'demo.xlsx')}: các tab Kiểm tra, Tổng hợp, Lịch sử, Nhắc hạn, Nhật ký (những tab đã có).`,
  );
  print(`    ${path.join(outDir, 'outbox.jsonl')}: các thư đã "gửi", mỗi dòng một thư.`);
  if (result.written.some((f) => f.endsWith(FORM_FILE)))
    print(`    ${path.join(outDir, FORM_FILE)}: biểu mẫu báo cáo (câu hỏi, link điền, link sửa).`);
  for (const page of result.written.filter((f) => f.endsWith('.html')))
    print(`    ${page}: ${reportName(page)}, mở bằng trình duyệt để xem, in hoặc lưu PDF.`);
  for (const csv of result.written.filter((f) => f.endsWith('.csv')))
    print(
      `    ${csv}: dữ liệu gửi tỉnh (toàn bộ Lịch sử, docs/export.md); npm start -- --province-demo cho cấp tỉnh.`,
    );
  for (const pdf of result.written.filter((f) => f.endsWith('.pdf')))
    print(`    ${pdf}: ${reportName(pdf)} dạng PDF, để ký và gửi.`);
  print(`    Sổ đầu vào (trước khi chạy): ${input}`);
  return 0;
}
