// docs/scale.md: the .sql queries run on DuckDB over hand-made exports; each bad file is named with file and line and left out, the rest consolidated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProvince, type ProvinceResult } from '../../../local/province/run-province';
import { EXPORT_HEADER, toCsv, type CsvValue } from '../../../src/core/export';

/** A village line: week, village, code, target, cumulative, this week, plan, backlog. */
const line = (xa: string, tuan: string, thon: string, ma: string, f: number[]): CsvValue[] => [
  1,
  xa,
  tuan,
  thon,
  ma,
  `Nội dung ${ma}`,
  'm',
  ...f,
  'Đúng tiến độ',
  null,
  null,
];
const W1 = '2023-03-16';
const W2 = '2023-03-23';

let dir: string;
let result: ProvinceResult;
let printed: string[];
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, 'in', name), text);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-province-'));
  fs.mkdirSync(path.join(dir, 'in'));
  write(
    'a.csv',
    toCsv(EXPORT_HEADER, [
      line('An Lộc', W1, 'Thôn 1', 'RAO', [100, 10, 10, 20, 10]),
      line('An Lộc', W1, 'Thôn 2', 'RAO', [300, 60, 60, 60, 0]),
      line('An Lộc', W1, 'Toàn xã', 'RAO', [400, 70, 70, 80, 10]),
      line('An Lộc', W2, 'Thôn 1', 'RAO', [100, 30, 20, 40, 10]),
      line('An Lộc', W2, 'Thôn 2', 'RAO', [300, 150, 90, 120, 0]),
      line('An Lộc', W2, 'Thôn 1', 'VUON', [10, 2, 2, 4, 2]),
    ]),
  );
  write('b.csv', toCsv(EXPORT_HEADER, [line('Bình Phong', W1, 'Xóm A', 'RAO', [50, 25, 25, 10, 0])]));
  const v2 = toCsv(EXPORT_HEADER, [line('Cũ', W1, 'X', 'RAO', [1, 1, 1, 1, 0])]).replace('\r\n1,', '\r\n2,');
  write('c-v2.csv', v2);
  write(
    'd-cols.csv',
    toCsv(
      EXPORT_HEADER.filter((c) => c !== 'no_ton'),
      [],
    ),
  );
  write(
    'e-dup.csv',
    toCsv(EXPORT_HEADER, [
      line('Đông Hưng', W1, 'X', 'RAO', [1, 1, 1, 1, 0]),
      line('Đông Hưng', W1, 'Y', 'RAO', [1, 1, 1, 1, 0]),
      line('Đông Hưng', W1, 'X', 'RAO', [1, 1, 1, 1, 0]),
    ]),
  );
  write(
    'f-type.csv',
    toCsv(EXPORT_HEADER, [
      line('Phú Xuân', W1, 'X', 'RAO', [1, 1, 1, 1, 0]),
      line('Phú Xuân', W1, 'Y', 'RAO', [1, 1, 1, 1, 0]),
    ]).replace(',Y,RAO,Nội dung RAO,m,1,1,', ',Y,RAO,Nội dung RAO,m,1,ba,'),
  );
  write('g1.csv', toCsv(EXPORT_HEADER, [line('Hòa Thịnh', W1, 'X', 'RAO', [5, 1, 1, 1, 0])]));
  write(
    'g2.csv',
    toCsv(EXPORT_HEADER, [
      line('Hòa Thịnh', W2, 'X', 'RAO', [5, 2, 1, 2, 0]),
      line('Hòa Thịnh', W1, 'X', 'RAO', [5, 1, 1, 1, 0]),
    ]),
  );
  write(
    'h-blank.csv',
    toCsv(EXPORT_HEADER, [line('Tân An', W1, 'X', 'RAO', [5, 1, 1, 1, 0])]).replace(',Tân An,', ',,'),
  );
  write('notes.txt', 'not a commune file');
  printed = [];
  result = await runProvince({
    dir: path.join(dir, 'in'),
    out: path.join(dir, 'out'),
    print: (l) => printed.push(l),
    printError: (l) => printed.push(`!${l}`),
  });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('runProvince on hand-made exports', () => {
  it('leaves out every bad file, naming file, line and what to do; keeps the good ones', () => {
    expect(result.exitCode).toBe(0);
    expect(result.kept.sort()).toEqual(['a.csv', 'b.csv']);
    const named = result.leftOut.map((l) => `${l.label}:${l.line}`).sort();
    expect(named).toEqual([
      'c-v2.csv:2',
      'd-cols.csv:1',
      'e-dup.csv:4',
      'f-type.csv:3',
      'g1.csv:2',
      'g2.csv:3',
      'h-blank.csv:2',
    ]);
    const why = (label: string) => result.leftOut.find((l) => l.label === label)!.why;
    expect(why('c-v2.csv')).toMatch(/^schema_version khác 1 ở 1 dòng/);
    expect(why('d-cols.csv')).toMatch(/^thiếu cột no_ton/);
    expect(why('e-dup.csv')).toBe(
      'thôn X, chỉ tiêu RAO, tuần 16/03/2023 có 2 dòng: mỗi tuần mỗi thôn một dòng cho mỗi chỉ tiêu',
    );
    expect(why('f-type.csv')).toMatch(/^cột luy_ke ghi giá trị không đúng kiểu/);
    expect(why('g1.csv')).toBe(
      'xã Hòa Thịnh tuần 16/03/2023 có cả ở g2.csv: giữ một tệp cho mỗi xã rồi chạy lại',
    );
    expect(why('h-blank.csv')).toMatch(/^1 dòng để trống ô bắt buộc/);
    expect(printed).toContain('Bỏ ra 7 tệp (không gộp; sửa rồi chạy lại):');
    expect(printed).toContain('    c-v2.csv dòng 2: ' + why('c-v2.csv'));
    expect(fs.existsSync(path.join(dir, 'out', 'tinh.xlsx'))).toBe(true);
  });

  it('sums village lines per indicator and week, never the Toàn xã lines', () => {
    const weekly = result.consolidation!.provinceWeekly.map((r) => [
      r.tuan,
      r.ma_chi_tieu,
      r.so_xa,
      r.chi_tieu,
      r.luy_ke,
      r.ty_le,
    ]);
    expect(weekly).toEqual([
      [W1, 'RAO', 2, 450, 95, 95 / 450],
      [W2, 'RAO', 1, 400, 180, 180 / 400],
      [W2, 'VUON', 1, 10, 2, 0.2],
    ]);
  });

  it('ranks the communes of the latest week and lists the weeks a commune did not send', () => {
    const c = result.consolidation!;
    expect(c.week).toBe(W2);
    // An Lộc at W2: RAO min(1, 180/160) = 1, VUON 2/4 = 0,5 → 0,75; one indicator behind.
    expect(c.ranking.map((r) => [r.xep_hang, r.ten_xa, r.diem, r.cham])).toEqual([[1, 'An Lộc', 0.75, 1]]);
    expect(c.missingWeeks.map((r) => [r.ten_xa, r.tuan])).toEqual([['Bình Phong', W2]]);
    const province = c.communeLines
      .filter((r) => r.ten_xa === 'Toàn tỉnh')
      .map((r) => [r.ma_chi_tieu, r.luy_ke]);
    expect(province).toEqual([
      ['RAO', 180],
      ['VUON', 2],
    ]);
  });

  it('stops in words on a folder that does not exist', async () => {
    const errors: string[] = [];
    const r = await runProvince({
      dir: path.join(dir, 'nowhere'),
      out: path.join(dir, 'o2'),
      printError: (l) => errors.push(l),
    });
    expect(r.exitCode).toBe(1);
    expect(errors[0]).toMatch(/^Không có thư mục .*nowhere: hãy ghi thư mục chứa các tệp ntm-export\.csv/);
    expect(fs.existsSync(path.join(dir, 'o2'))).toBe(false);
  });
});
