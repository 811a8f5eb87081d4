// An explicit week: the previous week rolled up after its deadline counts late rows (Trễ hạn) and plans to its deadline day.
import { rollup } from '../../../src/core/rollup/rollup';
import type { Rollup } from '../../../src/core/rollup/rollup-types';
import { at, d } from './fixtures';
import { BP, DS, TB, scenarioModel, scenarioRows } from './scenario';

function line(r: Rollup, village: string, code: string) {
  const found = r.lines.find((l) => l.village === village && l.code === code);
  if (!found) throw new Error(`no line ${village} ${code}`);
  return found;
}

describe('the previous week, rolled up a week later', () => {
  // As of Thứ 5 30/03 10:00, week 23/03. Bằng Phúc's 22/03 report was sent on 24/03 08:00: late.
  const late = rollup(scenarioModel(), scenarioRows(), at(30, 3, 10, 0), d(23, 3));

  it('reports week 23/03 with its deadline, and plans to 23/03', () => {
    expect(late.week).toBe(d(23, 3));
    expect(late.weekDeadline).toBe(at(23, 3, 14, 30));
    expect(late.today).toBe(d(23, 3));
    expect(late.asOf).toBe(at(30, 3, 10, 0));
  });

  it('counts the late report and shows it as Trễ hạn', () => {
    // 300 m on 22/03 against 620 m from 15/03 to 15/05: plan 620 × 9/62 = 90 m.
    expect(line(late, BP, 'HANG_RAO')).toMatchObject({
      cumulative: 300,
      thisWeek: 300,
      status: 'Đúng tiến độ',
    });
    expect(line(late, BP, 'HANG_RAO').planned).toBeCloseTo(90, 10);
    expect(late.scores.map((s) => s.weekReport)).toEqual(['Đúng hạn', 'Trễ hạn', 'Chưa nộp']);
  });

  it('leaves out rows of later weeks, even those already sent', () => {
    // Thịnh Bằng: 200 (16/03) + 150,5 (23/03 14:30:00); the 14:31 row belongs to week 30/03.
    expect(line(late, TB, 'HANG_RAO')).toMatchObject({ cumulative: 350.5, thisWeek: 150.5 });
    expect(line(late, TB, 'KDC_KM')).toMatchObject({ cumulative: 0 });
    expect(line(late, DS, 'VUON_CT')).toMatchObject({ cumulative: 0, thisWeek: 0 });
  });

  it('is the default rollup when as-of lies in the week asked for', () => {
    const t = at(23, 3, 14, 30);
    expect({ ...rollup(scenarioModel(), scenarioRows(), t, d(23, 3)), reason: 'current' }).toEqual(
      rollup(scenarioModel(), scenarioRows(), t),
    );
  });

  it('differs from the rollup as of its own deadline only by what was sent after it', () => {
    const onTime = rollup(scenarioModel(), scenarioRows(), at(23, 3, 14, 30));
    expect(line(onTime, BP, 'HANG_RAO').cumulative).toBe(0);
    expect(late.lines.filter((l) => l.village === TB)).toEqual(onTime.lines.filter((l) => l.village === TB));
  });

  it('measures a long-closed week as on its deadline day', () => {
    const much = rollup(scenarioModel(), scenarioRows(), at(20, 5, 9, 0), d(23, 3));
    expect(much.today).toBe(d(23, 3));
    expect(line(much, BP, 'HANG_RAO').planned).toBeCloseTo(90, 10);
    expect(line(much, BP, 'HANG_RAO').perDay).toBeCloseTo((620 - 300) / 54, 10);
  });
});
