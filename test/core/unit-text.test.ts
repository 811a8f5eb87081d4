// A blank ĐVT leaves no `()` and no stray space.
import { unitInParens, withUnit } from '../../src/core/unit-text';

describe('unit text', () => {
  it('puts a unit in brackets after a name, or nothing when it is blank', () => {
    expect(unitInParens('m')).toBe(' (m)');
    expect(unitInParens('')).toBe('');
    expect(unitInParens('  ')).toBe('');
  });
  it('puts a unit after an amount, or nothing when it is blank', () => {
    expect(withUnit('3.200', 'm')).toBe('3.200 m');
    expect(withUnit('3.200', '')).toBe('3.200');
  });
});
