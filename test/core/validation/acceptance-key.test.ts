import { acceptanceKey } from '../../../src/core/validation';

describe('acceptanceKey', () => {
  const base = ['Báo cáo', '16/03/2023 08:00:00', 'Thịnh Bằng', '[HANG_RAO] Hàng rào', '3.200'] as const;

  it('is the same for the same five parts', () => {
    expect(acceptanceKey(...base)).toBe(acceptanceKey(...base));
  });

  it.each([0, 1, 2, 3, 4])('changes when part %p changes', (i) => {
    const other = [...base] as [string, string, string, string, string];
    other[i] = other[i] + 'x';
    expect(acceptanceKey(...other)).not.toBe(acceptanceKey(...base));
  });

  it('cannot be confused by separators inside a part', () => {
    expect(acceptanceKey('a|b', 'c', 'd', 'e', 'f')).not.toBe(acceptanceKey('a', 'b|c', 'd', 'e', 'f'));
    expect(acceptanceKey('a","b', 'c', 'd', 'e', 'f')).not.toBe(acceptanceKey('a', 'b', 'c', 'd', 'e'));
  });

  it('ignores only surrounding spaces, not case or accents of the value', () => {
    expect(acceptanceKey(' Báo cáo ', '1', 'T', 'C', ' 3.200 ')).toBe(
      acceptanceKey('Báo cáo', '1', 'T', 'C', '3.200'),
    );
    expect(acceptanceKey('B', '1', 'T', 'C', 'Đạt')).not.toBe(acceptanceKey('B', '1', 'T', 'C', 'dat'));
  });

  it('takes a number with thousands dots and the same number without them as one value', () => {
    // Typing 5.000 makes Sheets format that cell #,##0; the automatic format shows the same number as 5000.
    expect(acceptanceKey('B', '1', 'T', 'C', '5.000')).toBe(acceptanceKey('B', '1', 'T', 'C', '5000'));
    expect(acceptanceKey('B', '1', 'T', 'C', '-1.234.567,5')).toBe(
      acceptanceKey('B', '1', 'T', 'C', '-1234567,5'),
    );
    // Other values keep their dots and commas: a date, a decimal, a wrongly grouped number, text.
    for (const [a, b] of [
      ['16.03.2023', '16032023'],
      ['1,500', '1500'],
      ['5.00', '500'],
      ['v5.000', 'v5000'],
    ])
      expect(acceptanceKey('B', '1', 'T', 'C', a)).not.toBe(acceptanceKey('B', '1', 'T', 'C', b));
  });
});
