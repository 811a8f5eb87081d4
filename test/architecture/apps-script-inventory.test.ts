// Every Apps Script member src/ can call (found through the types) is implemented by local/runtime and listed, with its behaviour, in its README.
import path from 'node:path';
import { appsScriptUses, programOver } from './apps-script-calls';
import { inventoryProblems, listedMembers, readmeMembers } from './inventory';
import { runtimeMembers } from './runtime-members';
import { ROOT, sourceFiles } from './source-facts';

const SRC = sourceFiles(path.join(ROOT, 'src'));
const RUNTIME = sourceFiles(path.join(ROOT, 'local/runtime'));
const FIXTURE = path.join(ROOT, 'test/architecture/fixtures/calls-a-missing-method.ts');
const FIXTURE_TEXT = [
  '// A source text that calls methods the runtime lacks.',
  'export function merge(): void {',
  '  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];',
  '  sheet.getRange(1, 1, 1, 2).mergeAcross();',
  '  const ui: GoogleAppsScript.Base.Ui | null = SpreadsheetApp.getUi();',
  "  ui?.prompt('Tên thôn?');",
  '}',
].join('\n');

const program = programOver([...SRC, ...RUNTIME], { [FIXTURE]: FIXTURE_TEXT });
const uses = appsScriptUses(program, SRC);
const runtime = runtimeMembers(program, RUNTIME);

describe('the Apps Script inventory', () => {
  it('finds calls through the types: services, objects they return, builders, enums held by a service', () => {
    const members = uses.map((u) => u.member);
    expect(members).toEqual(
      expect.arrayContaining([
        'SpreadsheetApp.getActiveSpreadsheet',
        'Range.getValues',
        'ConditionalFormatRuleBuilder.whenTextEqualTo',
        'ScriptApp.getProjectTriggers',
        'MailApp.getRemainingDailyQuota',
        'Charts.ChartType',
      ]),
    );
    expect(members).not.toContain('Date.getTime');
    expect(runtime.get('Range.getValues')).toBe('local/runtime/range.ts');
  });

  it('every member src/ uses is implemented by local/runtime and listed with its behaviour in its README', () => {
    expect(inventoryProblems(uses, runtime, readmeMembers())).toEqual([]);
  });

  it('fails on a source that calls what the runtime lacks, naming the member and the line', () => {
    const fixture = appsScriptUses(program, [FIXTURE]);
    const listed = new Map([...readmeMembers()].filter(([m]) => uses.some((u) => u.member === m)));
    expect(
      inventoryProblems([...uses, ...fixture], runtime, listed).filter((p) => !p.includes('not used')),
    ).toEqual([
      'Range.mergeAcross (test/architecture/fixtures/calls-a-missing-method.ts:4): not implemented by local/runtime',
      'Range.mergeAcross (test/architecture/fixtures/calls-a-missing-method.ts:4): not listed in local/runtime/README.md',
      'Ui.prompt (test/architecture/fixtures/calls-a-missing-method.ts:6): not listed in local/runtime/README.md',
    ]);
  });

  it('reads the README table: a row without behaviour, a wrong file and a stale row are named', () => {
    const use = uses.find((u) => u.member === 'Range.getValues')!;
    const table = [
      '| `Range.getValues` |  | `range.ts` |',
      '| `Range.setValues` | writes | `sheet.ts` |',
      '| `Range.mergeAcross` | merges | `range.ts` |',
    ].join('\n');
    const setValues = uses.find((u) => u.member === 'Range.setValues')!;
    expect(inventoryProblems([use, setValues], runtime, listedMembers(table))).toEqual([
      'Range.getValues: listed without its documented behaviour',
      'Range.setValues: README says sheet.ts, implemented in local/runtime/range.ts',
      'Range.mergeAcross: listed in local/runtime/README.md but not used in src/',
    ]);
  });
});
