import { seedTableAsTab, seedTables } from '../../../src/core/contract';
import { readModel } from '../../../src/core/model';
import type { CellValue, TabData } from '../../../src/core/types';
import { validate } from '../../../src/core/validation';
import { at, TZ } from './fixtures';

const HEADER = [
  'Dấu thời gian',
  'Địa chỉ email',
  'Thôn',
  'Ngày báo cáo',
  '[HANG_RAO] Hàng rào xanh trồng mới (m)',
  '[VUON_CT] Cải tạo vườn (vườn)',
  'Ảnh',
  'Kế hoạch tuần tới',
];

function ts(s: string): Date {
  return new Date(at(s));
}

function shown(v: CellValue): string {
  if (v instanceof Date) {
    const t = new Date(v.getTime() + 7 * 3600_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}`;
  }
  return String(v);
}

function formTab(rows: CellValue[][]): TabData {
  const values = [HEADER, ...rows];
  return { name: 'Câu trả lời biểu mẫu 1', values, displays: values.map((r) => r.map(shown)) };
}

describe('validation of a messy form tab read through the workbook model', () => {
  const form = formTab([
    [
      ts('16/03/2023 08:00'),
      'thinhbang@example.vn',
      'Thịnh Bằng',
      '',
      '120',
      '2',
      'https://x/1',
      'Trồng tiếp',
    ],
    [
      ts('16/03/2023 09:00'),
      'thinhbang@example.vn',
      'thinh bang',
      '15/3',
      '0,1 km',
      'ba vườn',
      'https://x/2',
      '',
    ],
    [ts('16/03/2023 10:00'), 'a@b.vn', 'Xóm Mới', '', '5', '', '', ''],
    [ts('17/03/2023 08:00'), 'ai@gmail.com', 'Trung Bằng', '', '1.000', '1', '', ''],
    [
      ts('18/03/2023 08:00'),
      'thinhbang@example.vn',
      'Thôn Thịnh Bằng',
      '16/03/2023',
      '120',
      '2',
      'https://x/3',
      '',
    ],
    ['', '', '', '', '', '', '', ''],
    [ts('25/03/2023 08:00'), 'thinhbang@example.vn', 'Thịnh Bằng', '', 'nhiều', '', '', ''],
  ]);
  const { model } = readModel([...seedTables().map((t) => seedTableAsTab(t, TZ)), form]);

  it('reads the model', () => {
    expect(model).not.toBeNull();
  });

  it('flags exactly the rows it should and counts the rest', () => {
    const r = validate(model!, at('20/03/2023 00:00'), new Set());
    expect(r.problems.map((p) => `${p.row} ${p.column} ${p.level} ${p.value}`)).toEqual([
      '3 [VUON_CT] Cải tạo vườn (vườn) Lỗi ba vườn',
      '4 Thôn Lỗi Xóm Mới',
      '5 Địa chỉ email Cảnh báo ai@gmail.com',
      '5 [HANG_RAO] Hàng rào xanh trồng mới (m) Lỗi 1.000',
      '5 Ảnh Cảnh báo ',
      '6  Cảnh báo 18/03/2023 08:00:00',
    ]);
    expect(r.rows.map((x) => [x.row, x.village, x.amounts])).toEqual([
      [2, 'Thịnh Bằng', { HANG_RAO: 120, VUON_CT: 2 }],
      [3, 'Thịnh Bằng', { HANG_RAO: 100 }],
      [5, 'Trung Bằng', { VUON_CT: 1 }],
      [6, 'Thịnh Bằng', {}],
    ]);
  });
});
