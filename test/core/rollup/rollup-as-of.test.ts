// The as-of time decides the week and which rows exist: 14:30:00 on Thứ 5 is still that week, a minute later is not.
import { rollup } from '../../../src/core/rollup/rollup';
import { at, d } from './fixtures';
import { BP, TB, scenarioModel, scenarioRows } from './scenario';

function line(r: ReturnType<typeof rollup>, village: string, code: string) {
  const found = r.lines.find((l) => l.village === village && l.code === code);
  if (!found) throw new Error(`no line ${village} ${code}`);
  return found;
}

describe('rollup as of the deadline itself', () => {
  const result = rollup(scenarioModel(), scenarioRows(), at(23, 3, 14, 30, 0));

  it('reports week 23/03 and counts the row sent at 14:30:00 exactly', () => {
    expect(result.week).toBe(d(23, 3));
    expect(line(result, TB, 'HANG_RAO')).toMatchObject({
      cumulative: 350.5,
      thisWeek: 150.5,
      status: 'Đúng tiến độ',
    });
    expect(line(result, TB, 'HANG_RAO').planned).toBeCloseTo(1000 * (9 / 62), 10);
    expect(line(result, TB, 'VUON_CT')).toMatchObject({ cumulative: 5, thisWeek: 3 });
    // Before Hạn a yes/no criterion that is still "no" is on plan.
    expect(line(result, TB, 'KDC_KM')).toMatchObject({
      cumulative: 0,
      thisWeek: 0,
      planned: 0,
      status: 'Đúng tiến độ',
    });
  });

  it('does not see the late report sent the next morning', () => {
    expect(line(result, BP, 'HANG_RAO')).toMatchObject({
      cumulative: 0,
      thisWeek: 0,
      status: 'Chậm tiến độ',
    });
    expect(line(result, BP, 'HANG_RAO').planned).toBeCloseTo(90, 10);
    expect(result.scores.map((s) => s.weekReport)).toEqual(['Đúng hạn', 'Chưa nộp', 'Chưa nộp']);
  });

  it('comes out the same when later rows exist, so an old week can be rolled up again', () => {
    const onlyThen = scenarioRows();
    onlyThen.rows = onlyThen.rows.filter((r) => r.timestamp <= at(23, 3, 14, 30, 0));
    expect(onlyThen.rows.length).toBe(2);
    expect(rollup(scenarioModel(), onlyThen, at(23, 3, 14, 30, 0))).toEqual(result);
  });
});

describe('rollup one minute after the deadline', () => {
  it('reports the week just closed, as on its deadline day, saying why', () => {
    const closed = rollup(scenarioModel(), scenarioRows(), at(23, 3, 14, 31));
    expect([closed.week, closed.today, closed.reason]).toEqual([d(23, 3), d(23, 3), 'just-closed']);
    // The 14:31 row belongs to week 30/03: not in the closed week's figures.
    expect(line(closed, TB, 'KDC_KM')).toMatchObject({ cumulative: 0 });
  });
});

describe('rollup a day after the deadline', () => {
  const result = rollup(scenarioModel(), scenarioRows(), at(24, 3, 14, 31));

  it('reports the next week, where the 14:31 row belongs', () => {
    expect(result.week).toBe(d(30, 3));
    expect(result.weekDeadline).toBe(at(30, 3, 14, 30));
    expect(line(result, TB, 'HANG_RAO')).toMatchObject({ cumulative: 450.5, thisWeek: 100 });
    expect(line(result, TB, 'KDC_KM')).toMatchObject({ cumulative: 1, thisWeek: 1, status: 'Hoàn thành' });
    expect(result.scores.map((s) => s.weekReport)).toEqual(['Đúng hạn', 'Chưa nộp', 'Chưa nộp']);
  });
});

describe('rollup after the due dates', () => {
  it('plans the whole target, so any shortfall is backlog', () => {
    const result = rollup(scenarioModel(), scenarioRows(), at(20, 5, 9, 0));
    expect(line(result, TB, 'HANG_RAO')).toMatchObject({
      planned: 1000,
      cumulative: 1449.5,
      status: 'Hoàn thành',
      backlog: 0,
      perDay: 0,
    });
    expect(line(result, BP, 'HANG_RAO')).toMatchObject({
      planned: 620,
      cumulative: 320,
      backlog: 300,
      perDay: 300,
      status: 'Chậm tiến độ',
    });
    expect(result.communeLines[0]).toMatchObject({
      planned: 1620,
      cumulative: 1769.5,
      backlog: 0,
      status: 'Hoàn thành',
    });
    expect(line(result, TB, 'KDC_KM')).toMatchObject({ planned: 1, status: 'Hoàn thành' });
  });
});
