// The Kiểm tra grid, pure: acceptances read forgivingly by key, text guarded, the officer's columns and remarks kept.
import type { TabData } from '../../../src/core/types';
import { acceptanceKey } from '../../../src/core/validation';
import { isAgreement } from '../../../src/sheets/check/agreement';
import type { CheckRow } from '../../../src/sheets/check/check-rows';
import {
  acceptedKeys,
  buildCheckTable,
  checkColumns,
  KEY_TITLE,
} from '../../../src/sheets/check/check-table';

const CONTRACT = ['Tab', 'Dòng', 'Thôn', 'Cột', 'Mức độ', 'Vấn đề', 'Giá trị', 'Xác nhận'];

function row(over: Partial<CheckRow> = {}): CheckRow {
  return {
    tab: 'Form',
    row: 5,
    village: 'Thịnh Bằng',
    column: '[HANG_RAO] Hàng rào (m)',
    level: 'Lỗi',
    message: 'Vượt 150%',
    value: '3.200',
    key: 'k1',
    acceptable: true,
    accepted: false,
    place: { tab: 'Form', row: 5, col: 5 },
    fromModel: false,
    ...over,
  };
}

const tab = (values: unknown[][]): TabData => ({
  name: 'Kiểm tra',
  values: values as TabData['values'],
  displays: [],
});

describe('isAgreement', () => {
  it.each(['Đồng ý', 'đồng ý', 'ĐỒNG Ý', 'dong y', ' Dong Y ', 'Đồng ý.', 'dongy'])('"%s" accepts', (s) => {
    expect(isAgreement(s)).toBe(true);
  });
  it.each(['', 'Không đồng ý', 'đồng', 'ý', 'OK', 'x', 'Không thể xác nhận'])('"%s" does not', (s) => {
    expect(isAgreement(s)).toBe(false);
  });
  it('a number, a boolean or a date does not', () => {
    expect(isAgreement(1)).toBe(false);
    expect(isAgreement(true)).toBe(false);
    expect(isAgreement(new Date(0))).toBe(false);
  });
});

describe('acceptedKeys', () => {
  it('reads Đồng ý by the key column, wherever the columns are', () => {
    const prev = tab([
      ['Khóa', 'Xác nhận', 'Tab'],
      ['k1', 'dong y', 'Form'],
      ['k2', '', 'Form'],
      ['k3', 'Không đồng ý', 'Form'],
      ['', 'Đồng ý', 'Form'],
      [' k4 ', 'ĐỒNG Ý', 'Form'],
    ]);
    expect([...acceptedKeys(prev)].sort()).toEqual(['k1', 'k4']);
  });
  it('nothing without a previous tab, a key column or a Xác nhận column', () => {
    expect(acceptedKeys(undefined).size).toBe(0);
    expect(
      acceptedKeys(
        tab([
          ['Tab', 'Xác nhận'],
          ['Form', 'Đồng ý'],
        ]),
      ).size,
    ).toBe(0);
    expect(
      acceptedKeys(
        tab([
          ['Tab', 'Khóa'],
          ['Form', 'k1'],
        ]),
      ).size,
    ).toBe(0);
  });

  it('recomputes the key of a row whose Khóa is gone, from its own columns and the report row’s timestamp', () => {
    const prev = tab([
      CONTRACT,
      ['Form', 4, 'Thịnh Bằng', '[HANG_RAO] Hàng rào (m)', 'Lỗi', 'Vượt', '3.200', 'Đồng ý'],
      ['Form', 9, 'Hạ Bằng', '[HANG_RAO] Hàng rào (m)', 'Lỗi', 'Vượt', '900', 'Đồng ý'],
      ['Form', 5, 'Hạ Bằng', '[HANG_RAO] Hàng rào (m)', 'Lỗi', 'Vượt', '800', ''],
    ]);
    const stamps: Record<number, string> = { 4: '21/03/2023 10:00:00', 5: '21/03/2023 11:00:00' };
    expect([...acceptedKeys(prev, (t, r) => (t === 'Form' ? stamps[r] : undefined))]).toEqual([
      acceptanceKey('Form', '21/03/2023 10:00:00', 'Thịnh Bằng', '[HANG_RAO] Hàng rào (m)', '3.200'),
    ]);
  });
});

describe('buildCheckTable', () => {
  it('a new tab: the columns of the contract in order, then Khóa', () => {
    const t = buildCheckTable([row()]);
    expect(t.header).toEqual([...CONTRACT, KEY_TITLE]);
    expect(t.values[1]).toEqual([
      "'Form",
      5,
      "'Thịnh Bằng",
      "'[HANG_RAO] Hàng rào (m)",
      'Lỗi',
      "'Vượt 150%",
      "'3.200",
      '',
      "'k1",
    ]);
    expect([t.tabCol, t.valueCol]).toEqual([1, 7]);
  });

  it('every text from a person is guarded: it can never become a formula, number or date', () => {
    const t = buildCheckTable([
      row({ tab: '=A1', village: '=HYPERLINK("x")', column: '+1', value: '=1+1', message: '16/3' }),
    ]);
    const texts = t.values[1].filter((v) => typeof v === 'string' && v !== '' && v !== 'Lỗi');
    expect(texts.every((v) => (v as string).startsWith("'"))).toBe(true);
  });

  it('Xác nhận: Đồng ý when accepted, the fixed text when it cannot be, a remark kept by key', () => {
    const prev = tab([
      [...CONTRACT, KEY_TITLE],
      ['Form', 9, '', '', 'Lỗi', 'cũ', '1', 'đang hỏi thôn', 'k2'],
      ['Form', 9, '', '', 'Lỗi', 'cũ', '1', 'Không thể xác nhận', 'k3'],
    ]);
    const t = buildCheckTable(
      [
        row({ accepted: true }),
        row({ key: 'k2' }),
        row({ key: 'k3' }),
        row({ key: 'k4', acceptable: false }),
      ],
      prev,
    );
    const confirm = t.header.indexOf('Xác nhận');
    expect(t.values.slice(1).map((r) => r[confirm])).toEqual([
      "'Đồng ý",
      "'đang hỏi thôn",
      '',
      "'Không thể xác nhận",
    ]);
  });

  it('Xác nhận other than Đồng ý is kept as typed and flagged on its row (Vấn đề says only Đồng ý is understood)', () => {
    const prev = tab([
      [...CONTRACT, KEY_TITLE],
      ['Form', 9, '', '', 'Lỗi', 'cũ', '1', 'ok', 'k1'],
      ['Form', 9, '', '', 'Lỗi', 'cũ', '1', 'Đồng ý, đã hỏi thôn', 'k2'],
      ['Form', 9, '', '', 'Lỗi', 'cũ', '1', 1, 'k3'],
      ['Form', 9, '', '', 'Lỗi', 'cũ', '1', 'đã báo thôn', 'k4'],
      ['Form', 9, '', '', 'Lỗi', 'cũ', '1', 'dong y', 'k5'],
    ]);
    const t = buildCheckTable(
      [
        row({ key: 'k1' }),
        row({ key: 'k2' }),
        row({ key: 'k3' }),
        row({ key: 'k4', acceptable: false }),
        row({ key: 'k5', accepted: true }),
        row({ key: 'k6' }),
      ],
      prev,
    );
    const [confirm, message] = ['Xác nhận', 'Vấn đề'].map((h) => t.header.indexOf(h));
    expect(t.values.slice(1).map((r) => r[confirm])).toEqual([
      "'ok",
      "'Đồng ý, đã hỏi thôn",
      1,
      "'đã báo thôn",
      "'Đồng ý",
      '',
    ]);
    expect(t.unclear).toEqual([true, true, true, true, false, false]);
    expect(t.confirmCol).toBe(confirm + 1);
    const said = t.values.slice(1).map((r) => String(r[message]));
    expect(said[0]).toBe(
      `'Vượt 150%\nXác nhận ghi "ok": chỉ 'Đồng ý' được hiểu, nên giá trị chưa được xác nhận. Để xác nhận, hãy ghi Đồng ý; ý kiến khác nên ghi ở một cột riêng.`,
    );
    expect(said[3]).toMatch(
      /Xác nhận ghi "đã báo thôn": chỉ 'Đồng ý' được hiểu, và vấn đề này không thể xác nhận/,
    );
    expect(said[4]).toBe("'Vượt 150%");
  });

  it('keeps the officer’s column order and extra columns, carrying their values by key', () => {
    const prev = tab([
      ['Mức độ', 'Ghi chú cán bộ', '', 'Tab', 'Khóa', 'Dòng'],
      ['Lỗi', 'đã gọi điện', '', 'Form', 'k1', 5],
      ['Lỗi', 42, '', 'Form', 'k9', 8],
    ]);
    const cols = checkColumns(prev).map((c) => c.title);
    expect(cols).toEqual([
      'Mức độ',
      'Ghi chú cán bộ',
      'Tab',
      'Khóa',
      'Dòng',
      'Thôn',
      'Cột',
      'Vấn đề',
      'Giá trị',
      'Xác nhận',
    ]);
    const t = buildCheckTable([row(), row({ key: 'k5' })], prev);
    expect(t.values[1].slice(0, 5)).toEqual(['Lỗi', "'đã gọi điện", "'Form", "'k1", 5]);
    expect(t.values[2][1]).toBe('');
    expect([t.tabCol, t.valueCol]).toEqual([3, 9]);
  });

  it('matches the previous header forgivingly (case, diacritics)', () => {
    const cols = checkColumns(tab([['tab', 'DONG', 'xac nhan', 'khoa']])).map((c) => c.title);
    expect(cols.slice(0, 4)).toEqual(['Tab', 'Dòng', 'Xác nhận', 'Khóa']);
    expect(cols).toHaveLength(9);
  });
});
