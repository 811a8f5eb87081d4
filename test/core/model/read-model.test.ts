// readModel on whole workbooks: the seed example, missing tabs, messy headers, and the forgiving lookups.
import { seedPlan } from '../../../src/core/contract';
import { findHeader, matchVillage, readModel } from '../../../src/core/model';
import type { Model } from '../../../src/core/types';
import { dayFromYmd } from '../../../src/core/zone';
import { dateCell, seedTabs, tab } from './helpers';

function model(tabs = seedTabs()): Model {
  const r = readModel(tabs);
  if (!r.model) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.model;
}

describe('the seed example', () => {
  test('reads with no problem at all', () => {
    expect(readModel(seedTabs()).problems).toEqual([]);
  });

  test('settings', () => {
    expect(model().settings).toEqual({
      communeName: 'Sơn Bằng',
      campaignStart: dayFromYmd(2023, 3, 15),
      campaignEnd: dayFromYmd(2023, 12, 31),
      deadline: { weekday: 4, minuteOfDay: 14 * 60 + 30 },
      remindBeforeHours: 24,
      officerEmails: ['ntm.sonbang@example.vn', 'vanphong.sonbang@example.vn'],
      timeZone: 'Asia/Ho_Chi_Minh',
      peakPhases: [
        { start: dayFromYmd(2023, 3, 15), end: dayFromYmd(2023, 5, 15) },
        { start: dayFromYmd(2023, 7, 1), end: dayFromYmd(2023, 8, 1) },
      ],
      supportCode: 'NUOC_THAI_HT',
      supportAmount: 1_000_000,
      signerTitle: 'Trưởng ban',
      signerName: 'Nguyễn Văn An',
      autoCorrections: false,
    });
  });

  test('villages in sheet order with their rows', () => {
    const m = model();
    const plan = seedPlan();
    expect(m.villages.map((v) => v.name)).toEqual(plan.villages.map((v) => v.name));
    expect(m.villages.map((v) => v.row)).toEqual([2, 3, 4, 5, 6]);
    expect(m.villages[4]).toEqual({
      name: 'Tân Bằng',
      leader: 'Hoàng Thị Hoa',
      emails: ['tanbang@example.vn', 'hoa.tanbang@example.vn'],
      households: 162,
      phone: '',
      row: 6,
    });
  });

  test('indicators: blank Bắt đầu / Hạn take the campaign dates, targets keyed by village name', () => {
    const m = model();
    expect(m.indicators).toHaveLength(11);
    const by = Object.fromEntries(m.indicators.map((i) => [i.code, i]));
    expect(by.HANG_RAO).toMatchObject({
      unit: 'm',
      kind: 'Cộng dồn',
      start: dayFromYmd(2023, 3, 15),
      due: dayFromYmd(2023, 5, 15),
      row: 5,
    });
    expect(by.HANG_RAO.targets).toEqual({
      'Thượng Bằng': 700,
      'Trung Bằng': 650,
      'Thịnh Bằng': 600,
      'Hạ Bằng': 650,
      'Tân Bằng': 600,
    });
    expect(by.RAC_THAI).toMatchObject({ kind: 'Lũy kế', due: dayFromYmd(2023, 12, 31) });
    expect(by.KDC_KM).toMatchObject({ kind: 'Đạt/Chưa', targets: { 'Thịnh Bằng': 1 } });
    expect(Object.values(by.DUONG_MR.targets).reduce((a, b) => a + b, 0)).toBeCloseTo(0.7, 12);
    expect(m.reports).toEqual([]);
  });
});

describe('required tabs', () => {
  test('each missing input tab is a fatal problem naming it; the model is null', () => {
    const r = readModel([seedTabs()[1]]);
    expect(r.model).toBeNull();
    expect(r.problems.map((p) => [p.tab, p.cell, p.fatal])).toEqual([
      ['Cấu hình', '', true],
      ['Chỉ tiêu', '', true],
    ]);
    expect(r.problems[0].message).toMatch(
      /^Cấu hình: sổ chưa có tab này: hãy chạy menu NTM › Thiết lập .* đổi tên tab đang có thành "Cấu hình"\.$/,
    );
  });

  test('an empty workbook names all three', () => {
    expect(readModel([]).problems.map((p) => p.tab)).toEqual(['Cấu hình', 'Thôn', 'Chỉ tiêu']);
  });

  test('tab names match forgivingly', () => {
    const tabs = seedTabs().map((t, k) => ({ ...t, name: ['cau hinh', 'THÔN ', 'Chi tieu'][k] }));
    expect(readModel(tabs).model).not.toBeNull();
  });
});

describe('messy headers', () => {
  const messy = () => [
    tab('Cấu hình', [
      ['GIÁ TRỊ', ' tham so ', 'ghi chu'],
      [' Sơn Bằng', 'ten xa', ''],
      [dateCell(2023, 3, 15), 'NGAY BAT DAU', ''],
      ['31/12/2023', 'ngày  kết thúc', ''],
      ['T5 14h30', 'han bao cao', ''],
      [24, 'nhắc trước', ''],
      ['ntm@example.vn', 'email can bo', ''],
      ['Asia/Ho_Chi_Minh', 'MÚI GIỜ', ''],
    ]),
    tab('Thôn', [
      ['so ho', 'thon', 'EMAIL', 'Trưởng Thôn', 'Thêm cột riêng'],
      [176, 'Thịnh Bằng', 'thinhbang@example.vn', 'Lê Văn Cường', 'x'],
      [168, 'Hạ Bằng', 'habang@example.vn', 'Phạm Văn Dũng', ''],
    ]),
    tab('Chỉ tiêu', [
      ['thinh bang', 'Ma', 'THÔN HẠ BẰNG', 'noi dung', ' ĐVT', 'loai', 'bat dau', 'HAN', 'Tổng'],
      [600, 'HANG_RAO', 650, 'Trồng hàng rào xanh', 'm', '', '', '15/05/2023', 1250],
      [1, 'KDC_KM', '', 'Thịnh Bằng đạt chuẩn', 'đạt/chưa', 'dat/chua', '', '', 1],
    ]),
  ];

  test('columns in any order, any case, without diacritics, extra columns ignored', () => {
    const r = readModel(messy());
    expect(r.problems.filter((p) => p.fatal)).toEqual([]);
    const m = r.model!;
    expect(m.settings.communeName).toBe('Sơn Bằng');
    expect(m.settings.deadline).toEqual({ weekday: 4, minuteOfDay: 870 });
    expect(m.settings.peakPhases).toEqual([]);
    expect(m.settings.supportCode).toBe('NUOC_THAI_HT');
    expect(m.villages.map((v) => [v.name, v.households, v.leader])).toEqual([
      ['Thịnh Bằng', 176, 'Lê Văn Cường'],
      ['Hạ Bằng', 168, 'Phạm Văn Dũng'],
    ]);
    const [rao, kdc] = m.indicators;
    expect(rao).toMatchObject({
      code: 'HANG_RAO',
      kind: 'Cộng dồn',
      due: dayFromYmd(2023, 5, 15),
      targets: { 'Thịnh Bằng': 600, 'Hạ Bằng': 650 },
    });
    expect(kdc).toMatchObject({
      code: 'KDC_KM',
      kind: 'Đạt/Chưa',
      due: dayFromYmd(2023, 12, 31),
      targets: { 'Thịnh Bằng': 1 },
    });
  });

  test('nothing else is reported: optional rows may be missing', () => {
    expect(readModel(messy()).problems).toEqual([]);
  });

  test('the default support code absent from Chỉ tiêu is not reported: that workbook just tracks no support', () => {
    const tabs = messy();
    tabs[0] = tab('Cấu hình', [...tabs[0].values, ['NUOC_THAI_HT', 'Mã hỗ trợ NQ44', '']]);
    expect(readModel(tabs).problems).toEqual([]);
  });

  test('a support code someone chose, absent from Chỉ tiêu, is reported on its cell, not fatal', () => {
    const tabs = messy();
    tabs[0] = tab('Cấu hình', [...tabs[0].values, ['HT_44', 'Mã hỗ trợ NQ44', '']]);
    const r = readModel(tabs);
    expect(r.model).not.toBeNull();
    expect(r.problems).toEqual([
      {
        tab: 'Cấu hình',
        cell: 'A9',
        fatal: false,
        message:
          'Cấu hình!A9: Mã hỗ trợ NQ44 "HT_44" không có trong tab Chỉ tiêu: chưa tính được số tiền hỗ trợ; hãy ghi đúng mã chỉ tiêu đếm hộ được hỗ trợ.',
      },
    ]);
  });
});

describe('lookups for adapters', () => {
  test('findHeader ignores case, surrounding spaces and diacritics; -1 when absent', () => {
    const headers = ['Mã', ' Nội dung ', 'ĐVT', 'Thịnh Bằng'];
    expect(findHeader(headers, 'ma')).toBe(0);
    expect(findHeader(headers, 'NOI DUNG')).toBe(1);
    expect(findHeader(headers, 'dvt')).toBe(2);
    expect(findHeader(headers, 'thinh  bang')).toBe(3);
    expect(findHeader(headers, 'Hạn')).toBe(-1);
    expect(findHeader(headers, '')).toBe(-1);
  });

  test('matchVillage: forgiving, with or without "thôn"', () => {
    const m = model();
    for (const text of ['Thịnh Bằng', 'thinh bang', ' THỊNH  BẰNG ', 'Thôn Thịnh Bằng', 'thon thinh bang'])
      expect(matchVillage(m, text)?.name).toBe('Thịnh Bằng');
    for (const text of ['Thịnh', '', 'Bằng', 'Sơn Bằng']) expect(matchVillage(m, text)).toBeNull();
  });
});
