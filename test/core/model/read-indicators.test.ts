// `Chỉ tiêu`: targets, kinds and dates are read as typed; everything that would need a guess is reported on its cell.
import { readModel } from '../../../src/core/model';
import type { CellValue, Indicator } from '../../../src/core/types';
import { dayFromYmd } from '../../../src/core/zone';
import { seedTabs, setCell, setTarget, targetCell } from './helpers';

function edit(code: string, title: string, v: CellValue) {
  const tabs = seedTabs();
  const cell = setTarget(tabs, code, title, v);
  return { cell, ...readModel(tabs) };
}

function indicator(r: { model: { indicators: Indicator[] } | null }, code: string): Indicator {
  return r.model!.indicators.find((i) => i.code === code)!;
}

test.each<[string, string, CellValue, string]>([
  ['HANG_RAO', 'Thịnh Bằng', 'sáu trăm', 'chỉ tiêu HANG_RAO của thôn Thịnh Bằng: "sáu trăm"'],
  ['HANG_RAO', 'Thịnh Bằng', -600, 'là số âm (-600)'],
  ['HANG_RAO', 'Thịnh Bằng', '600 vườn', 'đơn vị "vườn"'],
  ['HANG_RAO', 'Thịnh Bằng', true, 'của thôn Thịnh Bằng: '],
  ['KDC_KM', 'Thịnh Bằng', 2, 'chỉ tiêu phải là 1'],
  ['HANG_RAO', 'Loại', 'Tích lũy', 'Loại "Tích lũy" không hợp lệ: hãy chọn Cộng dồn, Lũy kế hoặc Đạt/Chưa'],
  ['HANG_RAO', 'Hạn', '31/02/2023', '"31/02/2023"'],
  ['HANG_RAO', 'Bắt đầu', 'đầu tháng 3', 'không phải ngày'],
  ['HANG_RAO', 'Hạn', '10/03/2023', 'có Hạn 10/03/2023 trước ngày Bắt đầu 15/03/2023'],
  ['HANG_RAO', 'Mã', 'hang_rao ', 'trùng với mã ở dòng 5'],
  ['HANG_RAO', 'Mã', 'HANG RAO', 'có dấu cách'],
])('%s / %s = %p stops the model', (code, title, v, part) => {
  // Duplicate code: write the second one on another row.
  const tabs = seedTabs();
  let cell: string;
  if (title === 'Mã' && v === 'hang_rao ') cell = setTarget(tabs, 'CUNG_HOA', 'Mã', v);
  else cell = setTarget(tabs, code, title, v);
  const r = readModel(tabs);
  expect(r.model).toBeNull();
  const fatal = r.problems.filter((p) => p.fatal);
  expect(fatal).toHaveLength(1);
  expect(fatal[0]).toMatchObject({ tab: 'Chỉ tiêu', cell });
  expect(fatal[0].message).toContain(part);
});

test('targets typed as text, with a unit, or as 0 / blank', () => {
  const tabs = seedTabs();
  setTarget(tabs, 'HANG_RAO', 'Thịnh Bằng', '3.200');
  setTarget(tabs, 'HANG_RAO', 'Hạ Bằng', '0,5 km');
  setTarget(tabs, 'HANG_RAO', 'Tân Bằng', 0);
  setTarget(tabs, 'DUONG_MR', 'Thịnh Bằng', '0,16');
  setTarget(tabs, 'CUNG_HOA', 'Tân Bằng', '');
  const r = readModel(tabs);
  expect(r.problems).toEqual([]);
  expect(indicator(r, 'HANG_RAO').targets).toEqual({
    'Thượng Bằng': 700,
    'Trung Bằng': 650,
    'Thịnh Bằng': 3200,
    'Hạ Bằng': 500,
  });
  expect(indicator(r, 'DUONG_MR').targets['Thịnh Bằng']).toBe(0.16);
  expect(indicator(r, 'CUNG_HOA').targets).not.toHaveProperty('Tân Bằng');
});

test('Loại: blank is Cộng dồn; any case and diacritics accepted', () => {
  const a = edit('HANG_RAO', 'Loại', '');
  expect(indicator(a, 'HANG_RAO').kind).toBe('Cộng dồn');
  const b = edit('HANG_RAO', 'Loại', 'luy ke');
  expect(indicator(b, 'HANG_RAO').kind).toBe('Lũy kế');
  const c = edit('KDC_KM', 'Loại', 'ĐẠT / CHƯA');
  expect(indicator(c, 'KDC_KM').kind).toBe('Đạt/Chưa');
});

test('dates typed without a year take the campaign year; outside the campaign is only reported', () => {
  const a = edit('HANG_RAO', 'Hạn', '20/5');
  expect(a.problems).toEqual([]);
  expect(indicator(a, 'HANG_RAO').due).toBe(dayFromYmd(2023, 5, 20));
  const b = edit('HANG_RAO', 'Hạn', '15/01/2024');
  expect(b.model).not.toBeNull();
  expect(b.problems.map((p) => [p.cell, p.fatal])).toEqual([[b.cell, false]]);
  expect(b.problems[0].message).toContain('sau khi phong trào kết thúc');
});

test('a non-whole target in a counted unit, a blank ĐVT or Nội dung: reported, kept', () => {
  const tabs = seedTabs();
  const c1 = setTarget(tabs, 'VUON_CT', 'Thịnh Bằng', 6.5);
  const c2 = setTarget(tabs, 'NHA_VS', 'ĐVT', '');
  const c3 = setTarget(tabs, 'HO_U_PHAN', 'Nội dung', '');
  const r = readModel(tabs);
  expect(r.model).not.toBeNull();
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([
    [c1, false],
    [c2, false],
    [c3, false],
  ]);
  expect(r.problems[0].message).toContain('không phải số nguyên');
  expect(indicator(r, 'VUON_CT').targets['Thịnh Bằng']).toBe(6.5);
});

test('a village column not in Thôn: fatal when it holds targets, only reported when empty', () => {
  const tabs = seedTabs();
  const [, c] = targetCell(tabs, 'HANG_RAO', 'Tân Bằng');
  setCell(tabs, 'Chỉ tiêu', 0, c, 'Tân Bằngg');
  const r = readModel(tabs);
  expect(r.model).toBeNull();
  const letter = String.fromCharCode(65 + c);
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([
    [`${letter}1`, true],
    ['', false],
  ]);
  expect(r.problems[0].message).toContain('cột "Tân Bằngg" không trùng tên thôn nào trong tab Thôn');
  expect(r.problems[1].message).toContain('thôn Tân Bằng chưa có cột trong tab Chỉ tiêu');

  const empty = seedTabs();
  setCell(empty, 'Chỉ tiêu', 0, 12, 'Thôn Mới');
  const e = readModel(empty);
  expect(e.model).not.toBeNull();
  expect(e.problems.map((p) => [p.cell, p.fatal])).toEqual([['M1', false]]);
});

test('village columns titled forgivingly ("thon thinh bang"); two columns for one village stop', () => {
  const tabs = seedTabs();
  const [, c] = targetCell(tabs, 'HANG_RAO', 'Thịnh Bằng');
  setCell(tabs, 'Chỉ tiêu', 0, c, 'thon thinh bang');
  expect(readModel(tabs).problems).toEqual([]);
  setCell(tabs, 'Chỉ tiêu', 0, 12, 'THỊNH BẰNG');
  setCell(tabs, 'Chỉ tiêu', 1, 12, 0.1);
  const r = readModel(tabs);
  expect(r.model).toBeNull();
  expect(r.problems.find((p) => p.fatal)?.message).toContain('thôn Thịnh Bằng có hai cột chỉ tiêu');
});

test('a row without Mã is reported and left out; a blank row is skipped', () => {
  const tabs = seedTabs();
  setCell(tabs, 'Chỉ tiêu', 13, 1, 'I. Môi trường');
  setCell(tabs, 'Chỉ tiêu', 15, 0, 'MOI');
  setCell(tabs, 'Chỉ tiêu', 15, 1, 'Chỉ tiêu mới');
  setCell(tabs, 'Chỉ tiêu', 15, 2, 'cây');
  setCell(tabs, 'Chỉ tiêu', 15, 8, 5);
  const r = readModel(tabs);
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([['A14', false]]);
  expect(r.model!.indicators.map((i) => [i.code, i.row]).slice(-2)).toEqual([
    ['NUOC_THAI_HT', 12],
    ['MOI', 16],
  ]);
});

test('no indicator at all, or no Mã column, stops the model', () => {
  const tabs = seedTabs();
  tabs[2] = { ...tabs[2], values: [tabs[2].values[0]], displays: [tabs[2].displays[0]] };
  expect(readModel(tabs).problems.map((p) => [p.message.slice(0, 30), p.fatal])).toEqual([
    ['Chỉ tiêu: chưa có chỉ tiêu nào', true],
  ]);
  const noCode = seedTabs();
  setCell(noCode, 'Chỉ tiêu', 0, 0, 'Code');
  const r = readModel(noCode);
  expect(r.model).toBeNull();
  expect(r.problems[0]).toMatchObject({ cell: 'A1', fatal: true });
});
