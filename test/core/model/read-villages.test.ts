// `Thôn`: duplicates and reserved names stop the model; missing details are reported on their cells.
import { readModel } from '../../../src/core/model';
import { seedTabs, setCell, tab } from './helpers';

const HEADER = ['Thôn', 'Trưởng thôn', 'Email', 'Số hộ', 'Điện thoại'];

function withVillages(rows: (string | number)[][], header = HEADER) {
  const tabs = seedTabs();
  tabs[1] = tab('Thôn', [header, ...rows]);
  return readModel(tabs);
}

const FIVE = [
  ['Thượng Bằng', 'An', 'thuongbang@example.vn', 182, ''],
  ['Trung Bằng', 'Bình', 'trungbang@example.vn', 195, ''],
  ['Thịnh Bằng', 'Cường', 'thinhbang@example.vn', 176, '0912 000 000'],
  ['Hạ Bằng', 'Dũng', 'habang@example.vn', 168, ''],
  ['Tân Bằng', 'Hoa', 'tanbang@example.vn', 162, ''],
];

test('a village written twice (even as "Thôn X" or without diacritics) stops the model', () => {
  for (const twin of ['thịnh bằng', 'Thôn Thịnh Bằng', 'THINH BANG']) {
    const r = withVillages([...FIVE, [twin, 'X', 'x@example.vn', 10, '']]);
    expect(r.model).toBeNull();
    const fatal = r.problems.filter((p) => p.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ tab: 'Thôn', cell: 'A7' });
    expect(fatal[0].message).toContain('trùng với thôn ở dòng 4');
  }
});

test('a village cannot be called "Toàn xã" or like a column of Chỉ tiêu', () => {
  for (const name of ['Toàn xã', 'Ghi chú', 'Mã']) {
    const r = withVillages([...FIVE, [name, 'X', 'x@example.vn', 10, '']]);
    expect(r.model).toBeNull();
    expect(r.problems.find((p) => p.fatal)?.message).toMatch(/^Thôn!A7: ".+" không dùng được làm tên thôn/);
  }
});

test('bad or missing details are reported on their cells, the model is kept', () => {
  const rows = FIVE.map((r) => [...r]);
  rows[0][2] = 'thuongbang@example.vn; không có';
  rows[1][2] = '';
  rows[2][3] = 'khoảng 170';
  rows[3][3] = '';
  rows[4][1] = '';
  const r = withVillages(rows);
  expect(r.model).not.toBeNull();
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([
    ['C2', false],
    ['C2', false],
    ['C3', false],
    ['D4', false],
    ['D5', false],
    ['B6', false],
  ]);
  expect(r.problems[2].message).toContain('thôn Trung Bằng chưa có email đúng');
  expect(r.problems[3].message).toContain('Số hộ "khoảng 170" không phải số nguyên');
  const v = r.model!.villages;
  expect(v[0].emails).toEqual(['thuongbang@example.vn']);
  expect(v[1].emails).toEqual([]);
  expect(v[2]).toMatchObject({ households: null, phone: '0912 000 000' });
  expect(v[3].households).toBeNull();
  expect(v[4].leader).toBe('');
});

test('blank rows are skipped; a row with details but no name is reported and skipped', () => {
  const r = withVillages([
    FIVE[0],
    ['', '', '', '', ''],
    ['', 'Ai đó', 'a@example.vn', 5, ''],
    ...FIVE.slice(1),
  ]);
  expect(r.model!.villages.map((v) => v.row)).toEqual([2, 5, 6, 7, 8]);
  expect(r.problems.map((p) => p.cell)).toEqual(['A4']);
});

test('no village at all, or no Thôn column, stops the model', () => {
  expect(
    withVillages([])
      .problems.filter((p) => p.fatal)
      .map((p) => p.message),
  ).toEqual([expect.stringMatching(/^Thôn: chưa có thôn nào/)]);
  const r = withVillages(FIVE, ['Tên', 'Trưởng thôn', 'Email', 'Số hộ', 'Điện thoại']);
  expect(r.model).toBeNull();
  expect(r.problems[0]).toMatchObject({ tab: 'Thôn', cell: 'A1', fatal: true });
});

test('a missing Email or Số hộ column is reported; villages still read', () => {
  const tabs = seedTabs();
  setCell(tabs, 'Thôn', 0, 2, 'Thư điện tử');
  const r = readModel(tabs);
  expect(r.model!.villages.every((v) => v.emails.length === 0)).toBe(true);
  expect(r.problems.map((p) => [p.cell, p.fatal])).toEqual([['A1', false]]);
  expect(r.problems[0].message).toContain('thiếu cột "Email"');
});

test('`Link báo cáo` is read as the village prefilled link; a tab without it gives none', () => {
  const links = FIVE.map((r, i) => [
    ...r,
    i === 2 ? 'https://docs.google.com/forms/d/e/X/viewform?entry.1=Th%E1%BB%8Bnh' : '',
  ]);
  const r = withVillages(links, [...HEADER, 'Link báo cáo']);
  expect(r.model?.villages.map((v) => v.reportLink)).toEqual([
    '',
    '',
    'https://docs.google.com/forms/d/e/X/viewform?entry.1=Th%E1%BB%8Bnh',
    '',
    '',
  ]);
  expect(withVillages(FIVE).model?.villages[0].reportLink).toBeUndefined();
});

test('a row holding only a report link (a village deleted by hand) is not a village', () => {
  const r = withVillages(
    [...FIVE, ['', '', '', '', '', 'https://forms.example/x']],
    [...HEADER, 'Link báo cáo'],
  );
  expect(r.model?.villages.map((v) => v.name)).toEqual(FIVE.map((v) => v[0]));
  expect(r.problems.filter((p) => p.tab === 'Thôn')).toEqual([]);
});
