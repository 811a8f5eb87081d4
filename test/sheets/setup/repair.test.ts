// Set-up on workbooks people started themselves: only what is missing is added, the example goes only into empty tabs.
import { EXAMPLE_NOTE, SETTING_SPECS, TAB } from '../../../src/core/contract';
import { runSetup } from '../../../src/sheets/setup/run-setup';
import { install, modelOf, sheetOf, tabOf, uninstall, workbook } from './helpers';

afterEach(uninstall);

const START = new Date(Date.UTC(2024, 0, 31, 17)); // 01/02/2024 in Hà Nội and in Bangkok

describe('repairing a workbook people started', () => {
  it('uses tabs named forgivingly, appends missing columns and parameters after what is there, seeds nothing', () => {
    const rt = install({
      workbook: workbook({
        'cau hinh': [
          ['Tham số', 'Giá trị'],
          ['Ngày bắt đầu', START],
          ['Ngày kết thúc', '31/12/2024'],
          ['Múi giờ', 'Asia/Bangkok'],
        ],
        'THÔN ': [
          ['Thôn', 'Email', null, 'ghi chép riêng'],
          ['Đông Hòa', 'donghoa@example.vn', null, 'x'],
          ['Tây Hòa', 'tayhoa@example.vn'],
        ],
      }),
    });
    const result = runSetup();
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'cau hinh',
      'THÔN ',
      'Chỉ tiêu',
      'Kiểm tra',
      'Tổng hợp',
      'Lịch sử',
      'Nhắc hạn',
      'Nhật ký',
      'NTM dấu ô', // the record of marks, hidden
    ]);
    expect(result.created).toEqual(['Chỉ tiêu', 'Kiểm tra', 'Tổng hợp', 'Lịch sử', 'Nhắc hạn', 'Nhật ký']);
    expect(rt.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');

    const settings = tabOf(sheetOf(rt, 'cau hinh'));
    expect(settings.values[0]).toEqual(['Tham số', 'Giá trị', 'Ghi chú']);
    expect(settings.displays.slice(1, 4).map((r) => r.slice(0, 2))).toEqual([
      ['Ngày bắt đầu', '01/02/2024'],
      ['Ngày kết thúc', '31/12/2024'],
      ['Múi giờ', 'Asia/Bangkok'],
    ]);
    const added = SETTING_SPECS.filter((s) => !['campaignStart', 'campaignEnd', 'timeZone'].includes(s.key));
    expect(settings.values.slice(4).map((r) => r[0])).toEqual(added.map((s) => s.name));
    expect(settings.displays.find((r) => r[0] === 'Hạn báo cáo')![1]).toBe('Thứ 5 14:30');
    expect(settings.values.find((r) => r[0] === 'Nhắc trước (giờ)')![1]).toBe(24);
    expect(settings.values.find((r) => r[0] === 'Tên xã')![1]).toBe('');
    expect(result.summary).toContain(
      `Đã thêm tham số còn thiếu vào cuối tab cau hinh (giá trị mặc định, sửa nếu cần): ${added.map((s) => s.name).join(', ')}.`,
    );

    const villages = tabOf(sheetOf(rt, 'THÔN '));
    expect(villages.values[0]).toEqual(['Thôn', 'Email', '', 'ghi chép riêng', 'Trưởng thôn', 'Số hộ']);
    expect(villages.values.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Đông Hòa', 'donghoa@example.vn', '', 'x'],
      ['Tây Hòa', 'tayhoa@example.vn', '', ''],
    ]);
    expect(villages.values.flat()).not.toContain(EXAMPLE_NOTE);
    expect(result.summary).toContain(
      'Đã thêm cột còn thiếu vào cuối hàng tiêu đề: cau hinh (Ghi chú), THÔN  (Trưởng thôn, Số hộ).',
    );

    const targets = tabOf(sheetOf(rt, TAB.targets));
    expect(targets.values).toEqual([
      ['Mã', 'Nội dung', 'ĐVT', 'Loại', 'Bắt đầu', 'Hạn', 'Đông Hòa', 'Tây Hòa', 'Ghi chú'],
    ]);
    const { model, problems } = modelOf(rt);
    expect(model).toBeNull();
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('chưa có chỉ tiêu nào'));
    expect(result.summary).toContain('Đọc thử sổ: còn thiếu');
    expect(result.summary).toContain('chưa có chỉ tiêu nào');
  });

  it('gives each new village of Thôn its column in Chỉ tiêu, keeping the spelling, never twice', () => {
    const rt = install();
    runSetup();
    const villages = sheetOf(rt, TAB.villages);
    villages.getRange(villages.getLastRow() + 1, 1, 2, 3).setValues([
      ['Xuân Bằng', 'Vũ Lan', 'xb@example.vn'],
      ['thôn thịnh bằng', '', ''],
    ]);
    runSetup();
    runSetup();
    const header = tabOf(sheetOf(rt, TAB.targets)).values[0];
    expect(header.slice(-2)).toEqual(['Ghi chú', 'Xuân Bằng']);
    expect(header.filter((h) => h === 'Xuân Bằng')).toHaveLength(1);
  });

  it('seeds Thôn and Chỉ tiêu only when both are empty; a header-only tab is not empty', () => {
    const rt = install({ workbook: workbook({ 'Chỉ tiêu': [['Mã', 'Nội dung']] }) });
    const result = runSetup();
    expect(result.outcomes.filter((o) => o.seeded).map((o) => o.tab)).toEqual([TAB.settings]);
    expect(tabOf(sheetOf(rt, TAB.villages)).values).toHaveLength(1);
    expect(tabOf(sheetOf(rt, TAB.targets)).values).toHaveLength(1);
    expect(tabOf(sheetOf(rt, TAB.targets)).values[0].slice(0, 2)).toEqual(['Mã', 'Nội dung']);
  });

  it('an unknown Múi giờ: the default zone, and a message naming the cell and the fix', () => {
    const rt = install({
      workbook: workbook({
        'Cấu hình': [
          ['Tham số', 'Giá trị', 'Ghi chú'],
          ['Múi giờ', 'Hà Nội'],
        ],
      }),
      timeZone: 'Europe/Paris',
    });
    const result = runSetup();
    expect(rt.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(result.summary).toContain(
      'Cấu hình!B2: "Hà Nội" không phải múi giờ nên sổ tạm dùng Asia/Ho_Chi_Minh: hãy ghi tên múi giờ như Asia/Ho_Chi_Minh',
    );
    expect(tabOf(sheetOf(rt, TAB.settings)).values[1]).toEqual(['Múi giờ', 'Hà Nội', '']);
  });

  it('keeps people’s own conditional formats and header notes; its own highlight rules are never doubled', () => {
    const rt = install();
    runSetup();
    const villages = sheetOf(rt, TAB.villages);
    const app = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const mine = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Thịnh Bằng')
      .setBackground('#d9ead3')
      .setRanges([villages.getRange('A2:A50')])
      .build();
    villages.setConditionalFormatRules([...villages.getConditionalFormatRules(), mine]);
    villages.getRange(1, 2).setNote('Ghi chú riêng của cán bộ');
    villages.getRange(1, 4).clearNote();
    runSetup();
    runSetup();
    const rules = villages
      .getConditionalFormatRules()
      .map((r) => r.getBooleanCondition()!.getCriteriaValues()[0] ?? '');
    expect(rules.sort()).toEqual(['=(A2="")*(COUNTA(2:2)>0)', '=(C2="")*(COUNTA(2:2)>0)', 'Thịnh Bằng']);
    expect(villages.getRange(1, 2).getNote()).toBe('Ghi chú riêng của cán bộ');
    expect(villages.getRange(1, 4).getNote()).toContain('Số hộ của thôn');
  });

  it('follows a moved column: the highlight goes with the Email column to its new place', () => {
    const rt = install();
    runSetup();
    const villages = sheetOf(rt, TAB.villages);
    villages.insertColumnsAfter(1, 1);
    villages.getRange(1, 2).setValue('Xã cũ');
    runSetup();
    const ranges = villages.getConditionalFormatRules().map((r) => r.getRanges()[0].getA1Notation());
    expect(ranges).toEqual(['A2:A1000', 'D2:D1000']);
  });
});
