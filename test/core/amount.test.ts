// Tests of amounts with units: m and km convert, the indicator's own unit is accepted, others are errors.
import fc from 'fast-check';
import { canonicalUnit, isCountedUnit, parseAmount, sameUnit } from '../../src/core/amount';
import type { CellValue } from '../../src/core/types';

function value(v: CellValue, unit: string): number {
  const p = parseAmount(v, unit);
  if (!p.ok) throw new Error(`expected an amount for ${JSON.stringify(v)} in ${unit}, got: ${p.message}`);
  return p.value;
}
function message(v: CellValue, unit: string): string {
  const p = parseAmount(v, unit);
  if (p.ok) throw new Error(`expected an error for ${JSON.stringify(v)} in ${unit}, got ${p.value}`);
  return p.message;
}

describe('units that convert', () => {
  test.each([
    ['3200m', 'm', 3200],
    ['3.200 m', 'm', 3200],
    ['3.200m', 'm', 3200],
    ['0,5 km', 'km', 0.5],
    ['0,5 km', 'm', 500],
    ['0.5km', 'm', 500],
    ['20 m', 'km', 0.02],
    ['3200m', 'km', 3.2],
    ['3,2 m', 'km', 0.0032],
    ['0,38 km', 'm', 380],
    ['1,1 km', 'm', 1100],
    ['4,35 km', 'm', 4350],
    ['0,38 KM', 'km', 0.38],
    ['15 mét', 'km', 0.015],
    ['2 cây số', 'm', 2000],
    ['0,7 km.', 'km', 0.7],
    ['-20 m', 'km', -0.02],
  ])('%j into %s = %d', (text, unit, n) => expect(value(text, unit)).toBe(n));
});

describe('the indicator’s own unit, or none', () => {
  test.each([
    ['3 vườn', 'vườn', 3],
    ['3 Vuon', 'vườn', 3],
    ['3vườn', 'vườn', 3],
    ['12 hộ', 'hộ', 12],
    ['2 công trình', 'công trình', 2],
    ['2 CONG TRINH', 'công trình', 2],
    ['5 cái', 'cái', 5],
    ['3.200', 'm', 3200],
    ['0,38', 'km', 0.38],
    ['  7  ', 'hộ', 7],
    ['2,5 hộ', 'hộ', 2.5], // parses; not being whole is judged by validation
  ])('%j in %s = %d', (text, unit, n) => expect(value(text, unit)).toBe(n));

  test('number cells pass through in the indicator’s unit', () => {
    expect(value(3200, 'm')).toBe(3200);
    expect(value(0.38, 'km')).toBe(0.38);
  });
});

describe('errors', () => {
  test('a unit that differs and does not convert names both units', () => {
    const m = message('5 kg', 'hộ');
    expect(m).toContain('"kg"');
    expect(m).toContain('"hộ"');
    expect(message('3 hộ', 'vườn')).toContain('"vườn"');
    expect(message('20 m', 'vườn')).toContain('"m"');
    expect(message('2 km', 'hộ')).toContain('"km"');
    expect(message('20 m2', 'm')).toContain('không phải là số');
    expect(message('20 m²', 'm')).toContain('"m²"');
  });

  test('an indicator without a unit accepts no unit', () => {
    expect(value('4', '')).toBe(4);
    expect(message('4 hộ', '')).toContain('chưa ghi ĐVT');
  });

  test('number words ask for digits', () => {
    expect(message('ba vườn', 'vườn')).toBe('"ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)');
    expect(message('mười hai hộ', 'hộ')).toContain('là chữ, hãy nhập bằng chữ số');
  });

  test.each([
    ['vườn', 'vườn', 'không phải là số'],
    ['1,234.5 m', 'm', 'kiểu nước ngoài'],
    ['m 20', 'm', 'không phải là số'],
    ['', 'm', 'Ô trống'],
    ['5, m', 'm', 'thiếu chữ số'],
  ])('%j in %s: %s', (text, unit, part) => expect(message(text, unit)).toContain(part));

  test('booleans, dates and non-finite numbers are errors', () => {
    expect(message(true, 'hộ')).toContain('ô đánh dấu');
    expect(message(false, 'hộ')).toContain('ô đánh dấu');
    expect(message(new Date(Date.UTC(2023, 2, 16)), 'hộ')).toContain('ngày tháng');
    expect(message(NaN, 'hộ')).toContain('không chứa một số');
  });
});

describe('counted units', () => {
  test.each(['vườn', 'hộ', 'cái', 'công trình', 'tuyến', 'Vườn', ' HỘ ', 'cong trinh', 'côngtrình'])(
    '%j is counted',
    (u) => expect(isCountedUnit(u)).toBe(true),
  );
  test.each(['m', 'km', 'đạt/chưa', '', 'hồ sơ', 'vườn hộ'])('%j is not counted', (u) =>
    expect(isCountedUnit(u)).toBe(false),
  );
  test('forgiving unit match', () => {
    expect(canonicalUnit(' Công  Trình ')).toBe('congtrinh');
    expect(sameUnit('Km', 'km')).toBe(true);
    expect(sameUnit('m', 'km')).toBe(false);
  });
});

describe('properties', () => {
  const amountish = fc
    .array(fc.constantFrom('0', '3', '9', '.', ',', ' ', '-', 'm', 'km', 'hộ', 'ba', 'x', '²'), {
      maxLength: 12,
    })
    .map((a) => a.join(''));
  const units = fc.constantFrom('m', 'km', 'hộ', 'vườn', 'công trình', '', 'đạt/chưa');

  test('never throws and never returns NaN, for any string and unit', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), amountish),
        fc.oneof(units, fc.string()),
        (s, u) => {
          const p = parseAmount(s, u);
          if (p.ok) expect(Number.isFinite(p.value)).toBe(true);
          else expect(p.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('metres written with a unit convert to km and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), (n) => {
        const km = value(`${n} m`, 'km');
        expect(km).toBeCloseTo(n / 1000, 12);
        expect(value(`${n} m`, 'm')).toBe(n);
      }),
    );
  });
});
