import { acceptanceKey } from '../../../src/core/validation';
import { amounts, brief, run } from './run';

const dupOnly = (r: ReturnType<typeof run>) => r.problems.filter((p) => p.message.startsWith('Trùng'));

describe('duplicate rows (⚠, amounts not added again)', () => {
  it('flags the later of two identical rows in two tabs; it still counts as a report', () => {
    const r = run([
      {
        tab: 'Biểu mẫu 1',
        row: 2,
        ts: '16/03/2023 08:00',
        village: 'Thịnh Bằng',
        cells: { HANG_RAO: '100' },
      },
      {
        tab: 'Biểu mẫu 2',
        row: 2,
        ts: '16/03/2023 09:00',
        village: 'Thịnh Bằng',
        cells: { HANG_RAO: '100' },
      },
    ]);
    expect(brief(r.problems)).toEqual(['Biểu mẫu 2!2  Cảnh báo']);
    expect(r.problems[0]).toMatchObject({
      col: 1,
      value: '16/03/2023 09:00:00',
      wholeRow: false,
      acceptable: true,
    });
    expect(r.problems[0].message).toContain('tab "Biểu mẫu 1" dòng 2');
    expect(amounts(r)).toEqual({ 'Biểu mẫu 1!2': { HANG_RAO: 100 }, 'Biểu mẫu 2!2': {} });
  });

  it('the earlier timestamp wins, whatever the sheet order', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 10:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '40' } },
      { row: 3, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '40' } },
    ]);
    expect(dupOnly(r).map((p) => p.row)).toEqual([2]);
  });

  it.each([
    ['the same amount written differently', { HANG_RAO: '3.200 m' }, { HANG_RAO: '3200' }, true],
    ['the same amount in another unit', { CUNG_HOA: '0,1 km' }, { CUNG_HOA: '100 m' }, true],
    [
      'the same cells in another column order',
      { HANG_RAO: '5', VUON_CT: '1' },
      { VUON_CT: '1', HANG_RAO: '5' },
      true,
    ],
    ['a different amount', { HANG_RAO: '40' }, { HANG_RAO: '41' }, false],
    ['one more cell', { HANG_RAO: '40' }, { HANG_RAO: '40', VUON_CT: '1' }, false],
    ['the same unreadable text', { HANG_RAO: 'ba' }, { HANG_RAO: 'Ba ' }, true],
    ['no amounts at all', {}, {}, false],
  ])('%s → duplicate: %p', (_what, first, second, dup) => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', plan: 'a', cells: first },
      { row: 3, ts: '16/03/2023 09:00', village: 'Trung Bằng', plan: 'b', cells: second },
    ]);
    expect(dupOnly(r).map((p) => p.row)).toEqual(dup ? [3] : []);
  });

  it('compares the canonical village and the report day', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      {
        row: 3,
        ts: '17/03/2023 07:00',
        village: 'thinh bang',
        date: '16/03/2023',
        cells: { HANG_RAO: '10' },
      },
      { row: 4, ts: '17/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { row: 5, ts: '17/03/2023 09:00', village: 'Trung Bằng', cells: { HANG_RAO: '10' } },
    ]);
    expect(dupOnly(r).map((p) => p.row)).toEqual([3]);
    expect(dupOnly(r)[0].message).toContain('dòng 2');
  });

  it('a duplicate does not add to the running total', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '100' } },
      { row: 3, ts: '16/03/2023 09:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '100' } },
      { row: 4, ts: '17/03/2023 09:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '50' } },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!3  Cảnh báo']);
  });

  it('same timestamp: the later one in sheet order is the duplicate', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { row: 3, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
    ]);
    expect(dupOnly(r).map((p) => p.row)).toEqual([3]);
  });

  it('a row left out whole is never the original', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', date: 'xx', cells: { HANG_RAO: '10' } },
      { row: 3, ts: '16/03/2023 09:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
    ]);
    expect(dupOnly(r)).toEqual([]);
  });

  it('an officer can accept a duplicate as new work; it then counts', () => {
    const key = acceptanceKey('Báo cáo', '16/03/2023 09:00:00', 'Thịnh Bằng', '', '16/03/2023 09:00:00');
    const r = run(
      [
        { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
        { row: 3, ts: '16/03/2023 09:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      ],
      { accepted: [key] },
    );
    expect(r.problems.map((p) => [p.row, p.accepted])).toEqual([[3, true]]);
    expect(amounts(r)['Báo cáo!3']).toEqual({ HANG_RAO: 10 });
  });

  it('a duplicate still shows its bad cells', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: 'ba' } },
      { row: 3, ts: '16/03/2023 09:00', village: 'Thịnh Bằng', cells: { HANG_RAO: 'ba' } },
    ]);
    expect(brief(r.problems)).toEqual([
      'Báo cáo!2 [HANG_RAO] hang_rao Lỗi',
      'Báo cáo!3  Cảnh báo',
      'Báo cáo!3 [HANG_RAO] hang_rao Lỗi',
    ]);
  });
});

describe('duplicates among many rows of one village and day', () => {
  it('finds the repeat of an early row among hundreds of different ones, naming that row', () => {
    const specs = Array.from({ length: 300 }, (_, i) => ({
      row: i + 2,
      ts: `16/03/2023 ${String(6 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      date: '16/03/2023',
      village: 'Thịnh Bằng',
      cells: { HANG_RAO: String(i + 1), VUON_CT: String(i % 3) },
    }));
    specs.push({ ...specs[7], row: 400, ts: '16/03/2023 12:30' });
    const r = run(specs);
    expect(dupOnly(r).map((p) => p.row)).toEqual([400]);
    expect(dupOnly(r)[0].message).toContain('dòng 9');
    expect(amounts(r)['Báo cáo!400']).toEqual({});
    expect(amounts(r)['Báo cáo!9']).toEqual({ HANG_RAO: 8, VUON_CT: 1 });
  });
});
