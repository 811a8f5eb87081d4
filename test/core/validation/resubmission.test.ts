import { acceptanceKey } from '../../../src/core/validation';
import { amounts, brief, run } from './run';

const resubmissions = (r: ReturnType<typeof run>) =>
  r.problems.filter((p) => p.message.startsWith('Có thể là báo cáo sửa lại'));

describe('a corrected report sent soon after (⚠ "có thể là báo cáo sửa lại"; both count until handled)', () => {
  it('100 m at 08:00, then 50 m at 08:03: a warning on the later row naming the earlier; both count', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', cells: { HANG_RAO: '100' } },
      { row: 3, ts: '16/03/2023 08:03', village: 'Trung Bằng', cells: { HANG_RAO: '50' } },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!3 Dấu thời gian Cảnh báo']);
    const [p] = r.problems;
    expect(p).toMatchObject({
      col: 1,
      value: '16/03/2023 08:03:00',
      wholeRow: false,
      acceptable: true,
      accepted: false,
    });
    expect(p.message).toMatch(/^Có thể là báo cáo sửa lại: gửi 3 phút sau/);
    expect(p.message).toContain('dòng 2 (gửi lúc 16/03/2023 08:00)');
    expect(p.message).toContain('3 phút sau');
    expect(amounts(r)).toEqual({ 'Báo cáo!2': { HANG_RAO: 100 }, 'Báo cáo!3': { HANG_RAO: 50 } });
  });

  it('names the earlier row’s tab when it is in another tab, and the latest earlier row within 2 hours', () => {
    const r = run([
      { tab: 'Biểu mẫu 1', row: 2, ts: '16/03/2023 07:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { tab: 'Biểu mẫu 1', row: 3, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '20' } },
      { tab: 'Biểu mẫu 2', row: 2, ts: '16/03/2023 08:30', village: 'Thịnh Bằng', cells: { HANG_RAO: '30' } },
    ]);
    expect(resubmissions(r).map((p) => `${p.tab}!${p.row}`)).toEqual(['Biểu mẫu 1!3', 'Biểu mẫu 2!2']);
    expect(resubmissions(r)[1].message).toContain('tab "Biểu mẫu 1" dòng 3 (gửi lúc 16/03/2023 08:00)');
  });

  it.each([
    ['2 hours or more apart', '16/03/2023 10:00', 'Thịnh Bằng', '', false],
    ['1 h 59 apart', '16/03/2023 09:59', 'Thịnh Bằng', '', true],
    ['another village', '16/03/2023 08:30', 'Trung Bằng', '', false],
    ['another report day', '16/03/2023 08:30', 'Thịnh Bằng', '15/03/2023', false],
  ])('%s → warned: %p', (_what, ts, village, date, warned) => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { row: 3, ts, village, date, cells: { HANG_RAO: '20' } },
    ]);
    expect(resubmissions(r).map((p) => p.row)).toEqual(warned ? [3] : []);
  });

  it('the same amounts are a duplicate, not a resubmission; a row without amounts is neither', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { row: 3, ts: '16/03/2023 08:10', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { row: 4, ts: '16/03/2023 08:20', village: 'Thịnh Bằng', plan: 'tuần sau làm tiếp' },
    ]);
    expect(r.problems.map((p) => [p.row, p.message.slice(0, 5)])).toEqual([[3, 'Trùng']]);
  });

  it('an unaccepted duplicate is never the earlier row', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 06:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { row: 3, ts: '16/03/2023 07:30', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
      { row: 4, ts: '16/03/2023 08:30', village: 'Thịnh Bằng', cells: { HANG_RAO: '20' } },
    ]);
    expect(resubmissions(r)).toEqual([]);
  });

  it('accepting the warning makes the later row replace the earlier one: only the later counts', () => {
    const key = acceptanceKey(
      'Báo cáo',
      '16/03/2023 08:03:00',
      'Trung Bằng',
      'Dấu thời gian',
      '16/03/2023 08:03:00',
    );
    const r = run(
      [
        { row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', cells: { HANG_RAO: '100', VUON_CT: '2' } },
        { row: 3, ts: '16/03/2023 08:03', village: 'Trung Bằng', cells: { HANG_RAO: '50' } },
        { row: 4, ts: '17/03/2023 08:00', village: 'Trung Bằng', cells: { HANG_RAO: '240' } },
      ],
      { accepted: [key] },
    );
    expect(r.problems.map((p) => [p.row, p.level, p.accepted])).toEqual([[3, 'Cảnh báo', true]]);
    // Row 2 is still a report, counting nothing; 50 + 240 stays within 150% of 200, 100 + 50 + 240 would not.
    expect(amounts(r)).toEqual({
      'Báo cáo!2': {},
      'Báo cáo!3': { HANG_RAO: 50 },
      'Báo cáo!4': { HANG_RAO: 240 },
    });
  });
});
