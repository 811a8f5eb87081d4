// The layering rules of src/: a pure core, adapters as the only users of Apps Script services, one zone-aware clock.
import path from 'node:path';
import { allFacts, factsOf, ROOT, type SourceFacts } from './source-facts';

const facts = allFacts();
const under = (dir: string) => facts.filter((f) => f.file.startsWith(`${dir}/`));
const ADAPTERS = ['src/sheets', 'src/mail', 'src/triggers', 'src/forms'];
const isAdapter = (f: SourceFacts) => ADAPTERS.some((a) => f.file.startsWith(`${a}/`));
const ZONE_HELPER = 'src/core/zone.ts';

/** `file: hit, hit` lines for every file with hits, so a failure names the file and line. */
const report = (files: SourceFacts[], pick: (f: SourceFacts) => string[]) =>
  files.filter((f) => pick(f).length).map((f) => `${f.file}: ${pick(f).join(', ')}`);

describe('the fact reader', () => {
  it('sees what the rules look for (checked on a file written to break them)', () => {
    const bad = factsOf(path.join(ROOT, 'test/architecture/fixtures/breaks-every-rule.ts.txt'));
    expect(bad.imports).toEqual(['src/sheets/ui', 'node:fs', 'local/runtime']);
    expect(bad.globals).toEqual(['SpreadsheetApp@7', 'Utilities@8']);
    expect(bad.localTime).toEqual(['getHours@9', 'setDate@10']);
    expect(bad.localConstructors).toEqual(['new Date(3 args)@11']);
    expect(bad.clockReads).toEqual(['Date.now()@12', 'new Date()@13']);
    expect(bad.utcFields).toEqual(['getUTCFullYear@14']);
    expect(bad.nodeGlobals).toEqual(['process@15', 'Buffer@15', 'setTimeout@15']);
  });

  it('finds the source files', () => {
    expect(facts.map((f) => f.file)).toEqual(expect.arrayContaining(['src/main.ts', 'src/core/zone.ts', 'src/entry/entries.ts']));
  });
});

describe('src/core is pure', () => {
  const core = under('src/core');
  it('imports only from src/core and npm packages (no adapters, entries, local code or node:*)', () => {
    expect(
      report(core, (f) => f.imports.filter((i) => i.startsWith('src/') ? !i.startsWith('src/core/') && i !== 'src/core' : i.startsWith('local') || i.startsWith('node:') || i.startsWith('test'))),
    ).toEqual([]);
  });
  it('names no Apps Script service', () => {
    expect(report(core, (f) => f.globals)).toEqual([]);
  });
  it('reads no clock (Date.now(), new Date())', () => {
    expect(report(core, (f) => f.clockReads)).toEqual([]);
  });
});

describe('only the adapter folders touch Apps Script services', () => {
  it(`no file outside ${ADAPTERS.join(', ')} names a service`, () => {
    expect(report(facts.filter((f) => !isAdapter(f)), (f) => f.globals)).toEqual([]);
  });
  it('nothing in src/ names a Node global (process, Buffer, require, timers…): Apps Script has none', () => {
    expect(report(facts, (f) => f.nodeGlobals)).toEqual([]);
  });
  it('nothing in src/ imports local/ or node:*', () => {
    expect(report(facts, (f) => f.imports.filter((i) => i.startsWith('local') || i.startsWith('node:')))).toEqual([]);
  });
});

describe('time is read through the zone helper', () => {
  it('src/ uses no local-time Date getters or setters', () => {
    expect(report(facts, (f) => f.localTime)).toEqual([]);
  });
  it('src/ builds no Date from local calendar fields (new Date(y, m, d))', () => {
    expect(report(facts, (f) => f.localConstructors)).toEqual([]);
  });
  it(`UTC fields are read only in ${ZONE_HELPER}`, () => {
    expect(report(facts.filter((f) => f.file !== ZONE_HELPER), (f) => f.utcFields)).toEqual([]);
  });
});
