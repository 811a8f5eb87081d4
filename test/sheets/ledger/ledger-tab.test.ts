// The ledger tab `Nhắc hạn`: created when missing, read by header name, rows appended (one call each) and read back exactly.
import {
  openLedger,
  ledgerCells,
  appendLedgerRow,
  appendLedgerRows,
  type LedgerRow,
} from '../../../src/sheets/ledger-tab';
import { dayFromYmd, instantOf } from '../../../src/core/zone';
import type { SheetData } from '../../../local/workbook-data';
import { removeGlobals, useRuntime } from './with-runtime';

const TZ = 'Asia/Ho_Chi_Minh';
const START = dayFromYmd(2023, 3, 15);
const W16 = dayFromYmd(2023, 3, 16);
const T = instantOf(W16, 9 * 60, TZ);
const open = (create = true) => openLedger({ timeZone: TZ, campaignStart: START, create });

const row = (over: Partial<LedgerRow> = {}): LedgerRow => ({
  time: T,
  week: W16,
  village: 'Thịnh Bằng',
  recipients: 'a@x.vn, b@x.vn',
  kind: 'Nhắc hạn',
  result: 'Đang gửi',
  ...over,
});

const tab = (rows: (string | number | Date | null)[][]): SheetData => ({
  name: 'Nhắc hạn',
  rows: rows.map((r) => r.map((value) => ({ value }))),
});

afterEach(removeGlobals);

describe('opening', () => {
  it('creates the tab with the six contract titles and Ghi chú, frozen header, empty', () => {
    const rt = useRuntime();
    const ledger = open()!;
    expect(ledger.entries).toEqual([]);
    const sheet = rt.spreadsheet.getSheetByName('Nhắc hạn')!;
    expect(sheet.getRange(1, 1, 1, 7).getValues()[0]).toEqual([
      'Thời gian',
      'Tuần',
      'Thôn',
      'Người nhận',
      'Loại',
      'Kết quả',
      'Ghi chú',
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('without create, a missing tab gives null and nothing is written', () => {
    const rt = useRuntime();
    expect(open(false)).toBeNull();
    expect(rt.spreadsheet.getSheetByName('Nhắc hạn')).toBeNull();
  });

  it('adds Ghi chú after the six titles of a tab set-up made, once', () => {
    const rt = useRuntime({
      workbook: { sheets: [tab([['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả']])] },
    });
    open();
    open();
    const sheet = rt.spreadsheet.getSheetByName('Nhắc hạn')!;
    expect(sheet.getLastColumn()).toBe(7);
    expect(sheet.getRange(1, 7).getValue()).toBe('Ghi chú');
  });
});

describe('rows written and read back', () => {
  it('round trips every field; user text stays text (never a formula)', () => {
    const rt = useRuntime();
    const ledger = open()!;
    appendLedgerRow(
      ledger,
      row({ village: '=HYPERLINK("x")', recipients: '+84 a@x.vn', result: 'Lỗi', note: '=1+1' }),
    );
    appendLedgerRow(ledger, row({ village: 'Toàn xã', kind: 'Quá hạn', result: 'Đã gửi' }));
    const again = open()!;
    expect(again.entries).toEqual([
      {
        time: T,
        week: W16,
        village: '=HYPERLINK("x")',
        recipients: '+84 a@x.vn',
        kind: 'Nhắc hạn',
        result: 'Lỗi',
      },
      {
        time: T,
        week: W16,
        village: 'Toàn xã',
        recipients: 'a@x.vn, b@x.vn',
        kind: 'Quá hạn',
        result: 'Đã gửi',
      },
    ]);
    const sheet = rt.spreadsheet.getSheetByName('Nhắc hạn')!;
    expect(sheet.getRange(2, 3).getFormula()).toBe('');
    expect(sheet.getRange(2, 7).getValue()).toBe('=1+1');
    expect(sheet.getRange(2, 2).getDisplayValue()).toBe('16/03/2023');
  });

  it('one Sheet.appendRow per row, one setValues per block, and each flushed', () => {
    const rt = useRuntime();
    const ledger = open()!;
    const before = { ...rt.calls };
    appendLedgerRow(ledger, row());
    appendLedgerRows(ledger, [row({ result: 'Hết hạn' }), row({ result: 'Hết hạn', village: 'Thôn 2' })]);
    const used = (k: string) => (rt.calls[k] ?? 0) - (before[k] ?? 0);
    expect(used('Sheet.appendRow')).toBe(1);
    expect(used('Range.setValues')).toBe(1);
    expect(used('SpreadsheetApp.flush')).toBe(2);
    expect(open()!.entries.map((e) => `${e.village}/${e.result}`)).toEqual([
      'Thịnh Bằng/Đang gửi',
      'Thịnh Bằng/Hết hạn',
      'Thôn 2/Hết hạn',
    ]);
  });

  it('the Tuần cell is the deadline day in Múi giờ even when the spreadsheet is in another zone', () => {
    useRuntime({ timeZone: 'America/New_York' });
    const ledger = open()!;
    appendLedgerRow(ledger, row());
    expect(open()!.entries[0].week).toBe(W16);
  });
});

describe('a ledger people have touched', () => {
  it('columns in another order, titles without diacritics: read and appended by name', () => {
    const rt = useRuntime({
      workbook: {
        sheets: [
          tab([
            ['ket qua', 'LOAI', 'thon', 'tuan', 'nguoi nhan', 'thoi gian'],
            ['Đã gửi', 'Nhắc hạn', 'Thôn 2', '16/03/2023', 'b@x.vn', null],
          ]),
        ],
      },
    });
    const ledger = open()!;
    expect(ledger.entries).toEqual([
      { time: 0, week: W16, village: 'Thôn 2', recipients: 'b@x.vn', kind: 'Nhắc hạn', result: 'Đã gửi' },
    ]);
    appendLedgerRow(ledger, row({ result: 'Lỗi', note: 'hết hạn mức' }));
    const sheet = rt.spreadsheet.getSheetByName('Nhắc hạn')!;
    expect(sheet.getRange(3, 1, 1, 7).getValues()[0]).toEqual([
      'Lỗi',
      'Nhắc hạn',
      'Thịnh Bằng',
      expect.any(Date),
      'a@x.vn, b@x.vn',
      expect.any(Date),
      'hết hạn mức',
    ]);
  });

  it('an unknown Kết quả counts as Đang gửi (perhaps sent); a row without a known Loại or Thôn is skipped', () => {
    useRuntime({
      workbook: {
        sheets: [
          tab([
            ['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả'],
            [null, '16/03/2023', 'Thôn 2', '', 'Nhắc hạn', 'gửi rồi?'],
            [null, '16/03/2023', 'Thôn 3', '', 'Nhắc hạn', ''],
            [null, '16/03/2023', 'Thôn 4', '', 'gọi điện', 'Đã gửi'],
            [null, '16/03/2023', '', '', 'Nhắc hạn', 'Đã gửi'],
            [null, null, null, null, null, null],
          ]),
        ],
      },
    });
    expect(open()!.entries.map((e) => `${e.village}/${e.result}`)).toEqual([
      'Thôn 2/Đang gửi',
      'Thôn 3/Đang gửi',
    ]);
  });

  it('an unreadable Tuần stops, naming the cell (a lost row could mean a second email)', () => {
    useRuntime({
      workbook: {
        sheets: [
          tab([
            ['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả'],
            [null, 'tuần này', 'Thôn 2', '', 'Nhắc hạn', 'Đã gửi'],
          ]),
        ],
      },
    });
    expect(() => open()).toThrow(/Tab Nhắc hạn, ô B2: không đọc được tuần/);
  });

  it('a missing key column with rows under it stops, naming the column; the preview stops too', () => {
    useRuntime({
      workbook: {
        sheets: [
          tab([
            ['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Kết quả'],
            [null, '16/03/2023', 'Thôn 2', '', 'Đã gửi'],
          ]),
        ],
      },
    });
    expect(() => open()).toThrow(/thiếu cột "Loại"/);
    expect(() => open(false)).toThrow(/thiếu cột "Loại"/);
  });
});

describe('correction requests (kind Yêu cầu sửa, column Khóa)', () => {
  const request = (over: Partial<LedgerRow> = {}) =>
    row({ kind: 'Yêu cầu sửa', key: '0123456789abcdef', ...over });

  it('Khóa is added after Ghi chú only when a correction request is logged; reminders alone never get it', () => {
    const rt = useRuntime();
    open();
    const sheet = rt.spreadsheet.getSheetByName('Nhắc hạn')!;
    expect(sheet.getLastColumn()).toBe(7);
    const ledger = openLedger({ timeZone: TZ, campaignStart: START, create: true, withKey: true })!;
    openLedger({ timeZone: TZ, campaignStart: START, create: true, withKey: true });
    expect(sheet.getRange(1, 1, 1, 8).getValues()[0]).toEqual([
      'Thời gian',
      'Tuần',
      'Thôn',
      'Người nhận',
      'Loại',
      'Kết quả',
      'Ghi chú',
      'Khóa',
    ]);
    appendLedgerRow(ledger, request());
    appendLedgerRow(ledger, row({ result: 'Đã gửi' }));
    expect(open()!.entries).toEqual([
      {
        time: T,
        week: W16,
        village: 'Thịnh Bằng',
        recipients: 'a@x.vn, b@x.vn',
        kind: 'Yêu cầu sửa',
        result: 'Đang gửi',
        key: '0123456789abcdef',
      },
      {
        time: T,
        week: W16,
        village: 'Thịnh Bằng',
        recipients: 'a@x.vn, b@x.vn',
        kind: 'Nhắc hạn',
        result: 'Đã gửi',
      },
    ]);
    expect(sheet.getRange(2, 8).getValue()).toBe('0123456789abcdef');
  });

  it('a Khóa column moved or retitled without diacritics is still found by name', () => {
    useRuntime({
      workbook: {
        sheets: [
          tab([
            ['Khoa', 'Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả'],
            ['ffff', null, '16/03/2023', 'Thôn 2', '', 'Yeu cau sua', 'Đã gửi'],
          ]),
        ],
      },
    });
    expect(open()!.entries).toEqual([
      {
        time: 0,
        week: W16,
        village: 'Thôn 2',
        recipients: '',
        kind: 'Yêu cầu sửa',
        result: 'Đã gửi',
        key: 'ffff',
      },
    ]);
  });

  it('request rows without their Khóa column stop, naming it (the sets already mailed would be unknown)', () => {
    useRuntime({
      workbook: {
        sheets: [
          tab([
            ['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả'],
            [null, '16/03/2023', 'Thôn 2', '', 'Yêu cầu sửa', 'Đã gửi'],
          ]),
        ],
      },
    });
    expect(() => open()).toThrow(/có dòng "Yêu cầu sửa" nhưng thiếu cột "Khóa"/);
  });
});

describe('ledgerCells', () => {
  it('puts each field in its column and leaves other columns blank', () => {
    const cells = ledgerCells(
      row({ note: 'x' }),
      { time: 6, week: 0, village: 2, recipients: -1, kind: 1, result: 3, note: 4, key: -1 },
      TZ,
    );
    expect(cells).toEqual([
      new Date(instantOf(W16, 0, TZ)),
      'Nhắc hạn',
      "'Thịnh Bằng",
      'Đang gửi',
      "'x",
      '',
      new Date(T),
    ]);
  });
});
