// docs/export.md: `Lịch sử` read by header name into schema rows; notes and blank rows passed over; bad rows named.
import { EXPORT_COLUMNS, EXPORT_HEADER, historyExport } from '../../../src/core/export';
import type { CellValue } from '../../../src/core/types';
import { dayFromYmd, instantOf } from '../../../src/core/zone';

const ZONE = 'Asia/Ho_Chi_Minh';
const week = (d: number, m: number) => new Date(instantOf(dayFromYmd(2023, m, d), 0, ZONE));
const HEADER = [
  'Tuần',
  'Thôn',
  'Mã',
  'Nội dung',
  'ĐVT',
  'Chỉ tiêu',
  'Lũy kế',
  'Tuần này',
  'Tỷ lệ',
  'Kế hoạch đến nay',
  'Nợ tồn',
  'Cần/ngày',
  'Trạng thái',
];
const line = (w: CellValue, thon: string, code: string, n: number[]): CellValue[] => [
  w,
  thon,
  code,
  `Nội dung ${code}`,
  'm',
  n[0],
  n[1],
  n[2],
  n[1] / n[0],
  n[3],
  n[4],
  1.5,
  'Đúng tiến độ',
];

describe('historyExport', () => {
  it('turns every dated line into a row of the schema, Toàn xã lines included', () => {
    const values = [
      HEADER,
      line(week(16, 3), 'Thịnh Bằng', 'RAO', [1000, 200, 200, 129, 0]),
      line(week(16, 3), 'Toàn xã', 'RAO', [3000, 350, 350, 387, 37]),
      line('23/03/2023', 'Thịnh Bằng', 'RAO', [1000, 350.5, 150.5, 145, 0]),
    ];
    const out = historyExport(values, 'Sơn Bằng', ZONE);
    expect(out.missing).toEqual([]);
    expect(out.skipped).toEqual([]);
    expect(out.weeks).toBe(2);
    expect(out.rows).toEqual([
      [
        1,
        'Sơn Bằng',
        '2023-03-16',
        'Thịnh Bằng',
        'RAO',
        'Nội dung RAO',
        'm',
        1000,
        200,
        200,
        129,
        0,
        'Đúng tiến độ',
        null,
        null,
      ],
      [
        1,
        'Sơn Bằng',
        '2023-03-16',
        'Toàn xã',
        'RAO',
        'Nội dung RAO',
        'm',
        3000,
        350,
        350,
        387,
        37,
        'Đúng tiến độ',
        null,
        null,
      ],
      [
        1,
        'Sơn Bằng',
        '2023-03-23',
        'Thịnh Bằng',
        'RAO',
        'Nội dung RAO',
        'm',
        1000,
        350.5,
        150.5,
        145,
        0,
        'Đúng tiến độ',
        null,
        null,
      ],
    ]);
    expect(out.rows[0]).toHaveLength(EXPORT_COLUMNS.length);
  });

  it('finds columns by name in any order, with extra columns an officer added', () => {
    const order = [12, 0, 2, 1, 5, 6, 7, 9, 10];
    const header = [...order.map((i) => HEADER[i]), 'Ghi chú của cán bộ'];
    const full = line(week(16, 3), 'Đông Sơn', 'VUON', [10, 3, 1, 4, 1]);
    const values = [header, [...order.map((i) => full[i]), 'xem lại']];
    const out = historyExport(values, 'Sơn Bằng', ZONE);
    expect(out.rows).toEqual([
      [1, 'Sơn Bằng', '2023-03-16', 'Đông Sơn', 'VUON', '', '', 10, 3, 1, 4, 1, 'Đúng tiến độ', null, null],
    ]);
  });

  it('passes over blank rows and notes without a date, names a row holding text where a number belongs', () => {
    const values = [
      HEADER,
      ['Ghi chú: tuần 16/03 tính lại', '', ''],
      [],
      line(week(16, 3), 'Bằng Phúc', 'RAO', [1000, 150, 150, 129, 0]),
      [...line(week(16, 3), 'Đông Sơn', 'RAO', [1000, 0, 0, 129, 129]).slice(0, 6), 'ba', 0, 0, 129, 129],
    ];
    const out = historyExport(values, 'Sơn Bằng', ZONE);
    expect(out.rows.map((r) => r[3])).toEqual(['Bằng Phúc']);
    expect(out.skipped).toEqual(['dòng 5: Lũy kế ghi "ba" (không phải số)']);
  });

  it('says which needed columns the header lacks and exports nothing then', () => {
    const header = HEADER.filter((h) => h !== 'Lũy kế' && h !== 'Nợ tồn');
    expect(historyExport([header], 'X', ZONE)).toEqual({
      rows: [],
      weeks: 0,
      missing: ['Lũy kế', 'Nợ tồn'],
      skipped: [],
    });
  });

  it('has a header of snake-case names, schema_version first', () => {
    expect(EXPORT_HEADER[0]).toBe('schema_version');
    for (const name of EXPORT_HEADER) expect(name).toMatch(/^[a-z][a-z_]*$/);
  });
});
