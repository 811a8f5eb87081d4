// "Xóa dữ liệu mẫu": only unchanged example rows go, after a yes; changed ones stay with their reason; Cấu hình never.
import { EXAMPLE_NOTE, TAB, seedPlan } from '../../../src/core/contract';
import { removeExamples } from '../../../src/sheets/setup/remove-examples';
import { runSetup } from '../../../src/sheets/setup/run-setup';
import { install, modelOf, sheetOf, tabOf, uninstall, type Sheet } from './helpers';

afterEach(uninstall);

const column = (sheet: Sheet, r: number) => tabOf(sheet).values.map((row) => row[r]);
const rowOf = (sheet: Sheet, first: string) => tabOf(sheet).values.findIndex((r) => r[0] === first) + 1;
const colOf = (sheet: Sheet, title: string) => tabOf(sheet).values[0].indexOf(title) + 1;

function setUp() {
  const rt = install();
  runSetup();
  return {
    rt,
    villages: sheetOf(rt, TAB.villages),
    targets: sheetOf(rt, TAB.targets),
    settings: sheetOf(rt, TAB.settings),
  };
}

describe('removing the example', () => {
  it('after a yes, removes every unchanged example row and the example village columns; Cấu hình stays', () => {
    const { rt, villages, targets, settings } = setUp();
    const settingsBefore = tabOf(settings);
    const summary = removeExamples();
    expect(rt.ui.alerts[0].title).toBe('Xóa dữ liệu mẫu');
    expect(rt.ui.alerts[0].message).toContain(
      'Xóa 5 dòng mẫu ở tab Thôn (Thượng Bằng, Trung Bằng, Thịnh Bằng, Hạ Bằng, Tân Bằng); 11 dòng mẫu ở tab Chỉ tiêu',
    );
    expect(tabOf(villages).values).toEqual([
      ['Thôn', 'Trưởng thôn', 'Email', 'Số hộ', 'Điện thoại', 'Ghi chú'],
    ]);
    expect(tabOf(targets).values).toEqual([['Mã', 'Nội dung', 'ĐVT', 'Loại', 'Bắt đầu', 'Hạn', 'Ghi chú']]);
    expect(tabOf(settings)).toEqual(settingsBefore);
    expect(summary).toContain(
      'các cột thôn mẫu đã trống ở tab Chỉ tiêu (Thượng Bằng, Trung Bằng, Thịnh Bằng, Hạ Bằng, Tân Bằng)',
    );
    expect(summary).toContain('Tab Cấu hình giữ nguyên');
    expect(rt.calls['Sheet.deleteRows']).toBe(2);
    expect(rt.calls['Sheet.deleteColumns']).toBe(1);
  });

  it('after a no, or where no dialog can be shown, removes nothing', () => {
    const { rt } = setUp();
    const before = rt.dump();
    rt.ui.respond('NO');
    expect(removeExamples()).toBe('Không xóa gì (chưa được đồng ý).');
    rt.ui.available = false;
    expect(removeExamples()).toBe('Không xóa gì (chưa được đồng ý).');
    expect(rt.dump()).toEqual(before);
  });

  it('keeps changed example rows, says why, and keeps a village that still has targets in a kept row', () => {
    const { rt, villages, targets } = setUp();
    villages.getRange(rowOf(villages, 'Thịnh Bằng'), colOf(villages, 'Trưởng thôn')).setValue('Đỗ Văn Mạnh');
    targets.getRange(rowOf(targets, 'HANG_RAO'), colOf(targets, 'Trung Bằng')).setValue(800);
    targets.getRange(rowOf(targets, 'KDC_KM'), colOf(targets, 'Ghi chú')).setValue('đã rà soát');
    const summary = removeExamples();
    expect(column(targets, 0)).toEqual(['Mã', 'HANG_RAO', 'KDC_KM']);
    expect(column(villages, 0)).toEqual([
      'Thôn',
      'Thượng Bằng',
      'Trung Bằng',
      'Thịnh Bằng',
      'Hạ Bằng',
      'Tân Bằng',
    ]);
    expect(tabOf(targets).values[0]).toEqual([
      'Mã',
      'Nội dung',
      'ĐVT',
      'Loại',
      'Bắt đầu',
      'Hạn',
      ...seedPlan().villages.map((v) => v.name),
      'Ghi chú',
    ]);
    expect(summary).toContain('• Giữ lại Chỉ tiêu dòng 5 (HANG_RAO): đã sửa Trung Bằng.');
    expect(summary).toContain('• Giữ lại Thôn dòng 4 (Thịnh Bằng): đã sửa Trưởng thôn.');
    expect(summary).toContain(
      '• Giữ lại Thôn dòng 2 (Thượng Bằng): tab Chỉ tiêu còn chỉ tiêu của thôn này (dòng 5).',
    );
    expect(summary).not.toContain('KDC_KM'); // its note was changed: it is the officer's row now
    expect(modelOf(rt).model).not.toBeNull();
  });

  it('removes only what is unchanged when some villages go and others stay, and never the officer’s own rows', () => {
    const { rt, villages, targets } = setUp();
    villages
      .getRange(villages.getLastRow() + 1, 1, 1, 4)
      .setValues([['Xuân Bằng', 'Vũ Lan', 'xb@example.vn', 90]]);
    villages.getRange(rowOf(villages, 'Hạ Bằng'), colOf(villages, 'Số hộ')).setValue(170);
    const kdc = rowOf(targets, 'KDC_KM');
    targets.getRange(kdc, colOf(targets, 'Ghi chú')).setValue(''); // the officer keeps this criterion: Thịnh Bằng only
    const summary = removeExamples();
    expect(column(villages, 0)).toEqual(['Thôn', 'Thịnh Bằng', 'Hạ Bằng', 'Xuân Bằng']);
    expect(column(targets, 0)).toEqual(['Mã', 'KDC_KM']);
    expect(tabOf(targets).values[0]).toEqual([
      'Mã',
      'Nội dung',
      'ĐVT',
      'Loại',
      'Bắt đầu',
      'Hạn',
      'Thịnh Bằng',
      'Hạ Bằng',
      'Ghi chú',
    ]);
    expect(tabOf(targets).values[1].slice(6, 8)).toEqual([1, '']);
    expect(summary).toContain(
      `• Giữ lại Thôn dòng 4 (Thịnh Bằng): tab Chỉ tiêu còn chỉ tiêu của thôn này (dòng ${kdc}).`,
    );
    expect(summary).toContain('• Giữ lại Thôn dòng 5 (Hạ Bằng): đã sửa Số hộ.');
    expect(tabOf(villages).values.flat()).toContain(EXAMPLE_NOTE);
    expect(modelOf(rt).problems.filter((p) => p.fatal)).toEqual([]);
  });

  it('with nothing left to remove, asks nothing', () => {
    const { rt } = setUp();
    removeExamples();
    const alerts = rt.ui.alerts.length;
    expect(removeExamples()).toBe(
      `Không có dòng mẫu nào chưa sửa để xóa (dòng mẫu là dòng có Ghi chú "${EXAMPLE_NOTE}").`,
    );
    expect(rt.ui.alerts.length).toBe(alerts);
  });

  it('set-up run after the removal does not bring the example back', () => {
    const { villages, targets } = setUp();
    removeExamples();
    const before = [tabOf(villages), tabOf(targets)];
    runSetup();
    expect([tabOf(villages), tabOf(targets)]).toEqual(before);
  });
});
