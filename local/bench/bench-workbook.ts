// The bench's workbook: the example plan widened to N villages, and a form tab of N rows (18 columns) with known sums.
import { seedTables } from '../../src/core/contract';
import { exampleInputTabs } from '../demo/example-tabs';
import type { CellData, SheetData, WorkbookData } from '../workbook-data';
import { wallToInstant } from '../xlsx';

export const BENCH_ZONE = 'Asia/Ho_Chi_Minh';
export const BENCH_FORM = 'Câu trả lời biểu mẫu 1';
/** As of 28/12/2023 12:00 in Hà Nội: every row below is sent before. */
export const BENCH_AS_OF = '2023-12-28T12:00';
const MINUTE = 60_000;
const DAY = 86_400_000;
const ZONE_MS = 7 * 3600_000;
const FIRST = Date.UTC(2023, 3, 15) - ZONE_MS;
const LAST = Date.UTC(2023, 11, 27) - ZONE_MS;

/** The indicators filled on every row, with the unit their question names and how an amount is typed. */
export const FILLED = [
  { code: 'HANG_RAO', title: '[HANG_RAO] Trồng hàng rào xanh (m)', typed: (n: number) => viThousands(n) },
  { code: 'VUON_CTR', title: '[VUON_CTR] Chỉnh trang vườn hộ (vườn)', typed: (n: number) => String(n % 7) },
  { code: 'CUNG_HOA', title: '[CUNG_HOA] Cứng hóa giao thông (km)', typed: (n: number) => `0,${n % 10}` },
];
/** Questions asked but left blank: the rest of the 18 columns Forms writes. */
const BLANK = [
  'VUON_CT',
  'DUONG_MR',
  'RAC_THAI',
  'NUOC_THAI',
  'NHA_VS',
  'HO_U_PHAN',
  'NUOC_THAI_HT',
  'KDC_KM',
];
const HEAD = ['Dấu thời gian', 'Địa chỉ email', 'Thôn', 'Ngày báo cáo'];
const TAIL = ['Ảnh', 'Ghi chú', 'Kế hoạch tuần tới'];

/** 3517 → "3.517" (vi-VN). */
export function viThousands(n: number): string {
  return n >= 1000 ? `${viThousands(Math.floor(n / 1000))}.${String(n % 1000).padStart(3, '0')}` : String(n);
}

export interface BenchVillage {
  name: string;
  email: string;
}

/** The example's five villages, then "Thôn số 6", … */
export function benchVillages(n: number): BenchVillage[] {
  const examples = seedTables()
    .find((t) => t.tab === 'Thôn')!
    .rows.map((r) => ({ name: String(r[0]), email: String(r[2]).split(';')[0].trim() }));
  return Array.from({ length: n }, (_, i) =>
    i < examples.length ? examples[i] : { name: `Thôn số ${i + 1}`, email: `thon${i + 1}@example.vn` },
  );
}

/** The example's three input tabs with `villages` in Thôn and a target column each in Chỉ tiêu (targets too high to exceed). */
function inputTabs(villages: BenchVillage[]): SheetData[] {
  const tabs = exampleInputTabs(BENCH_ZONE);
  const thon = tabs.find((t) => t.name === 'Thôn')!;
  const plan = tabs.find((t) => t.name === 'Chỉ tiêu')!;
  const template = thon.rows[1];
  thon.rows = [
    thon.rows[0],
    ...villages.map((v, i) => {
      const row = template.map((c) => (c ? { ...c } : null));
      row[0] = { value: v.name };
      row[2] = { value: v.email };
      row[3] = { value: 150 + (i % 50) };
      return row;
    }),
  ];
  const header = plan.rows[0];
  const first = header.findIndex((c) => c?.value === villages[0].name);
  const note = header.length - 1;
  plan.rows = plan.rows.map((row, r) => {
    const code = row[0]?.value;
    const targets = villages.map((v): CellData | null => {
      if (r === 0) return { value: v.name, bold: true };
      if (code === 'KDC_KM') return v.name === 'Thịnh Bằng' ? { value: 1 } : null;
      return { value: code === 'RAC_THAI' ? 200 : 1_000_000_000 };
    });
    return [...row.slice(0, first), ...targets, ...row.slice(note)];
  });
  return tabs;
}

export interface BenchBook {
  workbook: WorkbookData;
  /** The form rows (sent before the as-of time), all of them counted. */
  rows: number;
  villages: BenchVillage[];
}

/**
 * `rows` reports spread evenly over the campaign (15/04–27/12/2023), village i % n; the k-th report of a
 * village names a report day 2·(k mod m) days before its sending day, m the reports it sends within 2 hours,
 * so no two of a village's reports less than 2 hours apart share a report day.
 */
export function benchWorkbook(rows: number, villageCount: number): BenchBook {
  const villages = benchVillages(villageCount);
  const n = villages.length;
  const perVillage = Math.ceil(rows / n);
  const step = Math.max(MINUTE, Math.floor((LAST - FIRST) / perVillage));
  const m = Math.min(15, Math.ceil((2 * 3600_000) / step) + 1);
  const header: CellData[] = [
    ...HEAD,
    ...FILLED.map((f) => f.title),
    ...BLANK.map((c) => `[${c}] ${c}`),
    ...TAIL,
  ].map((value) => ({ value }));
  const out: (CellData | null)[][] = [header];
  for (let i = 0; i < rows; i++) {
    const [v, k] = [i % n, Math.floor(i / n)];
    const sent = FIRST + k * step + Math.floor((v * step) / n);
    const day = new Date((Math.floor((sent + ZONE_MS) / DAY) - 2 * (k % m)) * DAY);
    const row: (CellData | null)[] = [
      { value: new Date(sent), numberFormat: 'dd/MM/yyyy HH:mm:ss' },
      { value: villages[v].email },
      { value: villages[v].name },
      { value: `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}` },
      ...FILLED.map((f) => ({ value: f.typed((k % 4000) + 1) })),
      ...BLANK.map(() => null),
      { value: 'https://drive.example/anh' },
      null,
      null,
    ];
    out.push(row);
  }
  const workbook = { sheets: [...inputTabs(villages), { name: BENCH_FORM, rows: out, frozenRows: 1 }] };
  return { workbook: { ...workbook, timeZone: BENCH_ZONE, locale: 'vi_VN' }, rows, villages };
}

/** Puts an amount that is not a number ("mười") in the first filled indicator of `count` form rows spread evenly: validate marks each. */
export function plantProblems(book: BenchBook, count: number): void {
  const rows = book.workbook.sheets.find((s) => s.name === BENCH_FORM)!.rows;
  const column = HEAD.length;
  for (let k = 0; k < count; k++)
    rows[1 + Math.floor(((k + 0.5) * book.rows) / count)][column] = { value: 'mười' };
}

export const asOfInstant = (): number =>
  wallToInstant(new Date(Date.parse(`${BENCH_AS_OF}:00Z`)), BENCH_ZONE).getTime();
