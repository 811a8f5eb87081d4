// Tests of yes/no answers: accepted words forgivingly matched, everything else an error listing the answers.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/types';
import { parseYesNo } from '../../src/core/yes-no';

describe('yes', () => {
  test.each<CellValue>([
    'Đạt',
    'đạt',
    'dat',
    'DAT',
    ' Đạt. ',
    'Có',
    'co',
    'CÓ',
    'x',
    'X',
    '1',
    'TRUE',
    'true',
    'Yes',
    'Đã đạt',
    'đạt chuẩn',
    'Hoàn thành',
    'xong',
    '✓',
    true,
    1,
  ])('%j is yes', (v) => expect(parseYesNo(v)).toEqual({ ok: true, value: true }));
});

describe('no', () => {
  test.each<CellValue>([
    'Chưa',
    'chua',
    'CHƯA',
    'Không',
    'khong',
    '0',
    'FALSE',
    'false',
    'No',
    'Chưa đạt',
    'chua dat',
    'Không đạt',
    'chưa xong',
    false,
    0,
  ])('%j is no', (v) => expect(parseYesNo(v)).toEqual({ ok: true, value: false }));
});

describe('anything else is an error listing the accepted answers', () => {
  test.each<CellValue>([
    'Đạt một phần',
    'có lẽ',
    '2',
    'xx',
    'abc',
    '-',
    'đạt?',
    2,
    0.5,
    -1,
    NaN,
    new Date(Date.UTC(2023, 2, 16)),
  ])('%j', (v) => {
    const p = parseYesNo(v);
    expect(p).toEqual({
      ok: false,
      message: expect.stringContaining('hãy nhập Đạt (hoặc Có, x, 1) hay Chưa (hoặc Không, 0)'),
    });
  });

  test('the message quotes what was typed', () => {
    const p = parseYesNo('có lẽ');
    expect(p).toEqual({
      ok: false,
      message:
        '"có lẽ" không phải câu trả lời Đạt/Chưa; hãy nhập Đạt (hoặc Có, x, 1) hay Chưa (hoặc Không, 0)',
    });
  });

  test('numbers use the decimal comma in the message', () => {
    const p = parseYesNo(0.5);
    expect(!p.ok && p.message.startsWith('Số 0,5 ')).toBe(true);
  });

  test('blank says so', () => {
    const p = parseYesNo('  ');
    expect(!p.ok && p.message.startsWith('Ô trống')).toBe(true);
  });
});

test('never throws, for any string', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double(), fc.boolean()), (v) => {
      const p = parseYesNo(v);
      if (p.ok) expect(typeof p.value).toBe('boolean');
      else expect(p.message.length).toBeGreaterThan(0);
    }),
    { numRuns: 2000 },
  );
});
