// The runner's command line: --workbook FILE.xlsx [--as-of …] [--week previous|dd/MM/yyyy] [--month previous|MM/yyyy] [--resend] [--actions a,b,…] [--out DIR | --in-place].

/** Actions of README.md, in the order the runner documents them. */
export const KNOWN_ACTIONS = [
  'setup',
  'clear-examples',
  'validate',
  'rollup',
  'remind',
  'corrections',
  'form',
  'report',
  'send-report',
  'report-month',
  'export',
] as const;

/** What runs when `--actions` is not given: the weekly job, limited to what the bundle offers. */
export const DEFAULT_ACTIONS = ['validate', 'rollup', 'remind', 'report'] as const;

export interface RunnerArgs {
  workbook?: string;
  /** Wall-clock time `yyyy-MM-ddTHH:mm` in the workbook's zone, as typed. */
  asOf?: string;
  /** `previous` or a deadline day `dd/MM/yyyy`: the week rollup and report cover (checked against `Hạn báo cáo` by the bundle). */
  week?: string;
  /** `previous` or a month `MM/yyyy`: the month `report-month` covers (default: the month holding the as-of time). */
  month?: string;
  /** `send-report` sends the week's report again even if the ledger says it went (the menu asks instead). */
  resend: boolean;
  /** Undefined = the default actions; [] = none (read and write back only). */
  actions?: string[];
  out: string;
  /** Write the result back over the input (keeping the previous version as FILE.bak.xlsx) instead of into --out. */
  inPlace: boolean;
  help: boolean;
  /** `--province DIR`: consolidate the commune files of DIR into `out`/tinh.xlsx (docs/scale.md). */
  province?: string;
  /** `--province-demo`: the province demo into `out`. */
  provinceDemo: boolean;
}

export type ParsedArgs = { ok: true; args: RunnerArgs } | { ok: false; error: string };

export const USAGE = [
  'Cách dùng: npm start -- --workbook TỆP.xlsx [--as-of yyyy-MM-ddTHH:mm] [--week previous|dd/MM/yyyy] [--month previous|MM/yyyy] [--resend] [--actions a,b,…] [--out THƯ_MỤC | --in-place]',
  `  --actions  các thao tác, chạy theo thứ tự: ${KNOWN_ACTIONS.join(', ')}`,
  `             (bỏ trống: ${DEFAULT_ACTIONS.join(', ')} nếu đã có; --actions "" = chỉ đọc rồi ghi lại)`,
  '             clear-examples = NTM › Xóa dữ liệu mẫu (xóa các dòng mẫu chưa sửa của Thôn và Chỉ tiêu)',
  '  --as-of    thời điểm chạy, theo giờ của Múi giờ trong tab Cấu hình (mặc định: bây giờ)',
  '  --week     tuần mà rollup và report tổng hợp: previous = tuần vừa hết hạn, hoặc ngày hạn nộp dd/MM/yyyy',
  '             (mặc định: tuần đang diễn ra; trong 24 giờ sau hạn nộp: tuần vừa hết hạn)',
  '  --month    tháng mà report-month báo cáo: previous = tháng trước, hoặc MM/yyyy (mặc định: tháng đang diễn ra)',
  '  --resend   send-report gửi lại báo cáo tuần dù sổ Nhắc hạn ghi đã gửi (không có thì không gửi lại)',
  '  --out      thư mục ghi kết quả (mặc định out/): <tên tệp>.xlsx, outbox.jsonl (thư đã gửi)',
  '             và trang báo cáo in được của report (bao-cao-tuan.html) và report-month (bao-cao-thang.html),',
  '             cùng bản .pdf nếu máy có Chromium, và ntm-export.csv của export (dữ liệu gửi tỉnh, docs/export.md)',
  '  --in-place ghi kết quả đè lên chính TỆP.xlsx (bản trước được giữ ở TỆP.bak.xlsx; outbox.jsonl và trang',
  '             báo cáo ghi cạnh tệp): kết quả lần này là đầu vào lần sau, nên sổ Nhắc hạn không gửi thư hai lần',
  '       npm start -- --province THƯ_MỤC [--out THƯ_MỤC2]: gộp các tệp ntm-export.csv (và sổ .xlsx) của các xã',
  '             trong THƯ_MỤC bằng DuckDB vào THƯ_MỤC2/tinh.xlsx (mặc định out/), docs/scale.md',
  '       npm start -- --province-demo: bản demo cấp tỉnh (60 xã) vào out/tinh.xlsx',
  'npm start (không tham số) chạy bản demo.',
].join('\n');

const FLAGS = new Set(['workbook', 'as-of', 'week', 'month', 'actions', 'out', 'province']);

export function parseArgs(argv: string[]): ParsedArgs {
  const args: RunnerArgs = { out: 'out', inPlace: false, resend: false, help: false, provinceDemo: false };
  let outGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--help' || token === '-h') {
      args.help = true;
      continue;
    }
    if (token === '--in-place') {
      args.inPlace = true;
      continue;
    }
    if (token === '--province-demo') {
      args.provinceDemo = true;
      continue;
    }
    if (token === '--resend') {
      args.resend = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(token);
    if (!m || !FLAGS.has(m[1]))
      return { ok: false, error: `Tham số không rõ "${token}": ${USAGE.split('\n')[0]}` };
    let value = m[2];
    if (value === undefined) {
      if (i + 1 >= argv.length) return { ok: false, error: `Thiếu giá trị sau --${m[1]}.` };
      value = argv[++i];
    }
    if (m[1] === 'workbook') args.workbook = value;
    else if (m[1] === 'province') args.province = value;
    else if (m[1] === 'as-of') args.asOf = value;
    else if (m[1] === 'out') {
      args.out = value;
      outGiven = true;
    } else if (m[1] === 'week') {
      if (!isWeekText(value))
        return {
          ok: false,
          error: `--week "${value}" không đúng dạng: hãy ghi previous (tuần vừa hết hạn) hoặc ngày hạn nộp dd/MM/yyyy, ví dụ --week 16/03/2023.`,
        };
      args.week = value.trim();
    } else if (m[1] === 'month') {
      if (!isMonthText(value))
        return {
          ok: false,
          error: `--month "${value}" không đúng dạng: hãy ghi previous (tháng trước) hoặc tháng MM/yyyy, ví dụ --month 04/2023.`,
        };
      args.month = value.trim();
    } else
      args.actions = value
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '');
  }
  const unknown = (args.actions ?? []).filter((a) => !(KNOWN_ACTIONS as readonly string[]).includes(a));
  if (unknown.length)
    return {
      ok: false,
      error: `Thao tác không có: ${unknown.join(', ')}. Các thao tác là: ${KNOWN_ACTIONS.join(', ')}.`,
    };
  if (args.inPlace && outGiven)
    return {
      ok: false,
      error:
        '--in-place (ghi đè lên tệp đầu vào) và --out (ghi vào thư mục khác) không dùng cùng nhau: hãy bỏ một trong hai.',
    };
  if ((args.province !== undefined || args.provinceDemo) && (args.workbook !== undefined || args.inPlace))
    return {
      ok: false,
      error:
        '--province và --province-demo (cấp tỉnh) không dùng cùng --workbook hay --in-place (cấp xã): hãy chạy riêng.',
    };
  if (args.out.trim() === '')
    return { ok: false, error: 'Thư mục --out đang để trống: hãy ghi một thư mục, ví dụ --out out.' };
  return { ok: true, args };
}

/** `previous`, or a real date written dd/MM/yyyy (whether it is a deadline day is the workbook's to say). */
export function isWeekText(text: string): boolean {
  const t = text.trim();
  if (t === 'previous') return true;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `previous`, or a month written MM/yyyy (M/yyyy too). */
export function isMonthText(text: string): boolean {
  const t = text.trim();
  if (t === 'previous') return true;
  const m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 12;
}

/** `yyyy-MM-ddTHH:mm` (or a space instead of T, optional :ss, or a bare date = 00:00) → wall-clock Date (UTC fields = wall time). */
export function parseAsOf(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same =
    wall.getUTCFullYear() === y &&
    wall.getUTCMonth() === mo - 1 &&
    wall.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60;
  return same ? wall : null;
}
