// docs/scale.md: a commune workbook in the folder is exported on the fly by the bundle's export action and consolidated like a CSV.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProvince } from '../../../local/province/run-province';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { workbookToXlsx } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';
import { asOfText, messyWorkbook } from '../../entry/rollup-workbook';

beforeAll(() => ensureBuilt());

describe('npm start -- --province DIR with commune workbooks', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-province-xlsx-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('consolidates a rolled-up workbook and names one without Lịch sử', async () => {
    const plain = path.join(dir, 'so.xlsx');
    fs.writeFileSync(plain, (await workbookToXlsx(messyWorkbook())).bytes);
    const rolled = await runWorkbook({
      workbook: plain,
      asOf: asOfText(30, 3, 12, 0),
      actions: ['rollup'],
      out: path.join(dir, 'rolled'),
      print: () => undefined,
      printError: () => undefined,
    });
    expect(rolled.exitCode).toBe(0);
    const input = path.join(dir, 'tinh');
    fs.mkdirSync(input);
    fs.copyFileSync(path.join(dir, 'rolled', 'so.xlsx'), path.join(input, 'son-bang.xlsx'));
    fs.copyFileSync(plain, path.join(input, 'chua-tong-hop.xlsx'));
    const printed: string[] = [];
    const result = await runProvince({
      dir: input,
      out: path.join(dir, 'out'),
      print: (l) => printed.push(l),
      printError: (l) => printed.push(`!${l}`),
    });
    expect(result.exitCode).toBe(0);
    expect(result.kept).toEqual(['son-bang.xlsx']);
    expect(result.leftOut).toEqual([
      {
        label: 'chua-tong-hop.xlsx',
        line: null,
        why: expect.stringMatching(/^không xuất được: Chưa có tab Lịch sử: hãy chạy NTM › Tổng hợp tuần/),
      },
    ]);
    const c = result.consolidation!;
    expect(c.week).toBe('2023-03-30');
    expect(c.ranking.map((r) => r.ten_xa)).toEqual(['Sơn Bằng']);
    expect(c.communeLines.filter((r) => r.ten_xa === 'Toàn tỉnh').length).toBeGreaterThan(0);
  });
});
