// The NQ 44 support block under the Tổng hợp tables, through the bundle's rollup: a workbook with the indicator
// (per village and Toàn xã, × the amount, shown in vi-VN đồng), with NUOC_THAI to compare, with settings typed
// with their currency word, and without the indicator.
import { openSession } from '../../local/runner/session';
import type { CellData, WorkbookData } from '../../local/workbook-data';
import { ensureBuilt } from '../bundle/ensure-built';
import { BP, DS, TB, ZONE, at, messyWorkbook } from './rollup-workbook';

beforeAll(() => ensureBuilt());

const tabOf = (wb: WorkbookData, name: string) => wb.sheets.find((s) => s.name === name)!;
const setting = (wb: WorkbookData, name: string, value: string) =>
  tabOf(wb, 'Cấu hình').rows.push([{ value: name }, { value }]);

/** The block's rows as shown in the sheet (vi-VN), from its title row down to the next blank row. */
function supportBlock(wb: WorkbookData): string[][] {
  const s = openSession({ workbook: wb, timeZone: ZONE, now: at(30, 3, 12, 0) });
  const report = s.run('rollup');
  expect([report.ok, report.summary]).toEqual([
    true,
    expect.stringMatching(/^Đã tổng hợp Tuần đến 30\/03\/2023/),
  ]);
  const shown = s.runtime.spreadsheet.getSheetByName('Tổng hợp')!.getDataRange().getDisplayValues();
  const start = shown.findIndex((r) => r[0].startsWith('Hỗ trợ NQ 44'));
  expect(start).toBeGreaterThan(0);
  const end = shown.findIndex((r, i) => i > start && r.every((v) => v === ''));
  return shown.slice(start, end).map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  });
}

describe('the support block', () => {
  it('per village and Toàn xã: households counted × 1.000.000 đồng, shown in vi-VN đồng', () => {
    // NUOC_THAI_HT: Thịnh Bằng 1 (16/03) + 2 (29/03) of 5 eligible; Bằng Phúc 1 + 2 of 3; Đông Sơn has no target.
    expect(supportBlock(messyWorkbook())).toEqual([
      [
        'Hỗ trợ NQ 44/2021/NQ-HĐND: Hộ chính sách xây hệ thống xử lý nước thải mẫu 3 bi',
        '',
        'Mức hỗ trợ (đồng/hộ)',
        '1.000.000 đ',
      ],
      ['Thôn', 'Hộ đủ điều kiện', 'Hộ đã xây (NUOC_THAI_HT)', 'Tiền hỗ trợ (đồng)'],
      [TB, '5', '3', '3.000.000 đ'],
      [BP, '3', '3', '3.000.000 đ'],
      ['Toàn xã', '8', '6', '6.000.000 đ'],
    ]);
  });

  it('follows the code and the amount set in Cấu hình, the amount typed with its currency word', () => {
    const wb = messyWorkbook();
    setting(wb, 'Mã hỗ trợ NQ44', 'HT44');
    setting(wb, 'Mức hỗ trợ (đồng/hộ)', '1.500.000 đồng');
    const targets = tabOf(wb, 'Chỉ tiêu').rows;
    targets[4]![0] = { value: 'HT44' };
    const form = tabOf(wb, 'Câu trả lời biểu mẫu 1').rows;
    form[0]![7] = { value: '[HT44] Hộ chính sách xây hệ thống 3 bi' };
    const block = supportBlock(wb);
    expect(block[0].slice(2)).toEqual(['Mức hỗ trợ (đồng/hộ)', '1.500.000 đ']);
    expect(block[1][2]).toBe('Hộ đã xây (HT44)');
    expect(block.slice(2).map((r) => [r[0], r[3]])).toEqual([
      [TB, '4.500.000 đ'],
      [BP, '4.500.000 đ'],
      ['Toàn xã', '9.000.000 đ'],
    ]);
  });

  it('with NUOC_THAI tracked, shows the systems built that are not (yet) counted for support', () => {
    const wb = messyWorkbook();
    const targets = tabOf(wb, 'Chỉ tiêu').rows;
    targets.push([
      { value: 'NUOC_THAI' },
      { value: 'Hệ thống xử lý nước thải hộ gia đình' },
      { value: 'hộ' },
      { value: 'Cộng dồn' },
      null,
      null,
      { value: 10 },
      { value: 6 },
      { value: 4 },
    ]);
    const form = tabOf(wb, 'Câu trả lời biểu mẫu 1').rows;
    form[0]!.push({ value: '[NUOC_THAI] Hộ có hệ thống xử lý nước thải' });
    const add = (row: number, n: number) => (form[row - 1]![9] = { value: String(n) } as CellData);
    add(2, 4); // Thịnh Bằng 16/03: 4 systems, 1 of them a supported household
    add(10, 2); // Bằng Phúc 30/03: 2 systems
    const block = supportBlock(wb);
    expect(block[1]).toEqual([
      'Thôn',
      'Hộ đủ điều kiện',
      'Hộ đã xây (NUOC_THAI_HT)',
      'Tiền hỗ trợ (đồng)',
      'Hộ đã có hệ thống xử lý nước thải (NUOC_THAI)',
      'Hộ chính sách có thể còn được hỗ trợ',
    ]);
    // Thịnh Bằng: 4 built − 3 supported = 1; Bằng Phúc: 2 built, 3 supported → 0 (never negative, and it does not offset).
    expect(block.slice(2)).toEqual([
      [TB, '5', '3', '3.000.000 đ', '4', '1'],
      [BP, '3', '3', '3.000.000 đ', '2', '0'],
      ['Toàn xã', '8', '6', '6.000.000 đ', '6', '1'],
    ]);
    expect(block.map((r) => r[0])).not.toContain(DS);
  });

  it('without the indicator, one line says how to track it', () => {
    const wb = messyWorkbook();
    tabOf(wb, 'Chỉ tiêu').rows.splice(4, 1);
    expect(supportBlock(wb)).toEqual([
      [
        'Hỗ trợ NQ 44: chưa theo dõi chỉ tiêu NUOC_THAI_HT. Thêm một dòng có Mã NUOC_THAI_HT vào tab Chỉ tiêu ' +
          '(chỉ tiêu mỗi thôn là số hộ chính sách đủ điều kiện) để tính tiền hỗ trợ.',
      ],
    ]);
  });
});
