// The consolidation's .sql files (sql/province/, docs/scale.md): read once, `{{table}}` and `@param` filled in for DuckDB.
import fs from 'node:fs';
import path from 'node:path';

/** `sql/province` of the repository: found upwards from this file (source under jest, dist-local/ when bundled). */
function findSqlDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'sql', 'province');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.join(process.cwd(), 'sql', 'province');
  }
}

export const SQL_DIR = findSqlDir();

/** The names of the queries, each `sql/province/<name>.sql`. */
export type QueryName =
  | 'check-version'
  | 'check-required'
  | 'check-duplicate-lines'
  | 'check-commune-twice'
  | 'weeks'
  | 'province-weekly'
  | 'commune-lines'
  | 'ranking'
  | 'missing-weeks'
  | 'commune-weeks';

/** The text of a query as stored (placeholders unfilled). */
export function sqlText(name: QueryName, dir: string = SQL_DIR): string {
  return fs.readFileSync(path.join(dir, `${name}.sql`), 'utf8');
}

/** `@name` parameters a query text uses, in order of first use. */
export function parameterNames(sql: string): string[] {
  return [...new Set([...sql.matchAll(/@([a-z_][a-z0-9_]*)/gi)].map((m) => m[1]))];
}

/**
 * The query for DuckDB: `{{name}}` replaced by `tables[name]` (an unknown one throws), `@name` by `$name`
 * (DuckDB's named parameters; BigQuery takes `@name` as written).
 */
export function forDuckDb(sql: string, tables: Record<string, string>): string {
  return sql
    .replace(/\{\{([a-z_]+)\}\}/g, (_m, name: string) => {
      const table = tables[name];
      if (table === undefined) throw new Error(`no table given for {{${name}}}`);
      return table;
    })
    .replace(/@([a-z_][a-z0-9_]*)/gi, (_m, name: string) => `$${name}`);
}
