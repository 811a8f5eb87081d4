// The house rules in eslint.config.mjs catch what they promise: run on a file written to break them, as if it sat in
// each part of src/, ESLint reports each broken rule on its line, and nothing for look-alikes that are not uses.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './source-facts';

const FIXTURE = fs.readFileSync(
  path.join(ROOT, 'test/architecture/fixtures/breaks-every-rule.ts.txt'),
  'utf8',
);
const ESLINT = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
const HOUSE_RULES = ['no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax'];

/** `rule@line` for each house-rule message ESLint gives the fixture when it is linted as `asFile`. */
function houseRuleHits(asFile: string): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', asFile, '-f', 'json'], {
      cwd: ROOT,
      input: FIXTURE,
      encoding: 'utf8',
    });
  } catch (e) {
    // ESLint exits 1 when it finds problems; its report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(out) as { messages: { ruleId: string | null; line: number }[] }[];
  return result.messages
    .filter((m) => m.ruleId !== null && HOUSE_RULES.includes(m.ruleId))
    .map((m) => `${m.ruleId}@${m.line}`);
}

const globals = (...lines: number[]) => lines.map((l) => `no-restricted-globals@${l}`);
const properties = (...lines: number[]) => lines.map((l) => `no-restricted-properties@${l}`);
const syntax = (...lines: number[]) => lines.map((l) => `no-restricted-syntax@${l}`);

// Fixture lines: 7 SpreadsheetApp, 8 Utilities, 9 getHours, 10 setDate, 11 new Date(y, m, d), 12 Date.now(),
// 13 new Date(), 14 getUTCFullYear, 15 process, Buffer and setTimeout. Lines 5 and 16 only look like uses.
describe('the lint house rules', () => {
  it('in src/core: no services, no Node globals, no local time, no UTC fields, no clock reads', () => {
    expect(houseRuleHits('src/core/probe.ts').sort()).toEqual(
      [...globals(7, 8, 15, 15, 15), ...properties(9, 10, 14), ...syntax(11, 12, 13)].sort(),
    );
  });

  it('in src/pages: the same as src/core (pages are built from data passed in)', () => {
    expect(houseRuleHits('src/pages/probe.ts').sort()).toEqual(
      [...globals(7, 8, 15, 15, 15), ...properties(9, 10, 14), ...syntax(11, 12, 13)].sort(),
    );
  });

  it('in src/entry: no services and no local time, but a clock read is allowed', () => {
    expect(houseRuleHits('src/entry/probe.ts').sort()).toEqual(
      [...globals(7, 8, 15, 15, 15), ...properties(9, 10, 14), ...syntax(11)].sort(),
    );
  });

  it('in an adapter folder: services are allowed, Node globals and local time are not', () => {
    expect(houseRuleHits('src/sheets/probe.ts').sort()).toEqual(
      [...globals(15, 15, 15), ...properties(9, 10, 14), ...syntax(11)].sort(),
    );
  });

  it('in the zone helper: UTC fields are allowed, local time is not', () => {
    expect(houseRuleHits('src/core/zone.ts').sort()).toEqual(
      [...globals(7, 8, 15, 15, 15), ...properties(9, 10), ...syntax(11, 12, 13)].sort(),
    );
  });
});
