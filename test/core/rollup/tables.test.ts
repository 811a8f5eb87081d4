// Rows of the `Tổng hợp` tables and of `Lịch sử`, in the column order of docs/workbook.md.
import { HISTORY_HEADERS, historyRows } from '../../../src/core/rollup/history';
import {
  ROLLUP_HEADERS,
  SCORE_HEADERS,
  rollupTableRows,
  scoreTableRows,
} from '../../../src/core/rollup/rollup-tables';
import { rollup } from '../../../src/core/rollup/rollup';
import { dayOfInstant, instantOfDate } from '../../../src/core/zone';
import { TZ, at, d } from './fixtures';
import { scenarioModel, scenarioRows } from './scenario';

describe('tables', () => {
  const result = rollup(scenarioModel(), scenarioRows(), at(30, 3, 10, 0));

  it('names the columns exactly as docs/workbook.md does', () => {
    expect(ROLLUP_HEADERS.join(' | ')).toBe(
      'Thôn | Mã | Nội dung | ĐVT | Chỉ tiêu | Lũy kế | Tuần này | Tỷ lệ | Kế hoạch đến nay | Nợ tồn | Cần/ngày | Trạng thái',
    );
    expect(SCORE_HEADERS.join(' | ')).toBe('Thôn | Báo cáo tuần | Điểm | Xếp hạng | Đánh giá');
    expect(HISTORY_HEADERS[0]).toBe('Tuần');
    expect(HISTORY_HEADERS.slice(1)).toEqual([...ROLLUP_HEADERS]);
  });

  it('lists village lines then Toàn xã lines, numbers unrounded and Cần/ngày blank for yes/no', () => {
    const rows = rollupTableRows(result);
    expect(rows).toHaveLength(10 + 5);
    expect(rows[0]).toEqual([
      'Thịnh Bằng',
      'HANG_RAO',
      'Nội dung HANG_RAO',
      'm',
      1000,
      450.5,
      100,
      0.4505,
      1000 * (16 / 62),
      0,
      549.5 / 47,
      'Đúng tiến độ',
    ]);
    expect(rows[2][10]).toBe('');
    expect(rows[10][0]).toBe('Toàn xã');
    expect(rows.every((r) => r.length === ROLLUP_HEADERS.length)).toBe(true);
  });

  it('lists the scores in Thôn order', () => {
    expect(scoreTableRows(result)).toEqual([
      ['Thịnh Bằng', 'Đúng hạn', 1, 2, 'Biểu dương'],
      ['Bằng Phúc', 'Đúng hạn', 1, 1, 'Biểu dương'],
      ['Đông Sơn', 'Chưa nộp', 0, 3, 'Nhắc nhở'],
    ]);
  });

  it('puts the week’s deadline date in front of every history row', () => {
    const rows = historyRows(result);
    expect(rows).toHaveLength(15);
    const tuan = rows[0][0] as Date;
    expect(tuan).toBeInstanceOf(Date);
    expect(tuan.getTime()).toBe(at(30, 3, 0, 0));
    expect(dayOfInstant(instantOfDate(tuan), TZ)).toBe(d(30, 3));
    expect(rows.every((r) => r[0] === tuan)).toBe(true);
    expect(rows.map((r) => r.slice(1))).toEqual(rollupTableRows(result));
  });

  it('lets an adapter choose how the week is written', () => {
    expect(historyRows(result, (w) => w)[3][0]).toBe(d(30, 3));
  });
});
