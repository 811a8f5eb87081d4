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
});
