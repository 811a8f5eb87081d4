// Menu "Kiểm tra dữ liệu" on the in-memory runtime: Kiểm tra rows, values as typed, links, marks, acceptances, batching, the lock.
import { validationEntries } from '../../src/entry/validate';
import { validateWorkbook } from '../../src/entry/validate-workbook';
import {
  AS_OF,
  COL,
  FORM,
  checkRecords,
  formSheet,
  install,
  messyAnswers,
  uninstall,
  valuesOf,
  workbook,
  at,
  type Answer,
} from '../sheets/check/harness';

afterEach(() => {
  uninstall();
  jest.restoreAllMocks();
});

const form = (rt: ReturnType<typeof install>) => rt.spreadsheet.getSheetByName(FORM)!;
const pick = (r: Record<string, unknown>) => [r['Dòng'], r['Cột'], r['Mức độ'], r['Giá trị'], r['Xác nhận']];

/** Every value and formula of every tab but the outputs, to compare before and after. */
function inputs(rt: ReturnType<typeof install>): unknown {
  return rt.spreadsheet
    .getSheets()
    .filter((s) => !['Kiểm tra', 'Nhật ký', 'NTM dấu ô'].includes(s.getName()))
    .map((s) => {
      const r = s.getDataRange();
      return [s.getName(), r.getValues(), r.getFormulas(), r.getDisplayValues()];
    });
}

describe('Kiểm tra from a messy form tab', () => {
  it('one row per problem with the columns of the contract; clean, blank and later rows are not listed', () => {
    const rt = install();
    const result = validateWorkbook(AS_OF);
    expect(checkRecords(rt).map(pick)).toEqual([
      [3, COL.hangRao, 'Lỗi', '=1+1', 'Không thể xác nhận'],
      [4, COL.hangRao, 'Lỗi', '3.200', ''],
      [5, 'Thôn', 'Lỗi', 'Làng Mới', 'Không thể xác nhận'],
      [6, COL.vuon, 'Lỗi', 'ba', 'Không thể xác nhận'],
      [7, 'Ảnh', 'Cảnh báo', '', ''],
      [8, 'Địa chỉ email', 'Cảnh báo', 'la@example.vn', ''],
    ]);
    expect(
      checkRecords(rt).every(
        (r) => r.Tab === FORM && typeof r['Vấn đề'] === 'string' && (r['Vấn đề'] as string).length > 10,
      ),
    ).toBe(true);
    expect(checkRecords(rt).map((r) => r['Thôn'])).toEqual([
      'Trung Bằng',
      'Thịnh Bằng',
      'Làng Mới',
      'Hạ Bằng',
      'tan bang',
      'Thượng Bằng',
    ]);
    expect(result.counts).toEqual({
      reportRows: 7,
      errors: 4,
      warnings: 2,
      accepted: 0,
      modelProblems: 0,
      unclear: 0,
      examples: [
        { tab: 'Thôn', rows: 5 },
        { tab: 'Chỉ tiêu', rows: 11 },
      ],
    });
  });

  it('never changes an input value', () => {
    const rt = install();
    const before = inputs(rt);
    validateWorkbook(AS_OF);
    validateWorkbook(AS_OF);
    expect(inputs(rt)).toEqual(before);
  });

  it('shows the original text exactly, as plain text, never as a formula', () => {
    const answers: Answer[] = [
      [at(2023, 3, 20, 8), '', 'Thượng Bằng', '', '=1+1', '16/3', '', 'ảnh', ''],
      [at(2023, 3, 20, 9), '', 'Thịnh Bằng', '', '3.200', '', "'0,5", 'ảnh', ''],
    ];
    const rt = install({ workbook: workbook([formSheet(answers)]) });
    validateWorkbook(AS_OF);
    const check = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    const values = valuesOf(rt, 'Kiểm tra');
    const col = (values[0] as string[]).indexOf('Giá trị') + 1;
    const range = check.getRange(2, col, values.length - 1, 1);
    expect(range.getValues().map((r) => r[0])).toEqual(['=1+1', '16/3', '3.200', "'0,5"]);
    expect(range.getDisplayValues().map((r) => r[0])).toEqual(['=1+1', '16/3', '3.200', "'0,5"]);
    expect(range.getNumberFormats().every((r) => r[0] === '@')).toBe(true);
    expect(
      check
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('each row links to the offending cell, in the Tab cell (a link, not a formula)', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    const gid = form(rt).getSheetId();
    const check = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    const links = check
      .getRange(2, 1, 6, 1)
      .getRichTextValues()
      .map((r) => [r[0]?.getText(), r[0]?.getLinkUrl()]);
    expect(links).toEqual(
      ['E3', 'E4', 'C5', 'F6', 'H7', 'B8'].map((a1) => [FORM, `#gid=${gid}&range=${a1}`]),
    );
  });

  it('lists non-fatal model problems first, with the header they concern; they cannot be accepted', () => {
    const header = [...messyAnswersHeader(), '[KHONG_CO] Chỉ tiêu lạ'];
    const answers = messyAnswers().map((a) => [...a, '5'] as unknown as Answer);
    const rt = install({ workbook: workbook([formSheet(answers, header)]) });
    const result = validateWorkbook(AS_OF);
    const first = checkRecords(rt)[0];
    expect(pick(first)).toEqual([
      1,
      '[KHONG_CO] Chỉ tiêu lạ',
      'Lỗi',
      '[KHONG_CO] Chỉ tiêu lạ',
      'Không thể xác nhận',
    ]);
    expect(first['Khóa']).toBe('');
    expect(first['Vấn đề']).not.toMatch(/^Câu trả lời biểu mẫu 1!J1:/);
    expect(result.counts.modelProblems).toBe(1);
    expect(form(rt).getRange('J1').getNote()).toMatch(/^NTM: Lỗi: /);
  });
});

function messyAnswersHeader(): string[] {
  return [
    'Dấu thời gian',
    'Địa chỉ email',
    'Thôn',
    'Ngày báo cáo',
    COL.hangRao,
    COL.vuon,
    COL.cungHoa,
    'Ảnh',
    'Ghi chú',
  ];
}

describe('the menu item', () => {
  const item = () => validationEntries().find((e) => e.action === 'validate')!;

  it('is "Kiểm tra dữ liệu": a toast with the counts, a Nhật ký row, the same table on a rerun', () => {
    const rt = install();
    jest.spyOn(Date, 'now').mockReturnValue(AS_OF);
    expect(item().menu?.label).toBe('Kiểm tra dữ liệu');
    const outcome = item().run() as { ok: boolean; summary: string };
    expect(outcome.ok).toBe(true);
    expect(outcome.summary).toBe(
      'Đã kiểm tra 7 dòng báo cáo: 4 lỗi, 2 cảnh báo. Xem chi tiết ở tab Kiểm tra. Sổ còn dữ liệu mẫu do Thiết lập ghi ' +
        '(5 dòng ở tab Thôn, 11 dòng ở tab Chỉ tiêu): khi đã nhập thôn và chỉ tiêu của xã, chọn NTM › Xóa dữ liệu mẫu để xóa; nếu đó đúng là kế hoạch của xã, xóa chữ ví dụ ở cột Ghi chú.',
    );
    expect(rt.ui.toasts.at(-1)).toContain('4 lỗi, 2 cảnh báo');
    const first = valuesOf(rt, 'Kiểm tra');
    item().run();
    expect(valuesOf(rt, 'Kiểm tra')).toEqual(first);
    const log = valuesOf(rt, 'Nhật ký');
    expect(log.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ['Kiểm tra dữ liệu', outcome.summary],
      ['Kiểm tra dữ liệu', outcome.summary],
    ]);
  });

  it('gives up with a clear message while another execution holds the document, then runs once it is free', () => {
    const rt = install();
    jest.spyOn(Date, 'now').mockReturnValue(AS_OF);
    rt.lock.holdByOther();
    const blocked = item().run() as { ok: boolean; summary: string };
    expect(blocked.ok).toBe(false);
    expect(blocked.summary).toMatch(
      /Một thao tác khác .* đang chạy trên sổ này\. Hãy đợi khoảng 30 giây rồi chạy lại\./,
    );
    expect(rt.ui.alerts.at(-1)?.message).toBe(blocked.summary);
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')).toBeNull();
    expect(form(rt).getRange('E3').getNote()).toBe('');
    rt.lock.releaseOther();
    expect((item().run() as { ok: boolean }).ok).toBe(true);
    expect(checkRecords(rt)).toHaveLength(6);
  });

  it('says what to fix when the inputs cannot be read, and writes no Kiểm tra', () => {
    const rt = install({
      workbook: { ...workbook(), sheets: workbook().sheets.filter((s) => s.name !== 'Thôn') },
    });
    const outcome = item().run() as { ok: boolean; summary: string };
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toMatch(/Thôn/);
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')).toBeNull();
  });

  it('reuses a Kiểm tra tab whose name differs only in case', () => {
    const rt = install();
    rt.spreadsheet.insertSheet('kiểm tra');
    validateWorkbook(AS_OF);
    expect(rt.spreadsheet.getSheets().filter((s) => s.getName().toLowerCase() === 'kiểm tra')).toHaveLength(
      1,
    );
    expect(rt.spreadsheet.getSheetByName('kiểm tra')!.getLastRow()).toBe(7);
  });
});
