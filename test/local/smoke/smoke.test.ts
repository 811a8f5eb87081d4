// `npm run smoke`'s body: the self-test's lines from the local runtime, then the clicks for the real sheet; no Google involved.
import { runSmoke, REAL_SHEET_STEPS } from '../../../local/smoke/smoke';
import { CODE_JS, ensureBuilt } from '../../bundle/ensure-built';

beforeAll(() => ensureBuilt());

describe('runSmoke', () => {
  it('prints every local line OK, then the steps after npm run push, and exits 0', () => {
    const out: string[] = [];
    const code = runSmoke({ print: (l) => out.push(l), bundleFile: CODE_JS });
    expect(code).toBe(0);
    expect(out[0]).toBe('Tự kiểm tra trong bộ giả lập (dist/Code.js): Tất cả 11 mục đều OK.');
    const lines = out.slice(1, 12);
    expect(lines.every((l) => l.startsWith('  OK — '))).toBe(true);
    expect(out.slice(-REAL_SHEET_STEPS.length)).toEqual(REAL_SHEET_STEPS.map((s) => `  ${s}`));
    expect(REAL_SHEET_STEPS.join('\n')).toContain('NTM › Hướng dẫn › Tự kiểm tra');
  });
});
