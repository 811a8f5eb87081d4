import { at, day } from './fixtures';
import { amounts, brief, run } from './run';

const cells = { HANG_RAO: '10' };

describe('timestamp and report day (whole row left out)', () => {
  it.each([
    ['a blank timestamp', ''],
    ['a timestamp that is not a date', 'hôm qua'],
    ['an impossible date', '31/02/2023 08:00:00'],
  ])('%s is a whole-row error', (_what, ts) => {
    const r = run([{ row: 2, ts, village: 'Thịnh Bằng', cells }]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Dấu thời gian Lỗi']);
    expect(r.problems[0]).toMatchObject({ wholeRow: true, value: ts, col: 1, accepted: false });
    expect(r.rows).toEqual([]);
  });

  it('reads a timestamp typed as day-first text', () => {
    const r = run([{ row: 2, ts: '29/03/2023 08:00:00', village: 'Thịnh Bằng', cells }]);
    expect(r.problems).toEqual([]);
    expect(r.rows[0].timestamp).toBe(at('29/03/2023 08:00'));
  });

  it.each([
    ['16/3', '16/03/2023'],
    ['16/03/2023', '16/03/2023'],
    ['2023-03-17', '17/03/2023'],
    ['15/03/2023', '15/03/2023'],
    ['18/3/2023', '18/03/2023'],
  ])('Ngày báo cáo "%s" is %s', (typed, expected) => {
    const r = run([{ row: 2, ts: '18/03/2023 20:00', village: 'Thịnh Bằng', date: typed, cells }]);
    expect(r.problems).toEqual([]);
    expect(r.rows[0].day).toBe(day(expected));
  });

  it.each([
    ['not a date', 'tuần trước'],
    ['month first', '3/16/2023'],
    ['a later day than the timestamp', '19/03/2023'],
    ['before the campaign', '14/03/2023'],
  ])('Ngày báo cáo %s is a whole-row error', (_what, typed) => {
    const r = run([
      { row: 2, ts: '18/03/2023 20:00', village: 'Thịnh Bằng', date: typed, cells: { HANG_RAO: '10' } },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Ngày báo cáo Lỗi']);
    expect(r.problems[0]).toMatchObject({ wholeRow: true, value: typed, col: 3, acceptable: false });
    expect(r.rows).toEqual([]);
  });

  it.each([
    [
      'Ngày báo cáo',
      '3/16/2023',
      'Ngày báo cáo "3/16/2023" không phải ngày (không có tháng 16; ngày ghi trước tháng, ví dụ 16/03/2023)',
    ],
    [
      'Ngày báo cáo',
      '31/2/2023',
      'Ngày báo cáo "31/2/2023" không phải ngày (tháng 2/2023 chỉ có 28 ngày; hãy kiểm tra lại ngày)',
    ],
    [
      'Dấu thời gian',
      '3/16/2023 10:00',
      'Dấu thời gian "3/16/2023 10:00" không phải ngày giờ (không có tháng 16; ngày ghi trước tháng, ví dụ 16/03/2023)',
    ],
    [
      'Dấu thời gian',
      '16/03/2023 25:00:00',
      'Dấu thời gian "16/03/2023 25:00:00" không phải ngày giờ (giờ "25:00:00" không hợp lệ;',
    ],
  ])('%s "%s": the message says why it is not a date', (column, typed, says) => {
    const spec =
      column === 'Ngày báo cáo'
        ? { row: 2, ts: '18/03/2023 20:00', village: 'Thịnh Bằng', date: typed, cells }
        : { row: 2, ts: typed, village: 'Thịnh Bằng', cells };
    const r = run([spec]);
    expect(r.problems[0].column).toBe(column);
    expect(r.problems[0].message).toContain(says);
  });

  it('a reason only where the reader has one: words are just "not a date"', () => {
    const r = run([{ row: 2, ts: '18/03/2023 20:00', village: 'Thịnh Bằng', date: 'tuần trước', cells }]);
    expect(r.problems[0].message).toBe(
      'Ngày báo cáo "tuần trước" không phải ngày: hãy ghi theo kiểu ngày/tháng/năm (ví dụ 16/03/2023). Cả dòng chưa được tính.',
    );
  });

  it('Ngày báo cáo after the campaign end is a whole-row error', () => {
    const r = run([{ row: 2, ts: '02/01/2024 08:00', village: 'Thịnh Bằng', date: '01/01/2024', cells }], {
      asOf: at('05/01/2024 00:00'),
    });
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Ngày báo cáo Lỗi']);
    expect(r.problems[0].message).toContain('15/03/2023–31/12/2023');
  });

  it('the last campaign day is inside, even when sent after the end', () => {
    const r = run([{ row: 2, ts: '02/01/2024 08:00', village: 'Thịnh Bằng', date: '31/12/2023', cells }], {
      asOf: at('05/01/2024 00:00'),
    });
    expect(r.problems).toEqual([]);
    expect(r.rows[0].day).toBe(day('31/12/2023'));
  });

  it('without Ngày báo cáo, a timestamp outside the campaign leaves the row out', () => {
    const r = run([
      { row: 2, ts: '10/03/2023 08:00', village: 'Thịnh Bằng', cells },
      { row: 3, ts: '15/03/2023 00:00', village: 'Thịnh Bằng', cells },
    ]);
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Dấu thời gian Lỗi']);
    expect(r.problems[0].message).toContain('Ngày báo cáo');
    expect(Object.keys(amounts(r))).toEqual(['Báo cáo!3']);
  });

  it('reports every whole-row problem of a row, and its cells’ value problems', () => {
    const r = run([{ row: 2, ts: 'sáng nay', village: 'Ai đó', date: 'hôm qua', cells: { HANG_RAO: 'ba' } }]);
    expect(brief(r.problems)).toEqual([
      'Báo cáo!2 Dấu thời gian Lỗi',
      'Báo cáo!2 Thôn Lỗi',
      'Báo cáo!2 Ngày báo cáo Lỗi',
      'Báo cáo!2 [HANG_RAO] hang_rao Lỗi',
    ]);
  });
});

describe('as-of time', () => {
  const rows = [
    { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
    { row: 3, ts: '16/03/2023 08:01', village: 'Ai đó', cells: { HANG_RAO: '10' } },
    { row: 4, ts: 'không rõ', village: 'Thịnh Bằng', cells: { HANG_RAO: '10' } },
  ];

  it('rows sent after the as-of time do not exist, not even their problems', () => {
    const r = run(rows, { asOf: at('16/03/2023 08:00') });
    expect(Object.keys(amounts(r))).toEqual(['Báo cáo!2']);
    expect(brief(r.problems)).toEqual(['Báo cáo!4 Dấu thời gian Lỗi']);
  });

  it('a row sent exactly at the as-of time exists', () => {
    const r = run(rows, { asOf: at('16/03/2023 08:01') });
    expect(brief(r.problems)).toEqual(['Báo cáo!3 Thôn Lỗi', 'Báo cáo!4 Dấu thời gian Lỗi']);
  });

  it('a row sent before the as-of time exists even if its Ngày báo cáo is later', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', date: '17/03/2023', cells }], {
      asOf: at('16/03/2023 09:00'),
    });
    expect(brief(r.problems)).toEqual(['Báo cáo!2 Ngày báo cáo Lỗi']);
  });
});
