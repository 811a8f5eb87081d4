// The one-pass floor: a plain pass over the form rows that parses the same vi-VN amounts and sums per village × indicator × week.
import type { CellValue } from '../../src/core/types';

/** CPU time of this process so far, ms (user + system). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const WEEK_MS = 7 * 86_400_000;

/** The sums the floor found (a checksum so the pass cannot be skipped) and its time in ms. */
export interface FloorRun {
  ms: number;
  total: number;
  groups: number;
}

/** "3.517" → 3517, "0,3" → 0.3 (vi-VN); NaN when it is no number. */
function viAmount(text: string): number {
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ',') digits += '.';
    else if (ch !== '.' && ch !== ' ') digits += ch;
  }
  return Number(digits);
}

/**
 * Sums the amounts of `values` (a form tab, header first) per village (by exact name), indicator column and
 * week since `start`: what the product's rollup does, with nothing checked.
 */
export function floorPass(
  values: CellValue[][],
  villages: string[],
  amountCols: number[],
  start: number,
): FloorRun {
  const t0 = cpuMs();
  const header = values[0].map(String);
  const [villageCol, timeCol] = [header.indexOf('Thôn'), header.indexOf('Dấu thời gian')];
  const index = new Map(villages.map((v, i) => [v, i]));
  const sums = new Map<number, number>();
  const cols = amountCols.length;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const v = index.get(String(row[villageCol]));
    const t = row[timeCol];
    if (v === undefined || !(t instanceof Date)) continue;
    const week = Math.floor((t.getTime() - start) / WEEK_MS);
    for (let c = 0; c < cols; c++) {
      const cell = row[amountCols[c]];
      if (cell === '' || cell === null || cell === undefined) continue;
      const n = typeof cell === 'number' ? cell : viAmount(String(cell));
      if (!Number.isFinite(n)) continue;
      const key = (week * villages.length + v) * cols + c;
      sums.set(key, (sums.get(key) ?? 0) + n);
    }
  }
  let total = 0;
  for (const s of sums.values()) total += s;
  return { ms: cpuMs() - t0, total, groups: sums.size };
}
