// On form submit: the installable trigger validates at once without a UI, ignores blank submissions, respects the lock; the Tự động switches.
import { allEntries } from '../../src/entry/entries';
import { FORM_SUBMIT_HANDLER, formSubmitEntries } from '../../src/entry/form-submit';
import { AS_OF, FORM, checkRecords, install, uninstall, valuesOf } from '../sheets/check/harness';

beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(AS_OF));
afterEach(() => {
  uninstall();
  jest.restoreAllMocks();
});

const entry = (name: string) => formSubmitEntries().find((e) => e.name === name)!;
const enable = () => entry('ntmEnableCheckOnSubmit').run() as { ok: boolean; summary: string };
const disable = () => entry('ntmDisableCheckOnSubmit').run() as { ok: boolean; summary: string };
const handler = (e: unknown) => entry(FORM_SUBMIT_HANDLER).run(e) as { ok: boolean; summary: string };
const logRows = (rt: ReturnType<typeof install>) => valuesOf(rt, 'Nhật ký').slice(1);

describe('the Tự động switches', () => {
  it('installing twice leaves one form-submit trigger; removing takes it away', () => {
    const rt = install();
    expect(enable().summary).toMatch(/^Đã bật: /);
    expect(enable().summary).toMatch(/^Đã bật từ trước/);
    expect(rt.triggers.list()).toEqual([
      expect.objectContaining({ handler: FORM_SUBMIT_HANDLER, type: 'ON_FORM_SUBMIT' }),
    ]);
    expect(disable().summary).toMatch(/^Đã tắt/);
    expect(rt.triggers.list()).toEqual([]);
    expect(disable().summary).toMatch(/chưa được bật/);
  });

  it('says how to link a form when no tab receives a form’s answers', () => {
    install();
    expect(enable().summary).toContain('Liên kết với Trang tính');
  });

  it('sit in the NTM menu’s "Tự động" submenu; the handler is no menu item', () => {
    const rt = install();
    allEntries()
      .find((e) => e.name === 'onOpen')!
      .run({});
    const items = rt.ui.menus.at(-1)!.items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          label: 'Bật kiểm tra khi có báo cáo mới',
          submenu: 'Tự động',
          functionName: 'ntmEnableCheckOnSubmit',
        }),
        expect.objectContaining({
          label: 'Tắt kiểm tra khi có báo cáo mới',
          submenu: 'Tự động',
          functionName: 'ntmDisableCheckOnSubmit',
        }),
        expect.objectContaining({ label: 'Kiểm tra dữ liệu', functionName: 'ntmValidate' }),
      ]),
    );
    expect(items.map((i) => i.functionName)).not.toContain(FORM_SUBMIT_HANDLER);
  });
});

describe('onFormSubmitNtm', () => {
  it('validates at once in a trigger (no UI): Kiểm tra, marks and a Nhật ký row', () => {
    const rt = install();
    rt.ui.available = false;
    const sheet = rt.spreadsheet.getSheetByName(FORM)!;
    const e = { range: sheet.getRange(8, 1, 1, 9), values: sheet.getRange(8, 1, 1, 9).getDisplayValues()[0] };
    const outcome = handler(e);
    expect(outcome.ok).toBe(true);
    expect(checkRecords(rt)).toHaveLength(6);
    expect(sheet.getRange('B8').getNote()).toMatch(/^NTM: Cảnh báo/);
    expect(logRows(rt).map((r) => r[2])).toEqual(['Kiểm tra khi có báo cáo mới']);
    expect(rt.ui.alerts).toEqual([]);
  });

  it.each([
    ['values: only the timestamp', { values: ['23/03/2023 10:00:00', '', '', '', '', '', '', '', ''] }],
    ['values: all blank', { values: ['', '', ''] }],
    [
      'namedValues: only timestamp and email',
      {
        namedValues: {
          'Dấu thời gian': ['23/03/2023 10:00:00'],
          'Địa chỉ email': ['a@x.vn'],
          Thôn: [''],
          [`[HANG_RAO] x`]: [''],
        },
      },
    ],
    [
      'namedValues of an English form',
      { namedValues: { Timestamp: ['3/23/2023 10:00:00'], 'Email Address': ['a@x.vn'], Village: [' '] } },
    ],
  ])('ignores a blank submission (%s): nothing written, nothing logged', (_what, e) => {
    const rt = install();
    rt.ui.available = false;
    expect(handler(e).summary).toBe('Bỏ qua lần gửi trống của biểu mẫu.');
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')).toBeNull();
    expect(rt.spreadsheet.getSheetByName('Nhật ký')).toBeNull();
  });

  it('ignores a submission whose row in the sheet holds only the timestamp (event without values)', () => {
    const rt = install();
    const sheet = rt.spreadsheet.getSheetByName(FORM)!;
    expect(handler({ range: sheet.getRange(9, 1, 1, 9) }).summary).toBe('Bỏ qua lần gửi trống của biểu mẫu.');
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')).toBeNull();
    expect(handler({ range: sheet.getRange(10, 1, 1, 9) }).ok).toBe(true);
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')).not.toBeNull();
  });

  it('a real answer in namedValues is validated', () => {
    const rt = install();
    handler({ namedValues: { 'Dấu thời gian': ['23/03/2023 09:00:00'], Thôn: ['Thượng Bằng'] } });
    expect(checkRecords(rt)).toHaveLength(6);
  });

  it('an event with nothing in it still validates (cheap and safe)', () => {
    const rt = install();
    expect(handler(undefined).ok).toBe(true);
    expect(checkRecords(rt)).toHaveLength(6);
  });

  it('while another execution holds the document it gives up, logs why, and throws nothing', () => {
    const rt = install();
    rt.ui.available = false;
    rt.lock.holdByOther();
    const outcome = handler({ values: ['23/03/2023 09:00:00', 'a@x.vn', 'Thượng Bằng'] });
    expect(outcome.ok).toBe(false);
    expect(rt.spreadsheet.getSheetByName('Kiểm tra')).toBeNull();
    expect(logRows(rt).map((r) => [r[2], r[3]])).toEqual([
      ['Kiểm tra khi có báo cáo mới', expect.stringMatching(/^Lỗi: Một thao tác khác/)],
    ]);
  });
});
