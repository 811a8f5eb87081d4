// Tests of vi-VN number parsing: the examples of docs/validation.md, their near misses, and that no text breaks it.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/types';
import { numberWordMessage, parseViNumber, parseViNumberText } from '../../src/core/vi-number';

function value(v: CellValue): number {
  const p = parseViNumber(v);
  if (!p.ok) throw new Error(`expected a number for ${JSON.stringify(v)}, got: ${p.message}`);
  return p.value;
}
function message(v: CellValue): string {
  const p = parseViNumber(v);
  if (p.ok) throw new Error(`expected an error for ${JSON.stringify(v)}, got ${p.value}`);
  return p.message;
}

describe('the examples of docs/validation.md', () => {
  test.each([
    ['3.200', 3200],
    ['0,38', 0.38],
    ['1.234,5', 1234.5],
    ['0.7', 0.7],
    ['0.500', 0.5],
    ['-5', -5],
    ['1.234.567', 1234567],
  ])('%s = %d', (text, n) => expect(value(text)).toBe(n));
});

describe('near misses and other forms', () => {
  test.each([
    ['3200', 3200],
    [' 3.200 ', 3200],
    ['\u00a03.200\u00a0', 3200],
    ['3 200', 3200],
    ['1 234 567', 1234567],
    ['3,200', 3.2], // a comma is always the decimal mark
    ['3.20', 3.2], // not three digits after the dot: decimal point
    ['3.2', 3.2],
    ['3.2000', 3.2],
    ['1234.5', 1234.5],
    ['12.345', 12345],
    ['999.999', 999999],
    ['0.050', 0.05],
    ['00.500', 0.5],
    ['.5', 0.5],
    [',5', 0.5],
    ['0', 0],
    ['-0', 0],
    ['+7', 7],
    ['- 5', -5],
    ['\u22125', -5],
    ['-3.200', -3200],
    ['-0,5', -0.5],
    ['12.345.678,25', 12345678.25],
    ['007', 7],
  ])('%j = %d', (text, n) => expect(value(text)).toBe(n));

  test.each([
    ['1234.567', 'không rõ dấu chấm'],
    ['1,234.5', 'kiểu nước ngoài'],
    ['1,234,567', 'kiểu nước ngoài'],
    ['1.23.456', 'sai chỗ'],
    ['0.500.000', 'sai chỗ'],
    ['1,2,3', 'sai chỗ'],
    ['1.234,5,6', 'sai chỗ'],
    ['5,', 'thiếu chữ số'],
    ['5.', 'thiếu chữ số'],
    ['abc', 'không phải là số'],
    ['3 vườn', 'không phải là số'],
    ['1e3', 'không phải là số'],
    ['12 34', 'không phải là số'],
    ['--5', 'không phải là số'],
    ['50%', 'không phải là số'],
    ['', 'Ô trống'],
    ['   ', 'Ô trống'],
  ])('%j is refused (%s)', (text, part) => expect(message(text)).toContain(part));

  test('a huge number of digits is refused, not Infinity', () => {
    expect(message('9'.repeat(400))).toContain('quá lớn');
    expect(value('9'.repeat(20))).toBe(1e20);
  });
});

describe('number words ask for digits', () => {
  test.each([
    ['ba', '"ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)'],
    ['Ba', '"Ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)'],
    ['mười', '"mười" là chữ, hãy nhập bằng chữ số (ví dụ 10)'],
    ['một nghìn', '"một nghìn" là chữ, hãy nhập bằng chữ số (ví dụ 3)'],
    ['mười lăm', '"mười lăm" là chữ, hãy nhập bằng chữ số (ví dụ 3)'],
    ['ba vườn', '"ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)'],
    ['không', '"không" là chữ, hãy nhập bằng chữ số (ví dụ 0)'],
    ['nghìn', '"nghìn" là chữ, hãy nhập bằng chữ số (ví dụ 1.000)'],
    ['  BẢY  ', '"BẢY" là chữ, hãy nhập bằng chữ số (ví dụ 7)'],
  ])('%j', (text, msg) => {
    expect(message(text)).toBe(msg);
    expect(numberWordMessage(text)).toBe(msg);
  });

  test('words that are not numbers get the general message', () => {
    expect(numberWordMessage('vườn')).toBeNull();
    expect(numberWordMessage('3')).toBeNull();
    expect(message('bao nhiêu')).toContain('không phải là số');
  });
});

describe('cells that are not text', () => {
  test('number cells pass through', () => {
    expect(value(3200)).toBe(3200);
    expect(value(0.38)).toBe(0.38);
    expect(value(-5)).toBe(-5);
  });
  test.each([NaN, Infinity, -Infinity])('%d is refused', (n) =>
    expect(message(n)).toContain('không chứa một số'),
  );
  test('booleans and dates are refused', () => {
    expect(message(true)).toContain('ô đánh dấu');
    expect(message(new Date(Date.UTC(2023, 2, 16)))).toContain('ngày tháng');
  });
  test('a long text is shortened in the message', () => {
    const m = message('x'.repeat(100));
    expect(m.length).toBeLessThan(120);
    expect(m).toContain('…');
  });
});

describe('properties', () => {
  const numberish = fc
    .array(fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '-', '+', 'm', 'ba', '\u00a0'), {
      maxLength: 14,
    })
    .map((a) => a.join(''));

  test('never throws and never returns NaN, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberish), (s) => {
        const p = parseViNumber(s);
        if (p.ok) expect(Number.isFinite(p.value)).toBe(true);
        else expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  test('never throws for any cell value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.boolean(), fc.date({ noInvalidDate: false }), fc.string()),
        (v) => {
          const p = parseViNumber(v);
          if (p.ok) expect(Number.isFinite(p.value)).toBe(true);
          else expect(p.message.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  test('integers written with dot thousands read back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '.');
        expect(parseViNumberText(text)).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  test('decimals written with a comma read back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 999 }), (whole, frac) => {
        const f = String(frac).padStart(3, '0');
        const grouped = String(whole).replace(/\B(?=(\d{3})+$)/g, '.');
        expect(parseViNumberText(`${grouped},${f}`)).toEqual({ ok: true, value: Number(`${whole}.${f}`) });
      }),
    );
  });
});
