// `Cấu hình`: each bad setting gets a message naming its cell; unreadable values stop the model, blanks take defaults.
import { readModel } from '../../../src/core/model';
import type { CellValue, ModelProblem, Settings } from '../../../src/core/types';
import { dayFromYmd } from '../../../src/core/zone';
import { dropSetting, seedTabs, setCell, setSetting } from './helpers';

function withSetting(
  param: string,
  v: CellValue,
): { cell: string; problems: ModelProblem[]; model: ReturnType<typeof readModel>['model'] } {
  const tabs = seedTabs();
  const cell = setSetting(tabs, param, v);
  const r = readModel(tabs);
  return { cell, problems: r.problems, model: r.model };
}

test('the example message of the contract, word for word', () => {
  const r = withSetting('Hạn báo cáo', 'Thứ 8 14:30');
  expect(r.cell).toBe('B5');
  expect(r.model).toBeNull();
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]).toMatchObject({ tab: 'Cấu hình', cell: 'B5', fatal: true });
  expect(r.problems[0].message).toMatch(
    /^Cấu hình!B5: "Thứ 8 14:30" không phải thứ trong tuần \(Thứ 2…Thứ 7, Chủ nhật\): hãy ghi/,
  );
});

test.each<[string, CellValue, string]>([
  ['Hạn báo cáo', 'Thứ 5', 'thiếu giờ'],
  ['Hạn báo cáo', '14:30', 'thiếu thứ'],
  ['Hạn báo cáo', 'Thứ 5 24:30', 'giờ không hợp lệ'],
  ['Ngày bắt đầu', '32/03/2023', '"32/03/2023"'],
  ['Ngày bắt đầu', '15/03', 'thiếu năm'],
  ['Ngày bắt đầu', 'tháng ba', 'không phải ngày'],
  ['Ngày kết thúc', '31/13/2023', '"31/13/2023"'],
  ['Ngày kết thúc', '01/01/2023', 'Ngày kết thúc 01/01/2023 trước Ngày bắt đầu 15/03/2023'],
  ['Nhắc trước (giờ)', 'một ngày', 'không phải số giờ hợp lệ'],
  ['Nhắc trước (giờ)', -3, 'không phải số giờ hợp lệ'],
  ['Múi giờ', 'Asia/Ha_Noi', 'không phải múi giờ'],
  ['Đợt cao điểm', '15/03/2023-15/05/2023; 01/07/2023', 'không đọc được'],
  ['Đợt cao điểm', '15/05/2023-15/03/2023', 'trước khi bắt đầu'],
  ['Mức hỗ trợ (đồng/hộ)', 'một triệu', 'không phải số tiền'],
])('%s = %p stops the model with a message on its cell', (param, value, part) => {
  const r = withSetting(param, value);
  expect(r.model).toBeNull();
  const fatal = r.problems.filter((p) => p.fatal);
  expect(fatal).toHaveLength(1);
  expect(fatal[0].cell).toBe(r.cell);
  expect(fatal[0].message.startsWith(`Cấu hình!${r.cell}: `)).toBe(true);
  expect(fatal[0].message).toContain(part);
  expect(fatal[0].message).toMatch(/hãy /);
});

test.each<[string, string]>([
  ['Ngày bắt đầu', 'chưa ghi Ngày bắt đầu'],
  ['Ngày kết thúc', 'chưa ghi Ngày kết thúc'],
  ['Tên xã', 'chưa ghi Tên xã'],
])('a blank %s stops the model (no default)', (param, part) => {
  const r = withSetting(param, '');
  expect(r.model).toBeNull();
  expect(r.problems.filter((p) => p.fatal).map((p) => p.message)).toEqual([expect.stringContaining(part)]);
});

test.each<[string, string, (s: Settings) => unknown, unknown]>([
  ['Hạn báo cáo', '"Thứ 5 14:30"', (s) => s.deadline, { weekday: 4, minuteOfDay: 870 }],
  ['Nhắc trước (giờ)', '"24"', (s) => s.remindBeforeHours, 24],
  ['Múi giờ', '"Asia/Ho_Chi_Minh"', (s) => s.timeZone, 'Asia/Ho_Chi_Minh'],
  ['Email cán bộ', 'không gửi được cho cán bộ nào', (s) => s.officerEmails, []],
])('a blank %s takes its default and says so', (param, part, get, expected) => {
  const r = withSetting(param, '');
  expect(r.model).not.toBeNull();
  expect(get(r.model!.settings)).toEqual(expected);
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]).toMatchObject({ cell: r.cell, fatal: false });
  expect(r.problems[0].message).toContain(part);
});

test.each<[string, (s: Settings) => unknown, unknown]>([
  ['Đợt cao điểm', (s) => s.peakPhases, []],
  ['Mã hỗ trợ NQ44', (s) => s.supportCode, 'NUOC_THAI_HT'],
  ['Mức hỗ trợ (đồng/hộ)', (s) => s.supportAmount, 1_000_000],
  ['Tự gửi yêu cầu sửa', (s) => s.autoCorrections, false],
  ['Chức vụ người ký', (s) => s.signerTitle, undefined],
  ['Người ký', (s) => s.signerName, undefined],
])('a blank optional %s takes its default silently', (param, get, expected) => {
  const r = withSetting(param, '');
  expect(r.problems).toEqual([]);
  expect(get(r.model!.settings)).toEqual(expected);
});

test('bad officer addresses are dropped and reported; the good ones kept', () => {
  const r = withSetting('Email cán bộ', 'ntm@example.vn, chủ tịch; b@example.vn');
  expect(r.model!.settings.officerEmails).toEqual(['ntm@example.vn', 'b@example.vn']);
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([
    [r.cell, false],
    [r.cell, false],
  ]);
  expect(r.problems[0].message).toContain('"chủ"');
});

test('dates typed as text or as Date cells, in any TZ of the machine', () => {
  const r = withSetting('Ngày kết thúc', '2023-12-30');
  expect(r.model!.settings.campaignEnd).toBe(dayFromYmd(2023, 12, 30));
  const s = withSetting('Ngày bắt đầu', '1/3/2023');
  expect(s.model!.settings.campaignStart).toBe(dayFromYmd(2023, 3, 1));
});

test('a missing row of a required parameter is reported on the tab', () => {
  const tabs = seedTabs();
  dropSetting(tabs, 'Ngày kết thúc');
  const r = readModel(tabs);
  expect(r.model).toBeNull();
  expect(r.problems.filter((p) => p.fatal)).toEqual([
    expect.objectContaining({
      cell: '',
      message: expect.stringMatching(/^Cấu hình: thiếu dòng tham số "Ngày kết thúc"/),
    }),
  ]);
});

test('a parameter written twice stops; an unknown one is only reported', () => {
  const tabs = seedTabs();
  setCell(tabs, 'Cấu hình', 11, 0, 'hạn báo cáo');
  setCell(tabs, 'Cấu hình', 11, 1, 'Thứ 6 10:00');
  setCell(tabs, 'Cấu hình', 12, 0, 'Người duyệt');
  setCell(tabs, 'Cấu hình', 12, 1, 'Chủ tịch UBND xã');
  const r = readModel(tabs);
  expect(r.model).toBeNull();
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([
    ['A12', true],
    ['A13', false],
  ]);
  expect(r.problems[0].message).toContain('ghi hai lần (dòng 5 và dòng 12)');
  expect(r.problems[1].message).toContain('không có tham số "Người duyệt"');
});

test('a header row without Tham số / Giá trị stops with the fix', () => {
  const tabs = seedTabs();
  setCell(tabs, 'Cấu hình', 0, 1, 'Value');
  const r = readModel(tabs);
  expect(r.model).toBeNull();
  expect(r.problems[0]).toMatchObject({ tab: 'Cấu hình', cell: 'A1', fatal: true });
  expect(r.problems[0].message).toContain('thiếu cột "Giá trị"');
});

test.each<[CellValue, boolean]>([
  ['Có', true],
  ['co', true],
  [true, true],
  ['Không', false],
  [false, false],
])('Tự gửi yêu cầu sửa = %p reads %p', (value, expected) => {
  const r = withSetting('Tự gửi yêu cầu sửa', value);
  expect(r.problems).toEqual([]);
  expect(r.model!.settings.autoCorrections).toBe(expected);
});

test('Tự gửi yêu cầu sửa typed wrong stays off and says how to write it, without stopping the model', () => {
  const r = withSetting('Tự gửi yêu cầu sửa', 'bật lên');
  expect(r.model!.settings.autoCorrections).toBe(false);
  expect(r.problems).toEqual([
    expect.objectContaining({
      cell: r.cell,
      fatal: false,
      message: expect.stringContaining(
        '"bật lên" không phải Có hay Không: hãy ghi Có (bật) hoặc Không (tắt); đang coi là Không.',
      ),
    }),
  ]);
});

test('a workbook made before the switch existed (no row) keeps it off silently', () => {
  const tabs = seedTabs();
  dropSetting(tabs, 'Tự gửi yêu cầu sửa');
  const r = readModel(tabs);
  expect(r.problems).toEqual([]);
  expect(r.model!.settings.autoCorrections).toBe(false);
});
