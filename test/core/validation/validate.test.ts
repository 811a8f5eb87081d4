import { acceptanceKey, validate } from '../../../src/core/validation';
import { at, day, END_OF_CAMPAIGN, model, type RowSpec } from './fixtures';
import { brief, run } from './run';

describe('validate: counted rows', () => {
  it('gives canonical village, report day, timestamp, week, on-time, amounts and plan', () => {
    const r = run([
      {
        row: 2,
        ts: '16/03/2023 10:00',
        village: 'thinh bang',
        plan: 'Trồng 50 m',
        cells: { HANG_RAO: '20', KDC_KM: 'Chưa' },
      },
    ]);
    expect(r.rows).toEqual([
      {
        tab: 'Báo cáo',
        row: 2,
        village: 'Thịnh Bằng',
        day: day('16/03/2023'),
        timestamp: at('16/03/2023 10:00'),
        week: day('16/03/2023'),
        onTime: true,
        amounts: { HANG_RAO: 20, KDC_KM: 0 },
        nextWeekPlan: 'Trồng 50 m',
      },
    ]);
  });

  it.each<[string, RowSpec, string, boolean]>([
    [
      'sent before Thursday 14:30',
      { row: 2, ts: '16/03/2023 14:30', village: 'Thịnh Bằng' },
      '16/03/2023',
      true,
    ],
    [
      'sent after it, no report day: next week, never late',
      { row: 2, ts: '16/03/2023 14:31', village: 'Thịnh Bằng' },
      '23/03/2023',
      true,
    ],
    [
      'work of Thursday reported on Friday: late',
      { row: 2, ts: '17/03/2023 08:00', village: 'Thịnh Bằng', date: '16/03/2023' },
      '16/03/2023',
      false,
    ],
    [
      'work of Friday reported on Friday',
      { row: 2, ts: '17/03/2023 08:00', village: 'Thịnh Bằng', date: '17/03' },
      '23/03/2023',
      true,
    ],
    [
      'work of Wednesday reported on Thursday morning',
      { row: 2, ts: '16/03/2023 09:00', village: 'Thịnh Bằng', date: '15/03/2023' },
      '16/03/2023',
      true,
    ],
  ])('week and on-time: %s', (_what, spec, week, onTime) => {
    const r = run([{ ...spec, cells: { HANG_RAO: '1' } }]);
    expect(r.rows.map((x) => [x.week, x.onTime])).toEqual([[day(week), onTime]]);
  });

  it('lists counted rows in timestamp order', () => {
    const r = run([
      { tab: 'A', row: 2, ts: '18/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '1' } },
      { tab: 'A', row: 3, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '2' } },
      { tab: 'B', row: 2, ts: '17/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '3' } },
    ]);
    expect(r.rows.map((x) => `${x.tab}!${x.row}`)).toEqual(['A!3', 'B!2', 'A!2']);
  });

  it('a row with cell errors and warnings still counts as a report', () => {
    const r = run([
      {
        row: 2,
        ts: '16/03/2023 08:00',
        village: 'Tân Bằng',
        email: 'x@y.vn',
        cells: { HANG_RAO: 'ba', VUON_CT: '1' },
      },
    ]);
    expect(r.problems).toHaveLength(3);
    expect(r.rows).toHaveLength(1);
  });

  it('ignores blank submissions and empty rows', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', email: 'a@x.vn', cells: { HANG_RAO: '' } },
      { row: 3, ts: '', cells: { HANG_RAO: '' } },
      { tab: 'Thịnh Bằng', row: 2, ts: '16/03/2023 08:00', villageFromTab: true, cells: { HANG_RAO: '' } },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([]);
  });

  it('a row with a village and nothing else is a report of nothing', () => {
    const r = run([{ row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', cells: { HANG_RAO: '' } }]);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.amounts)).toEqual([{}]);
  });

  it('a blank cell never cancels an earlier value', () => {
    const r = run([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { NUOC_THAI: '40', KDC_KM: 'Đạt' } },
      {
        row: 3,
        ts: '17/03/2023 08:00',
        village: 'Thịnh Bằng',
        cells: { NUOC_THAI: '', KDC_KM: '', HANG_RAO: '5' },
      },
    ]);
    expect(r.rows.map((x) => x.amounts)).toEqual([{ NUOC_THAI: 40, KDC_KM: 1 }, { HANG_RAO: 5 }]);
  });
});

describe('validate: problems', () => {
  it('come in sheet order (tab, row, column), whatever the timestamps', () => {
    const r = run([
      {
        tab: 'A',
        row: 2,
        ts: '18/03/2023 08:00',
        village: 'Tân Bằng',
        cells: { HANG_RAO: '1', VUON_CT: 'ba' },
      },
      { tab: 'A', row: 3, ts: '16/03/2023 08:00', village: 'Ai', cells: { HANG_RAO: '2' } },
      { tab: 'B', row: 2, ts: '15/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: 'x' } },
    ]);
    expect(brief(r.problems)).toEqual([
      'A!2 [HANG_RAO] hang_rao Cảnh báo',
      'A!2 [VUON_CT] vuon_ct Lỗi',
      'A!3 Thôn Lỗi',
      'B!2 [HANG_RAO] hang_rao Lỗi',
    ]);
  });

  it('carry the original text, the village as written and the acceptance key', () => {
    const r = run([{ row: 7, ts: '16/03/2023 08:00', village: ' thinh bang ', cells: { VUON_CT: '=1+1' } }]);
    const p = r.problems[0];
    expect(p).toMatchObject({
      tab: 'Báo cáo',
      row: 7,
      village: ' thinh bang ',
      column: '[VUON_CT] vuon_ct',
      col: 6,
      value: '=1+1',
    });
    expect(p.key).toBe(
      acceptanceKey('Báo cáo', '16/03/2023 08:00:00', ' thinh bang ', '[VUON_CT] vuon_ct', '=1+1'),
    );
  });

  it('is pure: the model is not changed and a second run gives the same result', () => {
    const m = model([
      { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '100' } },
      { row: 3, ts: '17/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: '100' } },
    ]);
    const before = JSON.stringify(m);
    const a = validate(m, END_OF_CAMPAIGN, new Set());
    const b = validate(m, END_OF_CAMPAIGN, new Set());
    expect(JSON.stringify(m)).toBe(before);
    expect(b).toEqual(a);
  });
});
