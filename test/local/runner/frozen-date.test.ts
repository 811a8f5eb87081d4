// The bundle's clock: Date.now() and new Date() give the as-of instant, every other Date use is the real one.
import vm from 'node:vm';
import { frozenDate } from '../../../local/runner/frozen-date';

const AS_OF = Date.UTC(2023, 3, 6, 8, 0);

describe('the frozen clock in a vm context', () => {
  const context = vm.createContext({
    Date: frozenDate(() => AS_OF),
    hostDate: new Date(Date.UTC(2020, 0, 1)),
  });
  const run = (code: string) => vm.runInContext(code, context);

  it('answers clock reads with the as-of instant', () => {
    expect(run('Date.now()')).toBe(AS_OF);
    expect(run('new Date().getTime()')).toBe(AS_OF);
    expect(run('typeof Date()')).toBe('string');
  });

  it('leaves every other use of Date alone', () => {
    expect(run('new Date(0).toISOString()')).toBe('1970-01-01T00:00:00.000Z');
    expect(run('new Date("2023-03-16T07:30:00Z").getTime()')).toBe(Date.UTC(2023, 2, 16, 7, 30));
    expect(run('Date.UTC(2023, 2, 16)')).toBe(Date.UTC(2023, 2, 16));
    expect(run('new Date(Date.UTC(2023, 2, 16, 12)).getUTCHours()')).toBe(12);
  });

  it('makes real Dates, so instanceof holds both ways', () => {
    expect(run('new Date(5)')).toBeInstanceOf(Date);
    expect(run('hostDate instanceof Date')).toBe(true);
    expect(run('Object.prototype.toString.call(new Date())')).toBe('[object Date]');
  });
});
