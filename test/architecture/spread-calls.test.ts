// No list is spread into a call's arguments anywhere in src/ or local/: a long tab would overflow the stack (use pushAll, maxOf, minOf).
import path from 'node:path';
import { ROOT, sourceFiles } from './source-facts';
import { spreadCallsOf } from './spread-calls';

describe('no spread over a list into a call', () => {
  it('the scan sees push(...rows), Math.max(...xs), new Set(...) spreads and lets a function forward its own rest parameter', () => {
    const hits = spreadCallsOf(path.join(ROOT, 'test/architecture/fixtures/spreads-into-calls.ts.txt'));
    expect(hits.map((h) => h.replace(/^\S+:(\d+) .*$/, '$1'))).toEqual(['4', '5', '6', '6', '7']);
  });

  it.each(['src', 'local'])(
    '%s/ spreads no list into a call (use pushAll, maxOf or minOf from src/core/lists.ts)',
    (dir) => {
      const files = sourceFiles(path.join(ROOT, dir));
      expect(files.length).toBeGreaterThan(10);
      expect(files.flatMap(spreadCallsOf)).toEqual([]);
    },
  );
});
