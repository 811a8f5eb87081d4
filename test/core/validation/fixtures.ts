// Small Model builders for validation tests: the seed's campaign, three villages, report rows written as people type them.
import type {
  CellValue,
  Day,
  Indicator,
  IndicatorKind,
  Instant,
  Model,
  ReportRow,
  ReportTab,
  Village,
} from '../../../src/core/types';
import { dayFromYmd, instantOf } from '../../../src/core/zone';

export const TZ = 'Asia/Ho_Chi_Minh';

/** `dd/MM/yyyy` → day. */
export function day(s: string): Day {
  const [d, m, y] = s.split('/').map(Number);
  return dayFromYmd(y, m, d);
}

/** `dd/MM/yyyy HH:mm` (Vietnam time) → instant. */
export function at(s: string): Instant {
  const [date, time = '00:00'] = s.split(' ');
  const [h, min] = time.split(':').map(Number);
  return instantOf(day(date), h * 60 + min, TZ);
}

export const END_OF_CAMPAIGN = at('31/12/2023 23:59');

export function village(
  name: string,
  emails: string[] = [],
  households: number | null = null,
  row = 2,
): Village {
  return { name, leader: '', emails, households, phone: '', row };
}

export const VILLAGES: Village[] = [
  village('Thịnh Bằng', ['thinhbang@x.vn', 'tb2@x.vn'], 120, 2),
  village('Trung Bằng', ['trungbang@x.vn'], 80, 3),
  village('Tân Bằng', [], null, 4),
];

export function indicator(
  code: string,
  unit: string,
  kind: IndicatorKind,
  targets: Record<string, number>,
  name = code,
): Indicator {
  return { code, name, unit, kind, start: day('15/03/2023'), due: day('31/12/2023'), targets, row: 2 };
}

export const INDICATORS: Indicator[] = [
  indicator('HANG_RAO', 'm', 'Cộng dồn', { 'Thịnh Bằng': 100, 'Trung Bằng': 200 }, 'Trồng hàng rào xanh'),
  indicator('CUNG_HOA', 'km', 'Cộng dồn', { 'Thịnh Bằng': 0.38 }, 'Cứng hóa giao thông'),
  indicator('VUON_CT', 'vườn', 'Cộng dồn', { 'Thịnh Bằng': 10, 'Trung Bằng': 5 }, 'Cải tạo vườn'),
  indicator(
    'RAC_THAI',
    'hộ',
    'Cộng dồn',
    { 'Thịnh Bằng': 100, 'Trung Bằng': 60 },
    'Hộ thu gom, xử lý rác thải',
  ),
  indicator('NUOC_THAI', 'hộ', 'Lũy kế', { 'Thịnh Bằng': 100, 'Trung Bằng': 60 }, 'Hệ thống xử lý nước thải'),
  indicator('KDC_KM', 'đạt/chưa', 'Đạt/Chưa', { 'Thịnh Bằng': 1 }, 'Khu dân cư kiểu mẫu'),
];

export interface RowSpec {
  tab?: string;
  row: number;
  /** `dd/MM/yyyy HH:mm`, written into the cell as a Date (what Forms writes); or any raw cell value. */
  ts: string | CellValue;
  village?: string;
  /** `Ngày báo cáo` as typed ('' = blank). */
  date?: CellValue;
  /** `undefined` = the tab has no email column. */
  email?: string;
  /** `undefined` = the tab has no `Ảnh` column. */
  photo?: string;
  plan?: string;
  /** Indicator code → cell value as typed ('' = blank). */
  cells?: Record<string, CellValue>;
  /** `true` when the village comes from the tab's name (no `Thôn` column). */
  villageFromTab?: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function display(v: CellValue): string {
  if (v instanceof Date) {
    const t = new Date(v.getTime() + 7 * 3600_000);
    return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  }
  return String(v);
}

/** A timestamp cell: a Date when written as `dd/MM/yyyy HH:mm`, else the raw value. */
function timestampCell(ts: string | CellValue): CellValue {
  if (typeof ts === 'string' && /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(ts)) return new Date(at(ts));
  return ts;
}

export function reportRow(spec: RowSpec): ReportRow {
  const timestamp = timestampCell(spec.ts);
  const date = spec.date ?? '';
  const cells = Object.entries(spec.cells ?? {}).map(([code, value], i) => ({
    code,
    column: `[${code}] ${code.toLowerCase()}`,
    col: 6 + i,
    value,
    display: display(value),
  }));
  return {
    tab: spec.tab ?? 'Báo cáo',
    row: spec.row,
    timestamp,
    timestampDisplay: display(timestamp),
    village: spec.villageFromTab ? (spec.tab ?? 'Báo cáo') : (spec.village ?? ''),
    villageCol: spec.villageFromTab ? null : 2,
    reportDate: date,
    reportDateDisplay: display(date),
    reportDateCol: 3,
    timestampCol: 1,
    email: spec.email ?? null,
    emailCol: spec.email === undefined ? null : 4,
    photo: spec.photo ?? null,
    photoCol: spec.photo === undefined ? null : 5,
    note: '',
    nextWeekPlan: spec.plan ?? '',
    cells,
  };
}

/** Report tabs from row specs, grouped by tab name in first-seen order. */
export function tabs(rows: RowSpec[]): ReportTab[] {
  const out: ReportTab[] = [];
  for (const spec of rows) {
    const name = spec.tab ?? 'Báo cáo';
    let tab = out.find((t) => t.name === name);
    if (!tab) out.push((tab = { name, rows: [] }));
    tab.rows.push(reportRow(spec));
  }
  return out;
}

export function model(rows: RowSpec[], over: Partial<Omit<Model, 'reports'>> = {}): Model {
  return {
    settings: {
      communeName: 'Sơn Bằng',
      campaignStart: day('15/03/2023'),
      campaignEnd: day('31/12/2023'),
      deadline: { weekday: 4, minuteOfDay: 14 * 60 + 30 },
      remindBeforeHours: 24,
      officerEmails: ['canbo@x.vn'],
      timeZone: TZ,
      peakPhases: [
        { start: day('15/03/2023'), end: day('15/05/2023') },
        { start: day('01/07/2023'), end: day('01/08/2023') },
      ],
      supportCode: 'NUOC_THAI_HT',
      supportAmount: 1_000_000,
      autoCorrections: false,
    },
    villages: VILLAGES,
    indicators: INDICATORS,
    ...over,
    reports: tabs(rows),
  };
}
