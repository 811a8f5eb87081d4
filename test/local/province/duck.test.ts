// The embedded engine's memory cap: half the machine's memory, at most 4 GB, and set on every engine opened.
import { memoryLimitGb, openEngine } from '../../../local/province/duck';

const GB = 2 ** 30;

it('caps DuckDB at half the memory, between 1 and 4 GB', () => {
  expect([1, 3, 6, 8, 23, 64].map((g) => memoryLimitGb(g * GB))).toEqual([1, 1, 3, 4, 4, 4]);
});

it('opens every engine with that cap', async () => {
  const engine = await openEngine();
  try {
    const [row] = await engine.all("SELECT current_setting('memory_limit') AS m");
    // DuckDB reports the cap in its own units (4 GB reads 3.7 GiB).
    const gib = Number(String(row.m).replace(/\s*GiB$/, ''));
    expect(gib).toBeCloseTo((memoryLimitGb() * 1e9) / GB, 1);
  } finally {
    engine.close();
  }
});
