// The import layering of src/: a pure core that imports only itself, and nothing in src/ reaching into local/ or Node.
// Globals, Date methods and clock reads are lint rules (eslint.config.mjs), tested in lint-rules.test.ts.
import path from 'node:path';
import { allFacts, factsOf, ROOT, type SourceFacts } from './source-facts';

const facts = allFacts();
const under = (dir: string) => facts.filter((f) => f.file.startsWith(`${dir}/`));

/** `file: hit, hit` lines for every file with hits, so a failure names the file and line. */
const report = (files: SourceFacts[], pick: (f: SourceFacts) => string[]) =>
  files.filter((f) => pick(f).length).map((f) => `${f.file}: ${pick(f).join(', ')}`);

describe('the import reader', () => {
  it('sees every import and re-export (checked on a file written to break the rules)', () => {
    const bad = factsOf(path.join(ROOT, 'test/architecture/fixtures/breaks-every-rule.ts.txt'));
    expect(bad.imports).toEqual(['src/sheets/ui', 'node:fs', 'local/runtime']);
  });

  it('finds the source files', () => {
    expect(facts.map((f) => f.file)).toEqual(
      expect.arrayContaining(['src/main.ts', 'src/core/zone.ts', 'src/entry/entries.ts']),
    );
  });
});

describe('src/core is pure', () => {
  it('imports only from src/core and npm packages (no adapters, entries, local code or node:*)', () => {
    expect(
      report(under('src/core'), (f) =>
        f.imports.filter((i) =>
          i.startsWith('src/')
            ? !i.startsWith('src/core/') && i !== 'src/core'
            : i.startsWith('local') || i.startsWith('node:') || i.startsWith('test'),
        ),
      ),
    ).toEqual([]);
  });
});

describe('src/pages builds pages from core data', () => {
  it('imports only from src/pages, src/core and npm packages (no adapters or entries)', () => {
    expect(
      report(under('src/pages'), (f) =>
        f.imports.filter((i) =>
          i.startsWith('src/')
            ? !/^src\/(core|pages)(\/|$)/.test(i)
            : i.startsWith('local') || i.startsWith('node:') || i.startsWith('test'),
        ),
      ),
    ).toEqual([]);
  });

  it('src/core imports no page', () => {
    expect(report(under('src/core'), (f) => f.imports.filter((i) => i.startsWith('src/pages')))).toEqual([]);
  });
});

describe('src/ runs in Apps Script', () => {
  it('nothing in src/ imports local/ or node:*', () => {
    expect(
      report(facts, (f) => f.imports.filter((i) => i.startsWith('local') || i.startsWith('node:'))),
    ).toEqual([]);
  });
});
