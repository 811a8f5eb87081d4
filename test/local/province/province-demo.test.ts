// docs/scale.md: `npm start -- --province-demo` writes out/tinh.xlsx whose figures match sums computed here, in TypeScript, over the generated rows.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../local/runner/cli';
import { DEMO_WEEKS, provinceCommunes } from '../../../local/demo/province-rows';
import { BAD_COMMUNE_INDEX, DEMO_COMMUNES } from '../../../local/province/run-province-demo';
import { EXPORT_HEADER } from '../../../src/core/export';
import { formatIsoDay } from '../../../src/core/zone';
import { formatViNumber } from '../../../src/core/vi-format';

const col = (name: string) => EXPORT_HEADER.indexOf(name);
const communes = provinceCommunes(DEMO_COMMUNES);
const good = communes.filter((_, k) => k !== BAD_COMMUNE_INDEX);
const villageRows = good.flatMap((c) => c.rows).filter((r) => r[col('thon')] !== 'Toàn xã');
const viDate = (iso: string) => iso.split('-').reverse().join('/');
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

let dir: string;
let wb: ExcelJS.Workbook;
let printed: string[];
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-tinh-'));
  printed = [];
  const code = await runCli(['--province-demo', '--out', dir], {
    print: (l) => printed.push(l),
    printError: (l) => printed.push(`!${l}`),
  });
  expect(code).toBe(0);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'tinh.xlsx'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A sheet's rows under its header, as arrays of values (1-based columns dropped). */
function rowsOf(name: string): ExcelJS.CellValue[][] {
  const ws = wb.getWorksheet(name)!;
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, r) => {
    if (r > 1) out.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return out;
}

describe('npm start -- --province-demo', () => {
  it('says what it gathered, names the bad export with its file and line, and where to look', () => {
    expect(printed.filter((l) => l.startsWith('!'))).toEqual([]);
    const rows = good.reduce((n, c) => n + c.rows.length, 0);
    expect(printed).toContain(
      `Đã gộp ${good.length} tệp (${formatViNumber(rows)} dòng), tuần mới nhất 01/06/2023: ${path.join(dir, 'tinh.xlsx')}`,
    );
    expect(printed.some((l) => /^ {4}phu-loc\.csv dòng 2: schema_version khác 1/.test(l))).toBe(true);
    expect(printed.some((l) => l.includes('tinh.xlsx: các tab'))).toBe(true);
  });

  it('Toàn tỉnh: each indicator and week the sum of the communes’ village lines', () => {
    const sums = new Map<string, number[]>();
    const communesOf = new Map<string, Set<string>>();
    for (const r of villageRows) {
      const key = `${viDate(String(r[col('tuan')]))}|${String(r[col('ma_chi_tieu')])}`;
      const s = sums.get(key) ?? [0, 0, 0, 0, 0];
      ['chi_tieu', 'luy_ke', 'tuan_nay', 'ke_hoach_den_nay', 'no_ton'].forEach(
        (c, i) => (s[i] += Number(r[col(c)])),
      );
      sums.set(key, s);
      communesOf.set(key, (communesOf.get(key) ?? new Set()).add(String(r[col('ten_xa')])));
    }
    const sheet = rowsOf('Toàn tỉnh');
    expect(sheet).toHaveLength(sums.size);
    for (const row of sheet) {
      const key = `${String(row[0])}|${String(row[1])}`;
      const want = sums.get(key)!;
      expect([key, row[4]]).toEqual([key, communesOf.get(key)!.size]);
      const got = [row[5], row[6], row[7], row[9], row[10]].map(Number);
      got.forEach((g, i) => expect([key, i, close(g, want[i])]).toEqual([key, i, true]));
      expect(close(Number(row[8]), want[1] / want[0])).toBe(true);
    }
  });

  it('Xếp hạng: every good commune once, scores as computed here, ranks in order', () => {
    const last = formatIsoDay(DEMO_WEEKS[DEMO_WEEKS.length - 1]);
    const score = new Map<string, number>();
    for (const c of good) {
      const per = new Map<string, [number, number]>();
      for (const r of c.rows)
        if (r[col('tuan')] === last && r[col('thon')] !== 'Toàn xã') {
          const p = per.get(String(r[col('ma_chi_tieu')])) ?? [0, 0];
          per.set(String(r[col('ma_chi_tieu')]), [
            p[0] + Number(r[col('luy_ke')]),
            p[1] + Number(r[col('ke_hoach_den_nay')]),
          ]);
        }
      if (per.size === 0) continue;
      const parts = [...per.values()].map(([done, plan]) => (plan > 0 ? Math.min(1, done / plan) : 1));
      score.set(c.name, parts.reduce((a, b) => a + b, 0) / parts.length);
    }
    const sheet = rowsOf('Xếp hạng');
    expect(sheet.map((r) => String(r[1])).sort()).toEqual([...score.keys()].sort());
    for (const r of sheet)
      expect([r[1], close(Number(r[2]), score.get(String(r[1]))!)]).toEqual([r[1], true]);
    const ranks = sheet.map((r) => Number(r[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
  });

  it('Thiếu tuần: exactly the weeks the late communes did not send', () => {
    const want = good.flatMap((c) => c.missing.map((w) => `${c.name}|${viDate(w)}`)).sort();
    expect(want.length).toBeGreaterThan(0);
    expect(
      rowsOf('Thiếu tuần')
        .map((r) => `${String(r[0])}|${String(r[1])}`)
        .sort(),
    ).toEqual(want);
  });

  it('Theo xã: the latest week per commune and indicator, then Toàn tỉnh lines equal to the communes’ sums', () => {
    const sheet = rowsOf('Theo xã');
    const province = sheet.filter((r) => r[0] === 'Toàn tỉnh');
    const communeLines = sheet.filter((r) => r[0] !== 'Toàn tỉnh');
    for (const p of province) {
      const mine = communeLines.filter((r) => r[1] === p[1]);
      expect(
        close(
          Number(p[5]),
          mine.reduce((s, r) => s + Number(r[5]), 0),
        ),
      ).toBe(true);
    }
    expect(province).toHaveLength(11);
    expect(wb.getWorksheet('Bỏ ra')!.getRow(2).getCell(1).value).toBe('phu-loc.csv');
  });

  it('a sheet per commune consolidated', () => {
    const names = wb.worksheets.map((w) => w.name);
    for (const c of good) expect(names).toContain(c.name);
    expect(names).not.toContain(communes[BAD_COMMUNE_INDEX].name);
  });
});
