// docs/scale.md: every query of sql/province/ keeps to the subset DuckDB and BigQuery both run; the check fires on a query written to break it.
import fs from 'node:fs';
import path from 'node:path';
import { codeOnly, dialectProblems } from '../../../local/province/sql-dialect';
import { SQL_DIR, forDuckDb, parameterNames } from '../../../local/province/sql-files';
import { COMMUNE_ROW_NAME } from '../../../src/core/contract/vocabulary';
import { EXPORT_COLUMNS } from '../../../src/core/export';

const files = fs.readdirSync(SQL_DIR).filter((f) => f.endsWith('.sql'));
const text = (f: string) => fs.readFileSync(path.join(SQL_DIR, f), 'utf8');

describe('sql/province/*.sql', () => {
  it('holds the queries the consolidation runs', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s uses nothing outside the shared subset', (f) => {
    expect(dialectProblems(text(f))).toEqual([]);
  });

  it.each(files)('%s names its tables {{exports}} and its parameters among @tuan, @schema_version', (f) => {
    expect(text(f)).toContain('{{exports}}');
    for (const p of parameterNames(codeOnly(text(f)))) expect(['tuan', 'schema_version']).toContain(p);
  });

  it('spells the commune line as the workbook does', () => {
    for (const f of files)
      for (const m of text(f).matchAll(/thon <> '([^']*)'/g)) expect(m[1]).toBe(COMMUNE_ROW_NAME);
  });
});

describe('the dialect check', () => {
  it('names each DuckDB-only construct of a query written to use them all, with its line', () => {
    const bad = [
      '-- breaks every rule',
      'SELECT x::DOUBLE, "name", * EXCLUDE (a), arg_max(a, b), list(a), strftime(d, 1)',
      'FROM {{exports}} ANTI JOIN other USING SAMPLE 10',
      'WHERE a ILIKE $p AND b = ? AND c // 2 > 1 AND IF(a, 1, 2) = 1',
      'GROUP BY ALL QUALIFY TRY_CAST(a AS VARCHAR) = 1',
    ].join('\n');
    const found = dialectProblems(bad);
    for (const word of [
      '`::`',
      'double quotes',
      'EXCLUDE',
      'DuckDB function',
      'type name',
      'ANTI',
      'SAMPLE',
      'ILIKE',
      '`$name`',
      '`//`',
      'IF()',
      'GROUP/ORDER BY ALL',
      'QUALIFY',
      'SAFE_/TRY_',
      'not written {{name}}',
    ])
      expect([word, found.some((p) => p.includes(word))]).toEqual([word, true]);
    expect(found.filter((p) => p.startsWith('line 2:')).length).toBeGreaterThanOrEqual(5);
  });

  it('ignores words inside comments and string literals', () => {
    expect(
      dialectProblems('-- uses :: and "x" in a comment\nSELECT \'a::b "c"\' AS t FROM {{exports}}'),
    ).toEqual([]);
  });

  it('asks for the one-line comment on top', () => {
    expect(dialectProblems('SELECT 1 AS one FROM {{exports}}')).toEqual([
      'line 1: no one-line comment saying what the query is for',
    ]);
  });
});

describe('forDuckDb', () => {
  it('fills the table and turns @name into $name', () => {
    expect(forDuckDb("SELECT 'a' FROM {{exports}} WHERE tuan = CAST(@tuan AS DATE)", { exports: 't1' })).toBe(
      "SELECT 'a' FROM t1 WHERE tuan = CAST($tuan AS DATE)",
    );
    expect(() => forDuckDb('SELECT 1 FROM {{other}}', { exports: 't' })).toThrow('{{other}}');
  });
});

describe('sql/province/bigquery-schema.json', () => {
  it('is the export schema, column for column (what bq load is given)', () => {
    const json = JSON.parse(fs.readFileSync(path.join(SQL_DIR, 'bigquery-schema.json'), 'utf8'));
    expect(json).toEqual(
      EXPORT_COLUMNS.map((c) => ({
        name: c.name,
        type: c.type,
        mode: c.required ? 'REQUIRED' : 'NULLABLE',
        description: c.doc,
      })),
    );
  });
});
