// Report tabs found by header: vi and en Google Forms, a tab named after a village, and tabs that are not reports.
import { readModel } from '../../../src/core/model';
import type { Model, TabData } from '../../../src/core/types';
import { dateTimeCell, seedTabs, tab } from './helpers';

function read(...extra: TabData[]) {
  return readModel([...seedTabs(), ...extra]);
}
function model(...extra: TabData[]): Model {
  const r = read(...extra);
  if (!r.model) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.model;
}

const viForm = () =>
  tab('Câu trả lời biểu mẫu 1', [
    [
      'Dấu thời gian',
      'Địa chỉ email',
      'Thôn',
      'Ngày báo cáo',
      '[HANG_RAO] Hàng rào xanh trồng mới (m)',
      'Cải tạo vườn',
      'Ảnh',
      'Ghi chú',
      'Kế hoạch tuần tới',
      'Câu hỏi khác',
    ],
    [
      dateTimeCell(2023, 3, 16, 8, 0),
      'thinhbang@example.vn',
      'thinh bang',
      '16/3',
      '3.200',
      '',
      'https://ex.vn/a.jpg',
      'tốt',
      'trồng tiếp',
      'bỏ qua',
    ],
    ['', '', '', '', '', '', '', '', '', ''],
    ['17/03/2023 09:15:00', 'x@y.vn', 'Hạ Bằng', '', '', 'ba vườn', '', '', '', ''],
  ]);

test('a vi form tab: fixed columns by title, indicator columns by [MÃ] or Nội dung, blank rows skipped', () => {
  const m = model(viForm());
  expect(m.reports).toHaveLength(1);
  const t = m.reports[0];
  expect(t.name).toBe('Câu trả lời biểu mẫu 1');
  expect(t.columnTitles).toEqual({
    timestamp: 'Dấu thời gian',
    village: 'Thôn',
    reportDate: 'Ngày báo cáo',
    email: 'Địa chỉ email',
    photo: 'Ảnh',
  });
  expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
  const [a, b] = t.rows;
  expect(a).toMatchObject({
    tab: 'Câu trả lời biểu mẫu 1',
    timestampCol: 1,
    village: 'thinh bang',
    villageCol: 3,
    reportDate: '16/3',
    reportDateDisplay: '16/3',
    reportDateCol: 4,
    email: 'thinhbang@example.vn',
    emailCol: 2,
    photo: 'https://ex.vn/a.jpg',
    photoCol: 7,
    note: 'tốt',
    nextWeekPlan: 'trồng tiếp',
  });
  expect(a.timestamp).toEqual(dateTimeCell(2023, 3, 16, 8, 0));
  expect(a.cells).toEqual([
    {
      code: 'HANG_RAO',
      column: '[HANG_RAO] Hàng rào xanh trồng mới (m)',
      col: 5,
      value: '3.200',
      display: '3.200',
    },
  ]);
  expect(b).toMatchObject({
    timestamp: '17/03/2023 09:15:00',
    village: 'Hạ Bằng',
    photo: '',
    reportDateCol: 4,
  });
  expect(b.cells).toEqual([
    { code: 'VUON_CT', column: 'Cải tạo vườn', col: 6, value: 'ba vườn', display: 'ba vườn' },
  ]);
});

test('an en form tab (Timestamp, Email Address) reads the same way', () => {
  const en = tab('Form Responses 1', [
    ['Timestamp', 'Email Address', 'Thôn', '[VUON_CT] Gardens improved', '[kdc_km] Model area'],
    [dateTimeCell(2023, 3, 20, 7, 30), 'trungbang@example.vn', 'Trung Bằng', 2, 'Đạt'],
  ]);
  const t = model(en).reports[0];
  expect(t.columnTitles).toEqual({ timestamp: 'Timestamp', village: 'Thôn', email: 'Email Address' });
  expect(t.rows[0]).toMatchObject({
    email: 'trungbang@example.vn',
    emailCol: 2,
    photo: null,
    photoCol: null,
    reportDate: '',
    reportDateCol: null,
  });
  expect(t.rows[0].cells.map((c) => [c.code, c.value])).toEqual([
    ['VUON_CT', 2],
    ['KDC_KM', 'Đạt'],
  ]);
});

test('a tab named after a village, without a Thôn column, takes the tab name as the village', () => {
  const r = read(
    tab('Thịnh Bằng', [
      ['Dấu thời gian', '[NHA_VS] Nhà vệ sinh tự hoại'],
      [dateTimeCell(2023, 3, 21, 10, 0), 2],
    ]),
  );
  expect(r.problems).toEqual([]);
  const row = r.model!.reports[0].rows[0];
  expect(row).toMatchObject({
    village: 'Thịnh Bằng',
    villageCol: null,
    email: null,
    emailCol: null,
    photo: null,
  });
});

test('a tab without Thôn column and not named after a village is reported (rows still read, validation rejects them)', () => {
  const r = read(
    tab('Báo cáo', [
      ['Timestamp', '[NHA_VS] x'],
      ['16/03/2023 08:00', 1],
    ]),
  );
  expect(r.model!.reports[0].rows[0].village).toBe('Báo cáo');
  expect(r.problems.map((p) => [p.tab, p.cell, p.fatal])).toEqual([['Báo cáo', '', false]]);
  expect(r.problems[0].message).toContain('không có cột Thôn và tên tab không trùng tên thôn nào');
});

test('not report tabs: no timestamp, no indicator column (reported), or a tab of the contract', () => {
  const r = read(
    tab('Ghi chép', [
      ['Thôn', '[HANG_RAO] m'],
      ['Hạ Bằng', 5],
    ]),
    tab('Biểu mẫu cũ', [
      ['Dấu thời gian', 'Thôn', 'Số mét hàng rào'],
      ['16/03/2023', 'Hạ Bằng', 5],
    ]),
    tab('Tổng hợp', [
      ['Dấu thời gian', 'Thôn', '[HANG_RAO] m'],
      ['16/03/2023', 'Hạ Bằng', 5],
    ]),
    tab('Kiểm tra', [['Timestamp', 'Thôn', 'Cải tạo vườn']]),
  );
  expect(r.model!.reports).toEqual([]);
  expect(r.problems.map((p) => [p.tab, p.fatal])).toEqual([['Biểu mẫu cũ', false]]);
  expect(r.problems[0].message).toContain('không có cột chỉ tiêu nào');
});

test('a [CODE] that names no indicator, and two columns of one indicator, are reported', () => {
  const r = read(
    tab('Form', [
      ['Dấu thời gian', 'Thôn', '[HANG_RAOO] Hàng rào', '[HANG_RAO] Hàng rào', 'Trồng hàng rào xanh'],
      ['16/03/2023 08:00', 'Hạ Bằng', 1, 2, 3],
    ]),
  );
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([
    ['C1', false],
    ['E1', false],
  ]);
  expect(r.problems[0].message).toContain('[HANG_RAOO] không có trong tab Chỉ tiêu');
  expect(r.model!.reports[0].rows[0].cells.map((c) => [c.code, c.col, c.value])).toEqual([
    ['HANG_RAO', 4, 2],
    ['HANG_RAO', 5, 3],
  ]);
});

test('ragged rows (shorter than the header) read as blanks', () => {
  const t = tab('Hạ Bằng', [['Dấu thời gian', 'Ghi chú', '[HANG_RAO] m', '[NHA_VS] cái']]);
  t.values.push(['16/03/2023 08:00', '', 40]);
  t.displays.push(['16/03/2023 08:00', '', '40']);
  const row = model(t).reports[0].rows[0];
  expect(row.cells.map((c) => c.code)).toEqual(['HANG_RAO']);
  expect(row.note).toBe('');
});

test('the Link sửa column the add-on adds to a form tab is neither an indicator nor a problem', () => {
  const r = read(
    tab('Câu trả lời biểu mẫu 1', [
      ['Dấu thời gian', 'Thôn', '[HANG_RAO] Trồng hàng rào xanh (m)', 'Link sửa'],
      [
        dateTimeCell(2023, 3, 16, 8, 0),
        'Thịnh Bằng',
        '3.200',
        'https://docs.google.com/forms/d/e/x/viewform?edit2=abc',
      ],
    ]),
  );
  const t = r.model!.reports[0];
  expect(t.rows[0].cells.map((c) => c.column)).toEqual(['[HANG_RAO] Trồng hàng rào xanh (m)']);
  expect(r.problems.filter((p) => p.tab === 'Câu trả lời biểu mẫu 1')).toEqual([]);
});

test('a `Link sửa` column is the response edit link, never an indicator column, even when an indicator has that name', () => {
  const tabs = seedTabs();
  const withEdit = tab('Câu trả lời biểu mẫu 1', [
    ['Dấu thời gian', 'Thôn', '[HANG_RAO] Hàng rào xanh trồng mới (m)', 'Link sửa'],
    [
      dateTimeCell(2023, 3, 16, 8, 0),
      'Thịnh Bằng',
      '3.200',
      'https://docs.google.com/forms/d/e/X/viewform?edit2=abc',
    ],
    [dateTimeCell(2023, 3, 16, 9, 0), 'Hạ Bằng', '10', ''],
  ]);
  // An indicator whose Nội dung is `Link sửa` would otherwise claim the column.
  const targets = tabs.find((t) => t.name === 'Chỉ tiêu')!;
  targets.values[1][1] = 'Link sửa';
  targets.displays[1][1] = 'Link sửa';
  const r = readModel([...tabs, withEdit]);
  if (!r.model) throw new Error(r.problems.map((p) => p.message).join('\n'));
  const [a, b] = r.model.reports[0].rows;
  expect(a.editLink).toBe('https://docs.google.com/forms/d/e/X/viewform?edit2=abc');
  expect(b.editLink).toBe('');
  expect(a.cells.map((c) => c.column)).toEqual(['[HANG_RAO] Hàng rào xanh trồng mới (m)']);
});

test('a tab without `Link sửa` gives its rows no edit link', () => {
  expect(model(viForm()).reports[0].rows[0].editLink).toBeUndefined();
});
