// Set-up run again: on its own result nothing changes; on a workbook people edited, everything they wrote is kept.
import { EXAMPLE_NOTE, TAB } from '../../../src/core/contract';
import { runSetup } from '../../../src/sheets/setup/run-setup';
import { contents, install, modelOf, sheetOf, tabOf, uninstall, type Sheet } from './helpers';

afterEach(uninstall);

function rowOf(sheet: Sheet, first: string): number {
  const i = tabOf(sheet).values.findIndex((r) => r[0] === first);
  if (i < 0) throw new Error(`no row ${first} in ${sheet.getName()}`);
  return i + 1;
}

function colOf(sheet: Sheet, title: string): number {
  return tabOf(sheet).values[0].indexOf(title) + 1;
}

const exampleRows = (sheet: Sheet) => tabOf(sheet).values.filter((r) => r.includes(EXAMPLE_NOTE)).length;

/** The edits of an officer's first week, on every tab. */
function editEveryTab(rt: ReturnType<typeof install>): void {
  const settings = sheetOf(rt, TAB.settings);
  settings.getRange(rowOf(settings, 'Tên xã'), 2).setValue('Xã Mới');
  settings.getRange(rowOf(settings, 'Hạn báo cáo'), 2).setValue("'Thứ 6 16:00");
  settings.getRange(rowOf(settings, 'Ngày kết thúc'), 2).setValue('30/11/2023');
  const villages = sheetOf(rt, TAB.villages);
  villages.getRange(rowOf(villages, 'Thịnh Bằng'), colOf(villages, 'Trưởng thôn')).setValue('Đỗ Văn Mạnh');
  villages.deleteRow(rowOf(villages, 'Hạ Bằng'));
  villages
    .getRange(villages.getLastRow() + 1, 1, 1, 4)
    .setValues([['Xuân Bằng', 'Vũ Thị Lan', 'xuanbang@example.vn', 150]]);
  villages.getRange(1, 8).setValue('Zalo');
  villages.getRange(2, 8).setValue('0912 345 678');
  const targets = sheetOf(rt, TAB.targets);
  targets.deleteColumns(colOf(targets, 'Hạ Bằng'), 1);
  targets.deleteRow(rowOf(targets, 'VUON_CT'));
  targets
    .getRange(targets.getLastRow() + 1, 1, 1, 4)
    .setValues([['CAY_XANH', 'Trồng cây xanh', 'cây', 'Cộng dồn']]);
  const width = targets.getLastColumn();
  targets.getRange(1, width + 1).setValue('Tổng');
  targets.getRange(2, width + 1).setValue(0.7);
  sheetOf(rt, TAB.check)
    .getRange(2, 1, 1, 8)
    .setValues([['Câu trả lời', 5, 'Trung Bằng', 'HANG_RAO', 'Cảnh báo', 'lớn', '900', 'Đồng ý']]);
  sheetOf(rt, TAB.rollup).getRange(1, 1).setValue('BÁO CÁO TUẦN');
  sheetOf(rt, TAB.history).getRange(2, 1).setValue('Tuần đến 23/03/2023');
  sheetOf(rt, TAB.reminders)
    .getRange(2, 1, 1, 6)
    .setValues([['x', 'y', 'Trung Bằng', 'a@b.vn', 'Nhắc hạn', 'Đã gửi']]);
  sheetOf(rt, TAB.log)
    .getRange(2, 1, 1, 4)
    .setValues([['t', 'u', 'Thiết lập', 'ok']]);
  const form = rt.spreadsheet.insertSheet('Câu trả lời biểu mẫu 1');
  form.getRange(1, 1, 2, 3).setValues([
    ['Dấu thời gian', 'Thôn', '[HANG_RAO] Hàng rào xanh (m)'],
    [new Date(Date.UTC(2023, 2, 16, 2)), 'Trung Bằng', "'3.200"],
  ]);
}

/** Every cell `before` had is still there, unchanged, at the same place. */
function expectKept(before: Record<string, unknown[][]>, after: Record<string, unknown[][]>): void {
  for (const [tab, rows] of Object.entries(before)) {
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null)
          expect([tab, r + 1, c + 1, after[tab]?.[r]?.[c]]).toEqual([tab, r + 1, c + 1, cell]);
      }),
    );
  }
}

describe('set-up run again', () => {
  it('on its own result changes nothing at all, and says so', () => {
    const rt = install();
    runSetup();
    const before = rt.dump();
    const again = runSetup();
    expect(rt.dump()).toEqual(before);
    expect(again.created).toEqual([]);
    expect(again.summary).toContain('Sổ đã đủ tab, cột và tham số: không thêm gì, không đổi dữ liệu nào.');
  });

  it('after people edited every tab: what they wrote is kept, tabs keep their order, no example row comes back twice', () => {
    const rt = install();
    runSetup();
    editEveryTab(rt);
    const order = rt.spreadsheet.getSheets().map((s) => s.getName());
    const before = contents(rt.dump());
    const examples = [exampleRows(sheetOf(rt, TAB.villages)), exampleRows(sheetOf(rt, TAB.targets))];
    expect(examples).toEqual([4, 10]);

    rt.spreadsheet.setActiveSheet(sheetOf(rt, TAB.villages));
    const again = runSetup();
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe(TAB.villages);
    const after = contents(rt.dump());
    expectKept(before, after);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(order);
    expect([exampleRows(sheetOf(rt, TAB.villages)), exampleRows(sheetOf(rt, TAB.targets))]).toEqual(examples);
    // The one thing added: a target column for the new village, at the end of the header row.
    const targets = tabOf(sheetOf(rt, TAB.targets));
    expect(targets.values[0][targets.values[0].length - 1]).toBe('Xuân Bằng');
    expect(again.summary).toContain('Đã thêm cột còn thiếu vào cuối hàng tiêu đề: Chỉ tiêu (Xuân Bằng).');
    const changed = Object.entries(after).flatMap(([tab, rows]) =>
      rows.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          cell !== null && before[tab]?.[r]?.[c] == null ? [`${tab}!${r + 1},${c + 1}`] : [],
        ),
      ),
    );
    expect(changed).toEqual([`${TAB.targets}!1,${targets.values[0].length}`]);
    const { model, problems } = modelOf(rt);
    expect(problems.filter((p) => p.fatal)).toEqual([]);
    expect(model!.settings.communeName).toBe('Xã Mới');
    expect(model!.villages.find((v) => v.name === 'Thịnh Bằng')!.leader).toBe('Đỗ Văn Mạnh');
  });
});
