import type { CellValue } from '../../../src/core/types';
import { acceptanceKey } from '../../../src/core/validation';
import { indicator } from './fixtures';
import { amounts, brief, run } from './run';

const BIG = {
  indicators: [
    indicator('HANG_RAO', 'm', 'Cộng dồn', { 'Thịnh Bằng': 100000 }),
    indicator('DUONG', 'mét', 'Lũy kế', { 'Thịnh Bằng': 100000 }),
    indicator('CUNG_HOA', 'km', 'Cộng dồn', { 'Thịnh Bằng': 1000 }),
    indicator('VUON_CT', 'vườn', 'Cộng dồn', { 'Thịnh Bằng': 100000 }),
  ],
};

function one(code: string, value: CellValue, accepted: string[] = []) {
  return run([{ row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { [code]: value } }], {
    model: BIG,
    accepted,
  });
}

describe('one comma and three digits in metres (⚠, read as a decimal by the comma rule)', () => {
  it.each<[string, string, number]>([
    ['HANG_RAO', '1,500', 1.5],
    ['HANG_RAO', '3,200 m', 3.2],
    ['HANG_RAO', ' 12,500mét ', 12.5],
    ['DUONG', '1,500', 1.5],
  ])('%s %p is warned and counted as %p', (code, typed, value) => {
    const r = one(code, typed);
    expect(brief(r.problems)).toEqual([`Báo cáo!2 [${code}] ${code.toLowerCase()} Cảnh báo`]);
    expect(r.problems[0].value).toBe(typed);
    expect(amounts(r)['Báo cáo!2']).toEqual({ [code]: value });
  });

  it('the message says how it was read, asks whether 1.500 was meant and says what to type', () => {
    const [p] = one('HANG_RAO', '1,500').problems;
    expect(p.message).toContain('được đọc là 1,5 m');
    expect(p.message).toContain('Có phải ý là 1.500 m?');
    expect(p.message).toContain('hãy sửa thành 1.500 hoặc 1500');
  });

  it.each<[string, CellValue]>([
    ['HANG_RAO', '1,5'],
    ['HANG_RAO', '1,50'],
    ['HANG_RAO', '1,5000'],
    ['HANG_RAO', '0,500'],
    ['HANG_RAO', '1234,500'],
    ['HANG_RAO', '1.500'],
    ['HANG_RAO', '1,500 km'],
    ['HANG_RAO', 1.5],
    ['CUNG_HOA', '1,500'],
  ])('%s %p is not warned', (code, typed) => {
    expect(one(code, typed).problems).toEqual([]);
  });

  it('a cell already in error gets no second word', () => {
    expect(brief(one('HANG_RAO', '-1,500').problems)).toEqual(['Báo cáo!2 [HANG_RAO] hang_rao Lỗi']);
  });

  it('accepting marks it accepted; the value counts either way', () => {
    const key = acceptanceKey('Báo cáo', '16/03/2023 08:00:00', 'Thịnh Bằng', '[HANG_RAO] hang_rao', '1,500');
    const r = one('HANG_RAO', '1,500', [key]);
    expect(r.problems.map((p) => [p.level, p.accepted])).toEqual([['Cảnh báo', true]]);
    expect(amounts(r)['Báo cáo!2']).toEqual({ HANG_RAO: 1.5 });
  });
});
