// docs/export.md through dist/Code.js: `--actions rollup,export` writes DIR/ntm-export.csv, every Lịch sử line as a schema row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorkbook } from '../../local/runner/run-workbook';
import { readWorkbook, workbookToXlsx } from '../../local/xlsx';
import { EXPORT_HEADER } from '../../src/core/export';
import { ensureBuilt } from '../bundle/ensure-built';
import { asOfText, messyWorkbook } from './rollup-workbook';

beforeAll(() => ensureBuilt());

/** RFC 4180 records of a file we wrote ourselves (fields here hold no quotes). */
const records = (csv: string) =>
  csv
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(','));

describe('npm start -- --workbook … --actions rollup,export', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-export-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes ntm-export.csv with the header and one row per line of Lịch sử, week as an ISO date', async () => {
    const input = path.join(dir, 'so.xlsx');
    fs.writeFileSync(input, (await workbookToXlsx(messyWorkbook())).bytes);
    const lines: string[] = [];
    const out = path.join(dir, 'out');
    const result = await runWorkbook({
      workbook: input,
      asOf: asOfText(30, 3, 12, 0),
      actions: ['rollup', 'export'],
      out,
      print: (l) => lines.push(l),
      printError: (l) => lines.push(`!${l}`),
    });
    expect(lines.filter((l) => l.startsWith('!'))).toEqual([]);
    expect(result.exitCode).toBe(0);
    const file = path.join(out, 'ntm-export.csv');
    expect(result.written).toContain(file);
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = records(csv);
    expect(header).toEqual(EXPORT_HEADER);

    const { workbook } = await readWorkbook(path.join(out, 'so.xlsx'));
    const history = workbook.sheets.find((s) => s.name === 'Lịch sử')!;
    const historyLines = history.rows.slice(1).filter((r) => r.some((c) => c !== null));
    expect(rows).toHaveLength(historyLines.length);
    expect(new Set(rows.map((r) => `${r[0]}|${r[1]}|${r[2]}`))).toEqual(new Set(['1|Sơn Bằng|2023-03-30']));
    const col = (name: string) => EXPORT_HEADER.indexOf(name);
    // Each exported figure is the history's own figure, row by row.
    historyLines.forEach((h, i) => {
      expect([rows[i][col('thon')], rows[i][col('ma_chi_tieu')]]).toEqual([h[1]?.value, h[2]?.value]);
      expect(Number(rows[i][col('luy_ke')])).toBe(h[6]?.value);
      expect(Number(rows[i][col('chi_tieu')])).toBe(h[5]?.value);
    });
    expect(rows.some((r) => r[col('thon')] === 'Toàn xã')).toBe(true);
    expect(lines.find((l) => l.startsWith('✔ export:'))).toMatch(
      /Đã xuất \d+ dòng của 1 tuần \(xã Sơn Bằng\)/,
    );
  });

  it('stops with the way out when Lịch sử does not exist yet, writing nothing', async () => {
    const input = path.join(dir, 'moi.xlsx');
    fs.writeFileSync(input, (await workbookToXlsx(messyWorkbook())).bytes);
    const errors: string[] = [];
    const out = path.join(dir, 'out2');
    const result = await runWorkbook({
      workbook: input,
      asOf: asOfText(30, 3, 12, 0),
      actions: ['export'],
      out,
      print: () => undefined,
      printError: (l) => errors.push(l),
    });
    expect(result.exitCode).toBe(1);
    expect(errors.join('\n')).toMatch(/Chưa có tab Lịch sử: hãy chạy NTM › Tổng hợp tuần/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
