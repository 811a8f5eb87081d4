// Toàn xã lines come from the sums of the village lines, never from adding or averaging ratios.
import { communeLine, communeLines } from '../../../src/core/rollup/commune-rows';
import { villageLine } from '../../../src/core/rollup/rollup-line';
import { at, d, indicator, row } from './fixtures';

const W = d(23, 3);
const today = d(23, 3); // day 9 of 15/03..15/05 (n = 62)

describe('communeLine', () => {
  const hangRao = indicator('HANG_RAO', 'Cộng dồn', { A: 3100, B: 3100 }, { due: d(15, 5) });
  const ahead = villageLine('A', hangRao, 3100, [row('A', at(20, 3, 9, 0), { HANG_RAO: 900 })], W, today);
  const behind = villageLine('B', hangRao, 3100, [row('B', at(20, 3, 9, 0), { HANG_RAO: 100 })], W, today);

  it('keeps each village its own backlog', () => {
    // Plan 3100 × 9/62 = 450 each.
    expect(ahead.planned).toBeCloseTo(450, 10);
    expect(ahead).toMatchObject({ backlog: 0, status: 'Đúng tiến độ' });
    expect(behind.backlog).toBeCloseTo(350, 10);
    expect(behind.status).toBe('Chậm tiến độ');
  });

  it('lets a village ahead offset one behind at commune level', () => {
    const commune = communeLine(hangRao, [ahead, behind], today);
    expect(commune).not.toBeNull();
    expect(commune).toMatchObject({
      village: 'Toàn xã',
      target: 6200,
      cumulative: 1000,
      thisWeek: 1000,
      backlog: 0,
      status: 'Đúng tiến độ',
    });
    expect(commune!.planned).toBeCloseTo(900, 10);
    expect(commune!.ratio).toBe(1000 / 6200);
    // Per day over 23/03..15/05 = 54 days, from the summed remainder.
    expect(commune!.perDay).toBe(5200 / 54);
  });

  it('sums typed decimals exactly, so villages that are each done make the commune done', () => {
    // In plain floating point 0,7 + 0,1 is below 0,8 and 0,14 + 0,56 is above 0,7.
    const [a1, a2, b1, b2] = [0.7, 0.1, 0.14, 0.56];
    expect(a1 + a2 < 0.8 && b1 + b2 > 0.7).toBe(true);
    const duong = indicator('DUONG_MR', 'Cộng dồn', { A: 0.8, B: 0.56 }, { unit: 'km' });
    const a = villageLine(
      'A',
      duong,
      0.8,
      [row('A', at(20, 3, 9, 0), { DUONG_MR: 0.7 }), row('A', at(21, 3, 9, 0), { DUONG_MR: 0.1 })],
      W,
      today,
    );
    const b = villageLine(
      'B',
      duong,
      0.56,
      [row('B', at(20, 3, 9, 0), { DUONG_MR: 0.5 }), row('B', at(21, 3, 9, 0), { DUONG_MR: 0.06 })],
      W,
      today,
    );
    expect([a.status, b.status]).toEqual(['Hoàn thành', 'Hoàn thành']);
    expect([a.ratio, a.perDay, a.backlog]).toEqual([1, 0, 0]);
    expect(communeLine(duong, [a, b], today)).toMatchObject({
      target: 1.36,
      cumulative: 1.36,
      ratio: 1,
      status: 'Hoàn thành',
    });
  });

  it('counts villages that reached a yes/no criterion, with no per-day figure', () => {
    const kdc = indicator('KDC_KM', 'Đạt/Chưa', { A: 1, B: 1 }, { due: d(15, 5) });
    const yes = villageLine('A', kdc, 1, [row('A', at(20, 3, 9, 0), { KDC_KM: 1 })], W, today);
    const no = villageLine('B', kdc, 1, [], W, today);
    expect(communeLine(kdc, [yes, no], today)).toMatchObject({
      target: 2,
      cumulative: 1,
      thisWeek: 1,
      ratio: 0.5,
      planned: 0,
      perDay: null,
      status: 'Đúng tiến độ',
    });
  });

  it('gives no line to an indicator without any village target', () => {
    const none = indicator('CUNG_HOA', 'Cộng dồn', {});
    expect(communeLine(none, [ahead, behind], today)).toBeNull();
    expect(communeLines([none, hangRao], [ahead, behind], today).map((l) => l.code)).toEqual(['HANG_RAO']);
  });
});
