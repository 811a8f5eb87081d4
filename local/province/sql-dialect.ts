// The subset of SQL both DuckDB and BigQuery run (docs/scale.md): constructs one of them lacks, found in a query's text.

/** A construct outside the subset: a pattern over the text with comments and string literals blanked, and why. */
interface Rule {
  pattern: RegExp;
  why: string;
}

const RULES: Rule[] = [
  { pattern: /::/, why: '`::` casts are DuckDB/PostgreSQL only: write CAST(x AS type)' },
  { pattern: /"/, why: 'double quotes: BigQuery reads "x" as a string, DuckDB as a name' },
  { pattern: /\$\w|\?/, why: '`$name` and `?` parameters: write @name (each engine binds it)' },
  { pattern: /\bEXCLUDE\b/i, why: 'SELECT * EXCLUDE is DuckDB only (BigQuery says EXCEPT)' },
  { pattern: /\bREPLACE\s*\(/i, why: 'SELECT * REPLACE differs between the engines' },
  { pattern: /\bI?LIKE\b/i, why: 'ILIKE is DuckDB only; LIKE case rules differ: compare exact values' },
  {
    pattern: /\bFILTER\s*\(\s*WHERE\b/i,
    why: 'aggregate FILTER (WHERE …) is DuckDB only: use CASE inside the aggregate',
  },
  { pattern: /\b(GROUP|ORDER)\s+BY\s+ALL\b/i, why: 'GROUP/ORDER BY ALL: name the columns' },
  {
    pattern: /\b(ANTI|SEMI|ASOF|POSITIONAL)\s+JOIN\b/i,
    why: 'ANTI/SEMI/ASOF/POSITIONAL JOIN are DuckDB only: use NOT EXISTS / EXISTS',
  },
  { pattern: /\bUSING\s+SAMPLE\b/i, why: 'USING SAMPLE is DuckDB only' },
  { pattern: /\b(PIVOT|UNPIVOT)\b/i, why: 'PIVOT syntax differs between the engines' },
  {
    pattern:
      /\b(read_csv\w*|read_parquet|list_\w+|struct_pack|arg_max|arg_min|strftime|strptime|date_trunc|date_diff|datediff|epoch_ms|regexp_matches|string_agg|list|first|last)\s*\(/i,
    why: 'a DuckDB function BigQuery lacks or spells with other arguments',
  },
  {
    pattern: /\b(VARCHAR|DOUBLE|HUGEINT|UBIGINT|BIGINT|INTEGER|REAL|BLOB|FLOAT64|INT64|STRING)\b/i,
    why: 'a type name only one engine knows: keep casts to DATE, or avoid them',
  },
  { pattern: /\/\/|\*\*/, why: '`//` and `**` operators are DuckDB only' },
  { pattern: /\bIF\s*\(/i, why: 'IF(): use CASE WHEN' },
  {
    pattern: /\bSAFE_DIVIDE\b|\bSAFE_CAST\b|\bTRY_CAST\b/i,
    why: 'SAFE_/TRY_ functions exist in one engine only: use NULLIF',
  },
  {
    pattern: /\bEXCEPT\b|\bINTERSECT\b/i,
    why: 'set operators: BigQuery requires DISTINCT/ALL, write NOT EXISTS',
  },
  { pattern: /\bQUALIFY\b/i, why: 'QUALIFY: BigQuery needs a WHERE beside it; use a subquery' },
];

/** The text with `-- comments` and `'string literals'` replaced by spaces (so their words never match). */
export function codeOnly(sql: string): string {
  return sql.replace(/--[^\n]*|'(?:[^']|'')*'/g, (m) => ' '.repeat(m.length));
}

/** Each construct outside the subset, as `line N: why`; also a table neither written `{{name}}` nor named by WITH. */
export function dialectProblems(sql: string): string[] {
  const out: string[] = [];
  const code = codeOnly(sql);
  const named = new Set(
    [...code.matchAll(/(?:\bWITH|,)\s*([a-z_][a-z0-9_]*)\s+AS\s*\(/gi)].map((m) => m[1].toLowerCase()),
  );
  code.split('\n').forEach((line, i) => {
    const bare = line.replace(/\{\{[a-z_]+\}\}/g, (m) => ' '.repeat(m.length));
    for (const r of RULES) if (r.pattern.test(bare)) out.push(`line ${i + 1}: ${r.why}`);
    const table = /\b(?:FROM|JOIN)\s+(?!\(|\{\{)([A-Za-z_][A-Za-z0-9_]*)/i.exec(line);
    if (table && !named.has(table[1].toLowerCase()))
      out.push(`line ${i + 1}: a table not written {{name}} (each engine gives its own name)`);
  });
  if (!/^-- \S/.test(sql)) out.push('line 1: no one-line comment saying what the query is for');
  return out;
}
