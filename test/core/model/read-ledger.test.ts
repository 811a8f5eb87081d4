// The ledger reader: rows of `Nhắc hạn` as entries by header name, and the readings that must stop a run.
import { readLedger } from '../../../src/core/model';
import { dayFromYmd } from '../../../src/core/zone';
import type { CellValue } from '../../../src/core/types';
import { dateTimeCell, TZ } from './helpers';

const HEADER = ['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả'];
const W16 = dayFromYmd(2023, 3, 16);
const read = (rows: CellValue[][]) => readLedger(rows, TZ, 2023);

describe('readLedger', () => {
  it('reads each field by its title, in any order, the time from a date cell', () => {
    const r = read([
      ['ket qua', 'Khóa', 'LOAI', 'thon', 'tuan', 'nguoi nhan', 'thoi gian'],
      ['Đã gửi', '', 'Nhắc hạn', ' Thôn 2 ', '16/03/2023', 'b@x.vn', dateTimeCell(2023, 3, 15, 9, 0)],
      ['Lỗi', 'abc ', 'Yêu cầu sửa', 'Thôn 3', '16/03/2023', 'c@x.vn', ''],
    ]);
    expect(r).toEqual({
      ok: true,
      columns: { result: 0, key: 1, kind: 2, village: 3, week: 4, recipients: 5, time: 6, note: -1 },
      entries: [
        {
          time: dateTimeCell(2023, 3, 15, 9, 0).getTime(),
          week: W16,
          village: 'Thôn 2',
          recipients: 'b@x.vn',
          kind: 'Nhắc hạn',
          result: 'Đã gửi',
        },
        {
          time: 0,
          week: W16,
          village: 'Thôn 3',
          recipients: 'c@x.vn',
          kind: 'Yêu cầu sửa',
          result: 'Lỗi',
          key: 'abc',
        },
      ],
    });
  });

  it('an unknown or blank Kết quả is Đang gửi; rows without a known Loại or a Thôn, and blank rows, are skipped', () => {
    const r = read([
      HEADER,
      ['', '16/03/2023', 'Thôn 2', '', 'nhac han', 'gửi rồi?'],
      ['', '16/03/2023', 'Thôn 3', '', 'Quá hạn', ''],
      ['', '16/03/2023', 'Thôn 4', '', 'gọi điện', 'Đã gửi'],
      ['', '16/03/2023', '', '', 'Nhắc hạn', 'Đã gửi'],
      ['', '', '', '', '', ''],
    ]);
    expect(r.ok && r.entries.map((e) => `${e.village}/${e.kind}/${e.result}`)).toEqual([
      'Thôn 2/Nhắc hạn/Đang gửi',
      'Thôn 3/Quá hạn/Đang gửi',
    ]);
  });

  it('an empty tab or a header alone is an empty ledger', () => {
    expect(read([])).toMatchObject({ ok: true, entries: [] });
    expect(read([HEADER])).toMatchObject({ ok: true, entries: [] });
  });

  it('stops on an unreadable Tuần, naming the tab and the cell', () => {
    const r = readLedger([HEADER, ['', 'tuần này', 'Thôn 2', '', 'Nhắc hạn', 'Đã gửi']], TZ, 2023, 'Sổ nhắc');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Tab Sổ nhắc, ô B2: không đọc được tuần/);
  });

  it('stops when a key column is missing under rows, and when request rows have no Khóa column', () => {
    const noKind = read([
      ['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Kết quả'],
      ['', '16/03/2023', 'Thôn 2', '', 'Đã gửi'],
    ]);
    expect(!noKind.ok && noKind.message).toMatch(/thiếu cột "Loại" ở dòng 1/);
    expect(read([['Thời gian', 'Tuần']])).toMatchObject({ ok: true });
    const noKey = read([HEADER, ['', '16/03/2023', 'Thôn 2', '', 'Yêu cầu sửa', 'Đã gửi']]);
    expect(!noKey.ok && noKey.message).toMatch(/có dòng "Yêu cầu sửa" nhưng thiếu cột "Khóa"/);
  });
});
