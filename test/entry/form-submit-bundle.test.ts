// The form-submit trigger through the built bundle, as Apps Script calls it: a new row appended by Forms and its event
// ({range, values, namedValues}), a second blank event Forms is known to send, and the lock held by another execution.
import { openSession, type Session } from '../../local/runner/session';
import { ensureBuilt } from '../bundle/ensure-built';
import { AS_OF, FORM, HEADER, ZONE, at, formSheet, messyAnswers, workbook } from '../sheets/check/harness';

beforeAll(() => ensureBuilt());

const open = (): Session =>
  openSession({ workbook: workbook([formSheet(messyAnswers().slice(0, 7))]), timeZone: ZONE, now: AS_OF });

function checkRows(s: Session): unknown[][] {
  const sheet = s.runtime.spreadsheet.getSheetByName('Kiểm tra');
  return sheet ? sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues() : [];
}
function logRows(s: Session): unknown[][] {
  const sheet = s.runtime.spreadsheet.getSheetByName('Nhật ký');
  return sheet
    ? sheet
        .getRange(2, 1, Math.max(1, sheet.getLastRow() - 1), sheet.getLastColumn())
        .getValues()
        .filter((r) => r.some((c) => c !== ''))
    : [];
}

/** What Forms does on a submission: appends the answers as a row, then fires the event describing that row. */
function submit(s: Session, answers: string[], stamp: Date) {
  const sheet = s.runtime.spreadsheet.getSheetByName(FORM)!;
  const row = [stamp, ...answers];
  sheet.appendRow(row);
  const range = sheet.getRange(sheet.getLastRow(), 1, 1, row.length);
  const values = range.getDisplayValues()[0];
  const namedValues = Object.fromEntries(HEADER.map((h, i) => [h, [values[i] ?? '']]));
  return { range, values, namedValues, authMode: 'FULL', triggerUid: '123' };
}

it('a real submission is validated at once: its problem is listed and marked, and Nhật ký says so', () => {
  const s = open();
  s.runtime.ui.available = false;
  const e = submit(
    s,
    ['thinhbang@example.vn', 'Thịnh Bằng', '', '5.000', '', '', 'https://anh', ''],
    at(2023, 3, 30, 11),
  );
  s.bundle.call('onFormSubmitNtm', e);
  const rows = checkRows(s);
  const row = e.range.getRow();
  const mine = rows.filter((r) => r[1] === row);
  expect(mine.map((r) => [r[3], r[4], r[6]])).toEqual([
    // Typed 5.000, Sheets gives that one cell #,##0; its column's first data row is automatic, so it is shown as 5000 (docs/validation.md, Đọc sổ).
    ['[HANG_RAO] Trồng hàng rào xanh (m)', 'Lỗi', '5000'],
  ]);
  expect(s.runtime.spreadsheet.getSheetByName(FORM)!.getRange(row, 5).getNote()).toMatch(
    /^NTM: Lỗi: Vượt 150%/,
  );
  expect(logRows(s).map((r) => r[2])).toEqual(['Kiểm tra khi có báo cáo mới']);
});

it('the blank twin event Forms sometimes sends after a real one is ignored: nothing written, nothing logged', () => {
  const s = open();
  s.runtime.ui.available = false;
  const e = submit(s, ['', '', '', '', '', '', '', ''], at(2023, 3, 30, 11));
  s.bundle.call('onFormSubmitNtm', e);
  expect(checkRows(s)).toEqual([]);
  expect(logRows(s)).toEqual([]);
});

it('while another execution holds the document lock, the submission is not validated and Nhật ký tells why', () => {
  const s = open();
  s.runtime.ui.available = false;
  s.runtime.lock.holdByOther();
  const e = submit(
    s,
    ['thinhbang@example.vn', 'Thịnh Bằng', '', '5.000', '', '', 'https://anh', ''],
    at(2023, 3, 30, 11),
  );
  expect(() => s.bundle.call('onFormSubmitNtm', e)).not.toThrow();
  expect(checkRows(s)).toEqual([]);
  expect(logRows(s).map((r) => [r[2], r[3]])).toEqual([
    ['Kiểm tra khi có báo cáo mới', expect.stringMatching(/^Lỗi: Một thao tác khác/)],
  ]);
  s.runtime.lock.releaseOther();
  s.bundle.call('onFormSubmitNtm', e);
  const mine = checkRows(s).filter((r) => r[1] === e.range.getRow());
  expect(mine.map((r) => [r[3], r[4], r[6]])).toEqual([
    // Typed 5.000, Sheets gives that one cell #,##0; its column's first data row is automatic, so it is shown as 5000 (docs/validation.md, Đọc sổ).
    ['[HANG_RAO] Trồng hàng rào xanh (m)', 'Lỗi', '5000'],
  ]);
});

describe('the document lock held by another execution', () => {
  it('an action waits for one that lets go within 30 s, then runs', () => {
    const s = open();
    s.runtime.lock.holdByOther(12_000);
    const report = s.run('validate');
    expect(report.ok).toBe(true);
    expect(s.runtime.lock.waitedMs()).toBe(12_000);
    const free = open();
    expect(free.run('validate').ok).toBe(true);
    expect(checkRows(free).length).toBeGreaterThan(1);
    expect(checkRows(s)).toEqual(checkRows(free));
  });

  it('an action gives up after 30 s with a clear message and changes nothing', () => {
    const s = open();
    s.runtime.lock.holdByOther(45_000);
    const report = s.run('validate');
    expect(report.ok).toBe(false);
    expect(report.summary).toMatch(/^Một thao tác khác .*Hãy đợi khoảng 30 giây rồi chạy lại\.$/);
    expect(s.runtime.lock.waitedMs()).toBe(30_000);
    expect(checkRows(s)).toEqual([]);
  });
});

it('an acceptance given when the cell read 5.000 still holds now that the number is shown as 5000', () => {
  const s = open();
  s.runtime.ui.available = false;
  const e = submit(
    s,
    ['thinhbang@example.vn', 'Thịnh Bằng', '', '5.000', '', '', 'https://anh', ''],
    at(2023, 3, 30, 11),
  );
  s.bundle.call('onFormSubmitNtm', e);
  const check = s.runtime.spreadsheet.getSheetByName('Kiểm tra')!;
  const rows = checkRows(s);
  const header = rows.findIndex((r) => r.includes('Xác nhận'));
  const [valueCol, agreeCol, keyCol] = ['Giá trị', 'Xác nhận', 'Khóa'].map((t) => rows[header].indexOf(t));
  const at5000 = rows.findIndex((r) => r[1] === e.range.getRow() && r[valueCol] === '5000');
  expect(at5000).toBeGreaterThan(header);
  // Kiểm tra as an earlier version wrote it, with the text the cell showed then, and the officer's Đồng ý.
  const oldKey = JSON.stringify([...JSON.parse(String(rows[at5000][keyCol])).slice(0, 4), '5.000']);
  check.getRange(at5000 + 1, valueCol + 1).setValue("'5.000");
  check.getRange(at5000 + 1, keyCol + 1).setValue(oldKey);
  check.getRange(at5000 + 1, agreeCol + 1).setValue('Đồng ý');
  s.runtime.ui.available = true;
  expect(s.run('validate').summary).toMatch(/1 giá trị cán bộ đã xác nhận/);
  const again = checkRows(s).filter((r) => r[1] === e.range.getRow());
  expect(again.map((r) => [r[valueCol], r[agreeCol]])).toEqual([['5000', 'Đồng ý']]);
});
