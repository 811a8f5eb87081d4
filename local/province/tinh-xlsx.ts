// DIR/tinh.xlsx (docs/scale.md): the province's tables, one sheet each, and a sheet per commune's summary; written whole.
import ExcelJS from 'exceljs';
import { writeFileAtomic } from '../xlsx';
import type { Consolidation } from './consolidate';
import type { Row } from './duck';
import type { LeftOut } from './load';

/** Beyond this many communes the per-commune sheets are left to `Theo xã` (a workbook of thousands of sheets helps nobody). */
export const COMMUNE_SHEETS_MAX = 250;
export const PROVINCE_ROW = 'Toàn tỉnh';

const viDate = (iso: unknown) => String(iso).split('-').reverse().join('/');
const AMOUNT = '#,##0.##';
const PERCENT = '0.0%';

interface Column {
  title: string;
  key: string;
  kind?: 'date' | 'amount' | 'percent' | 'int';
  width?: number;
}

function table(ws: ExcelJS.Worksheet, columns: Column[], rows: readonly Row[], bold?: (r: Row) => boolean) {
  ws.columns = columns.map((c) => ({ header: c.title, key: c.key, width: c.width ?? (c.kind ? 14 : 22) }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    const row = ws.addRow(
      columns.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return null;
        if (c.kind === 'date') return viDate(v);
        return c.kind ? Number(v) : String(v);
      }),
    );
    columns.forEach((c, i) => {
      if (c.kind === 'amount') row.getCell(i + 1).numFmt = AMOUNT;
      if (c.kind === 'percent') row.getCell(i + 1).numFmt = PERCENT;
    });
    if (bold?.(r)) row.font = { bold: true };
  }
}

const FIGURES: Column[] = [
  { title: 'Chỉ tiêu', key: 'chi_tieu', kind: 'amount' },
  { title: 'Lũy kế', key: 'luy_ke', kind: 'amount' },
  { title: 'Tuần này', key: 'tuan_nay', kind: 'amount' },
  { title: 'Tỷ lệ', key: 'ty_le', kind: 'percent' },
  { title: 'Kế hoạch đến nay', key: 'ke_hoach_den_nay', kind: 'amount' },
  { title: 'Nợ tồn', key: 'no_ton', kind: 'amount' },
];

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in `taken`. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Xã';
  let out = base;
  for (let k = 2; taken.has(out.toLowerCase()); k++) out = `${base} ${k}`;
  taken.add(out.toLowerCase());
  return out;
}

/** The workbook as bytes. */
export async function tinhXlsx(
  c: Consolidation,
  leftOut: readonly LeftOut[],
  kept: number,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const intro = wb.addWorksheet('Tổng quan');
  intro.getColumn(1).width = 110;
  const lines = [
    `Tổng hợp toàn tỉnh${c.week ? ` — tuần đến ${viDate(c.week)}` : ''}`,
    `Đã gộp ${kept} tệp của các xã; bỏ ra ${leftOut.length} tệp (xem tab Bỏ ra).`,
    ...c.weeks.map((w) => `Tuần ${viDate(w.tuan)}: ${Number(w.so_xa)} xã có số liệu.`),
    'Toàn tỉnh: tổng của các xã theo từng chỉ tiêu và tuần. Theo xã: từng xã, tuần mới nhất, rồi dòng Toàn tỉnh.',
    'Xếp hạng: điểm = trung bình các chỉ tiêu của min(1, Lũy kế / Kế hoạch đến nay). Thiếu tuần: xã không có số liệu của một tuần mà các xã khác có.',
  ];
  lines.forEach((l, i) => {
    intro.getCell(i + 1, 1).value = l;
  });
  intro.getRow(1).font = { bold: true, size: 13 };
  table(
    wb.addWorksheet('Toàn tỉnh'),
    [
      { title: 'Tuần', key: 'tuan', kind: 'date', width: 12 },
      { title: 'Mã', key: 'ma_chi_tieu', width: 16 },
      { title: 'Nội dung', key: 'noi_dung', width: 34 },
      { title: 'ĐVT', key: 'don_vi', width: 8 },
      { title: 'Số xã', key: 'so_xa', kind: 'int', width: 8 },
      ...FIGURES,
    ],
    c.provinceWeekly,
  );
  table(
    wb.addWorksheet('Theo xã'),
    [
      { title: 'Xã', key: 'ten_xa' },
      { title: 'Mã', key: 'ma_chi_tieu', width: 16 },
      { title: 'Nội dung', key: 'noi_dung', width: 34 },
      { title: 'ĐVT', key: 'don_vi', width: 8 },
      ...FIGURES,
    ],
    c.communeLines,
    (r) => r.ten_xa === PROVINCE_ROW && Number(r.thu_tu) === 1,
  );
  table(
    wb.addWorksheet('Xếp hạng'),
    [
      { title: 'Xếp hạng', key: 'xep_hang', kind: 'int', width: 10 },
      { title: 'Xã', key: 'ten_xa' },
      { title: 'Điểm', key: 'diem', kind: 'percent' },
      { title: 'Số chỉ tiêu', key: 'so_chi_tieu', kind: 'int' },
      { title: 'Chỉ tiêu chậm', key: 'cham', kind: 'int' },
    ],
    c.ranking,
  );
  table(
    wb.addWorksheet('Thiếu tuần'),
    [
      { title: 'Xã', key: 'ten_xa' },
      { title: 'Tuần không có số liệu', key: 'tuan', kind: 'date', width: 22 },
    ],
    c.missingWeeks,
  );
  table(
    wb.addWorksheet('Bỏ ra'),
    [
      { title: 'Tệp', key: 'label', width: 40 },
      { title: 'Dòng', key: 'line', kind: 'int', width: 8 },
      { title: 'Lý do', key: 'why', width: 100 },
    ],
    leftOut.map((l) => ({ label: l.label, line: l.line, why: l.why })),
  );
  const communes = [...new Set(c.communeWeeks.map((r) => String(r.ten_xa)))];
  if (communes.length <= COMMUNE_SHEETS_MAX) {
    const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
    const byCommune = new Map<string, Row[]>(communes.map((x) => [x, []]));
    for (const r of c.communeWeeks) byCommune.get(String(r.ten_xa))!.push(r);
    for (const x of communes)
      table(
        wb.addWorksheet(sheetName(x, taken)),
        [
          { title: 'Tuần', key: 'tuan', kind: 'date', width: 12 },
          { title: 'Mã', key: 'ma_chi_tieu', width: 16 },
          { title: 'ĐVT', key: 'don_vi', width: 8 },
          ...FIGURES,
        ],
        byCommune.get(x)!,
      );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Writes `file` whole (temporary file, then rename). */
export async function writeTinhXlsx(
  file: string,
  c: Consolidation,
  leftOut: readonly LeftOut[],
  kept: number,
): Promise<void> {
  writeFileAtomic(file, await tinhXlsx(c, leftOut, kept));
}
