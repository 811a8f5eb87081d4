// Loads commune exports into DuckDB (docs/scale.md): headers checked first, then one typed read, then the .sql checks; bad files left out and named.
import { EXPORT_COLUMNS, EXPORT_HEADER, EXPORT_SCHEMA_VERSION, type ExportType } from '../../src/core/export';
import type { Engine, Row } from './duck';
import { findRecord, headerOf } from './csv-records';

/** A commune file to load: its path, and the name messages give it (the .xlsx it came from, when exported on the fly). */
export interface Source {
  file: string;
  label: string;
}

/** A file left out of the consolidation: which, the line (record) when one is to blame, and why, in Vietnamese. */
export interface LeftOut {
  label: string;
  line: number | null;
  why: string;
}

export interface LoadResult {
  /** Labels of the files consolidated. */
  kept: string[];
  leftOut: LeftOut[];
  /** Rows of the consolidated table. */
  rows: number;
}

const DUCK_TYPES: Record<ExportType, string> = {
  INT64: 'BIGINT',
  DATE: 'DATE',
  STRING: 'VARCHAR',
  FLOAT64: 'DOUBLE',
};

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** What is wrong with a header, or null when it is version 1's exactly. */
export function headerProblem(header: readonly string[]): string | null {
  if (!header.includes('schema_version'))
    return 'không phải tệp xuất của NTM Tracker (dòng đầu không có cột schema_version)';
  const missing = EXPORT_HEADER.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !EXPORT_HEADER.includes(c));
  const parts: string[] = [];
  if (missing.length) parts.push(`thiếu cột ${missing.join(', ')}`);
  if (extra.length) parts.push(`có cột lạ ${extra.join(', ')}`);
  if (!parts.length && header.join(',') !== EXPORT_HEADER.join(','))
    parts.push('các cột không theo thứ tự của lược đồ');
  return parts.length
    ? `${parts.join('; ')} (lược đồ phiên bản ${EXPORT_SCHEMA_VERSION}: hãy xuất lại bằng NTM › Xuất dữ liệu cho tỉnh)`
    : null;
}

/**
 * Reads `sources` into table `table` of `engine` and leaves out every file with a problem: a wrong header,
 * a value of the wrong type, another schema version, a blank required value, a line twice, or a commune's
 * week also in another file. Each is named with its file and line; the other files are loaded.
 */
export async function loadExports(
  engine: Engine,
  sources: readonly Source[],
  table: string,
): Promise<LoadResult> {
  const leftOut: LeftOut[] = [];
  const byFile = new Map<string, Source>();
  for (const s of sources) {
    const problem = headerProblem(headerOf(s.file));
    if (problem) leftOut.push({ label: s.label, line: 1, why: problem });
    else byFile.set(s.file, s);
  }
  const columns = EXPORT_COLUMNS.map((c) => `${sqlString(c.name)}: ${sqlString(DUCK_TYPES[c.type])}`).join(
    ', ',
  );
  const files = [...byFile.keys()];
  if (files.length === 0) {
    const defs = EXPORT_COLUMNS.map((c) => `${c.name} ${DUCK_TYPES[c.type]}`).join(', ');
    await engine.all(`CREATE OR REPLACE TABLE ${table} (${defs}, source_file VARCHAR)`);
    return { kept: [], leftOut, rows: 0 };
  }
  await engine.all(
    `CREATE OR REPLACE TABLE ${table}_raw AS SELECT * EXCLUDE (filename), filename AS source_file FROM read_csv([${files.map(sqlString).join(', ')}], ` +
      `header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}}, ` +
      `filename = true, store_rejects = true, rejects_table = 'ntm_rejects', rejects_scan = 'ntm_reject_scans')`,
  );
  const bad = new Map<string, LeftOut>();
  const blame = (file: string, line: number | null, why: string) => {
    if (!bad.has(file)) bad.set(file, { label: byFile.get(file)?.label ?? file, line, why });
  };
  const rejects = await engine.all(
    `SELECT s.file_path AS file, MIN(e.line) AS line, COUNT(*) AS n, FIRST(e.column_name ORDER BY e.line) AS col, FIRST(e.error_type ORDER BY e.line) AS kind
     FROM ntm_rejects e JOIN ntm_reject_scans s ON e.scan_id = s.scan_id AND e.file_id = s.file_id GROUP BY s.file_path`,
  );
  for (const r of rejects)
    blame(
      String(r.file),
      Number(r.line),
      r.kind === 'CAST'
        ? `cột ${String(r.col)} ghi giá trị không đúng kiểu (${Number(r.n)} dòng lỗi; số ghi bằng dấu chấm thập phân, ngày yyyy-MM-dd)`
        : `dòng không đúng định dạng CSV (${String(r.kind)}; ${Number(r.n)} dòng lỗi)`,
    );
  await checks(engine, `${table}_raw`, blame, (f) => byFile.get(f)?.label ?? f);
  const keep = files.filter((f) => !bad.has(f));
  await engine.all(
    `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM ${table}_raw WHERE source_file IN (${keep.length ? keep.map(sqlString).join(', ') : "''"})`,
  );
  await engine.all(`DROP TABLE ${table}_raw`);
  const [{ n }] = await engine.all(`SELECT COUNT(*) AS n FROM ${table}`);
  return {
    kept: keep.map((f) => byFile.get(f)!.label),
    leftOut: [...leftOut, ...[...bad.values()]],
    rows: Number(n),
  };
}

/** The .sql checks over the raw table; each bad file is named with the line of its first offending record. */
async function checks(
  engine: Engine,
  raw: string,
  blame: (file: string, line: number | null, why: string) => void,
  byLabel: (file: string) => string,
) {
  const file = (r: Row) => String(r.source_file);
  for (const r of await engine.query('check-version', raw, { schema_version: EXPORT_SCHEMA_VERSION }))
    blame(
      file(r),
      findRecord(file(r), (get) => get('schema_version') !== String(EXPORT_SCHEMA_VERSION)),
      `schema_version khác ${EXPORT_SCHEMA_VERSION} ở ${Number(r.so_dong)} dòng: tỉnh chỉ nhận lược đồ phiên bản ${EXPORT_SCHEMA_VERSION}, hãy xuất lại bằng bản NTM Tracker hiện hành`,
    );
  const required = EXPORT_COLUMNS.filter((c) => c.required).map((c) => c.name);
  for (const r of await engine.query('check-required', raw))
    blame(
      file(r),
      findRecord(file(r), (get) => required.some((c) => get(c) === '')),
      `${Number(r.so_dong)} dòng để trống ô bắt buộc (${required.join(', ')})`,
    );
  for (const r of await engine.query('check-duplicate-lines', raw)) {
    let seen = 0;
    const key = [r.tuan, r.thon, r.ma_chi_tieu].map(String);
    blame(
      file(r),
      findRecord(
        file(r),
        (get) =>
          get('tuan') === key[0] && get('thon') === key[1] && get('ma_chi_tieu') === key[2] && ++seen === 2,
      ),
      `thôn ${key[1]}, chỉ tiêu ${key[2]}, tuần ${viDate(key[0])} có ${Number(r.so_lan)} dòng: mỗi tuần mỗi thôn một dòng cho mỗi chỉ tiêu`,
    );
  }
  const twice = await engine.query('check-commune-twice', raw);
  for (const r of twice) {
    const others = twice
      .filter((o) => o.ten_xa === r.ten_xa && o.tuan === r.tuan && o.source_file !== r.source_file)
      .map((o) => byLabel(String(o.source_file)));
    blame(
      file(r),
      findRecord(file(r), (get) => get('tuan') === String(r.tuan)),
      `xã ${String(r.ten_xa)} tuần ${viDate(String(r.tuan))} có cả ở ${others.join(', ')}: giữ một tệp cho mỗi xã rồi chạy lại`,
    );
  }
}
