// The embedded engine: an in-memory DuckDB, a query with `@` parameters run and read back as plain rows.
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { forDuckDb, sqlText, type QueryName } from './sql-files';

/** A row as we read it: dates `yyyy-MM-dd`, whole and decimal numbers as numbers, text as text. */
export type Row = Record<string, string | number | boolean | null>;

export interface Engine {
  connection: DuckDBConnection;
  /** Runs `sql` (already in DuckDB's dialect) and returns its rows. */
  all(sql: string, params?: Record<string, string | number>): Promise<Row[]>;
  /** Runs a query of sql/province/ over `table`, parameters by name. */
  query(name: QueryName, table: string, params?: Record<string, string | number>): Promise<Row[]>;
  close(): void;
}

/** DuckDB's JS value as a plain one: BIGINT → number, DATE (a UTC midnight) → `yyyy-MM-dd`. */
function plain(v: unknown): string | number | boolean | null {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v === undefined || v === null) return null;
  return typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
}

/**
 * DuckDB's memory cap: half the machine's memory, at most 4 GB. Its default (80% of memory) let 1.000 communes
 * take 11 GB on a 23 GB machine; capped at 4 GB the same run peaked at 4,6 GB and ran faster (docs/scale.md).
 */
export function memoryLimitGb(totalBytes = os.totalmem()): number {
  return Math.max(1, Math.min(4, Math.floor(totalBytes / 2 / 2 ** 30)));
}

export async function openEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: `${memoryLimitGb()}GB`,
    // Past the cap, DuckDB spills here rather than into a .tmp folder of wherever the run was started.
    temp_directory: path.join(os.tmpdir(), 'ntm-duckdb'),
  });
  const connection = await instance.connect();
  const all = async (sql: string, params?: Record<string, string | number>) => {
    const reader = await connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS().map((r) => {
      const out: Row = {};
      for (const [k, v] of Object.entries(r)) out[k] = plain(v);
      return out;
    });
  };
  return {
    connection,
    all,
    query: (name, table, params) => all(forDuckDb(sqlText(name), { exports: table }), params),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
