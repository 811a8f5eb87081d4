// The self-test's pure lines: a comparison names each differing item; trigger and quota lines say what to do.
import {
  compareLine,
  describeCell,
  quotaLine,
  selfTestReport,
  triggerLine,
} from '../../../src/core/self-test';

describe('compareLine', () => {
  it('is OK when every item matches, showing what was read', () => {
    expect(compareLine('Ghi chú', ['a', 'b'], ['a', 'b'])).toEqual({
      label: 'Ghi chú',
      ok: true,
      detail: 'a; b',
    });
  });

  it('names each item that differed, and a missing one', () => {
    expect(compareLine('X', ['chữ "001"', 'b', 'c'], ['số 1', 'b'])).toEqual({
      label: 'X',
      ok: false,
      detail: 'mong đợi chữ "001", đọc lại số 1; mong đợi c, đọc lại (không có)',
    });
  });
});

describe('describeCell', () => {
  it('says the kind of value: text, number in vi-VN, date in the zone, boolean, blank', () => {
    const zone = 'Asia/Ho_Chi_Minh';
    expect(describeCell('1/2', zone)).toBe('chữ "1/2"');
    expect(describeCell(3.5, zone)).toBe('số 3,5');
    expect(describeCell(new Date(Date.UTC(2026, 2, 16, 7, 30)), zone)).toBe('ngày 16/03/2026 14:30');
    expect(describeCell(true, zone)).toBe('TRUE');
    expect(describeCell('', zone)).toBe('(trống)');
  });
});

describe('triggerLine', () => {
  it('is OK when the account’s triggers agree with the record', () => {
    expect(triggerLine('Nhắc hạn tự động', 0, false, []).ok).toBe(true);
    expect(triggerLine('Nhắc hạn tự động', 1, true, ['b@x.vn'])).toEqual({
      label: 'Trình kích hoạt: Nhắc hạn tự động',
      ok: true,
      detail: 'đang bật cho tài khoản này, khớp với sổ. Tài khoản khác đang bật: b@x.vn.',
    });
  });

  it('names two triggers, an unrecorded one and a missing one', () => {
    expect(triggerLine('Nhắc hạn tự động', 2, true, []).detail).toMatch(
      /^tài khoản này có 2 trình kích hoạt/,
    );
    expect(triggerLine('Nhắc hạn tự động', 1, false, []).detail).toMatch(/sổ không ghi là đang bật/);
    expect(triggerLine('Nhắc hạn tự động', 0, true, []).detail).toMatch(/không thấy trình kích hoạt/);
  });
});

describe('quotaLine and the report', () => {
  it('counts the mail left in vi-VN and fails at zero', () => {
    expect(quotaLine(1500)).toEqual({
      label: 'Hạn mức gửi thư hôm nay',
      ok: true,
      detail: 'còn 1.500 người nhận.',
    });
    expect(quotaLine(0).ok).toBe(false);
  });

  it('heads the report with the count of lines that differ', () => {
    const report = selfTestReport([quotaLine(0), quotaLine(3)]);
    expect(report.split('\n')).toEqual([
      '1/2 mục KHÁC: xem docs/deploy.md (Tự kiểm tra) để biết cách xử lý từng mục.',
      'KHÁC — Hạn mức gửi thư hôm nay: còn 0: hôm nay tài khoản này không gửi được thư nhắc; hạn mức tính lại sau 24 giờ.',
      'OK — Hạn mức gửi thư hôm nay: còn 3 người nhận.',
    ]);
  });
});
