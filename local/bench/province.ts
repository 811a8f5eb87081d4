// `npm run bench -- --province N`: N communes' histories (40 villages × 11 indicators × 52 weeks) written by DuckDB, then loaded, checked and consolidated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPORT_SCHEMA_VERSION } from '../../src/core/export';
import { consolidate } from '../province/consolidate';
import { openEngine } from '../province/duck';
import { loadExports } from '../province/load';
import { tinhXlsx } from '../province/tinh-xlsx';

export interface ProvinceBench {
  communes: number;
  villages: number;
  indicators: number;
  weeks: number;
  rows: number;
  csvMb: number;
  generateMs: number;
  loadMs: number;
  rowsPerSecond: number;
  queriesMs: number;
  xlsxMs: number;
  peakRssMb: number;
  leftOut: number;
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * One export file per commune, written by DuckDB from generate_series in one COPY partitioned by commune (no row
 * passes through JavaScript): village lines whose cumulative and plan grow with the week, a Toàn xã line per indicator.
 */
export async function generate(
  dir: string,
  communes: number,
  villages: number,
  indicators: number,
  weeks: number,
) {
  const engine = await openEngine();
  try {
    // One file per commune: past DuckDB's default of 100 open files, a partitioned write splits partitions into several files.
    await engine.all(`SET partitioned_write_max_open_files = ${communes + 1}`);
    await engine.all(
      `COPY (
        WITH fig AS (
          SELECT k, w, 'Thôn ' || lpad(v::VARCHAR, 2, '0') AS thon, i, 100.0 + i * 10 + v AS target,
            round((100.0 + i * 10 + v) * least(1.0, (w + 1) / ${weeks}.0), 2) AS plan,
            round((100.0 + i * 10 + v) * least(1.0, (w + 1) / ${weeks}.0 * (0.5 + ((k * 7919) % 100) / 125.0)), 2) AS cum,
            round((100.0 + i * 10 + v) * least(1.0, w / ${weeks}.0 * (0.5 + ((k * 7919) % 100) / 125.0)), 2) AS before
          FROM generate_series(1, ${communes}) c(k), generate_series(0, ${weeks - 1}) t(w),
            generate_series(1, ${villages}) s(v), generate_series(1, ${indicators}) u(i)
        ), all_lines AS (
          SELECT k, w, thon, i, target, cum, cum - before AS week_done, plan FROM fig
          UNION ALL
          SELECT k, w, 'Toàn xã', i, sum(target), sum(cum), sum(cum - before), sum(plan) FROM fig GROUP BY k, w, i
        )
        SELECT ${EXPORT_SCHEMA_VERSION} AS schema_version, 'Xã ' || lpad(k::VARCHAR, 4, '0') AS ten_xa,
          DATE '2025-01-02' + (7 * w)::INTEGER AS tuan, thon, 'CT_' || lpad(i::VARCHAR, 2, '0') AS ma_chi_tieu,
          'Chỉ tiêu ' || i AS noi_dung, 'm' AS don_vi, target AS chi_tieu, cum AS luy_ke, week_done AS tuan_nay,
          plan AS ke_hoach_den_nay, greatest(0, plan - cum) AS no_ton,
          CASE WHEN cum >= target THEN 'Hoàn thành' WHEN cum >= plan THEN 'Đúng tiến độ' ELSE 'Chậm tiến độ' END AS trang_thai,
          NULL AS bao_cao_tuan, NULL AS diem
        FROM all_lines
      ) TO '${dir}' (FORMAT CSV, HEADER, PARTITION_BY (ten_xa), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE)`,
    );
  } finally {
    engine.close();
  }
}

/** Every file under `dir`, at any depth. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

export async function benchProvince(
  communes: number,
  villages = 40,
  indicators = 11,
  weeks = 52,
  print: (l: string) => void = console.log,
): Promise<ProvinceBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-tinh-'));
  try {
    let t0 = process.hrtime.bigint();
    await generate(dir, communes, villages, indicators, weeks);
    const generateMs = ms(t0);
    const files = filesUnder(dir);
    if (files.length !== communes)
      throw new Error(`generated ${files.length} files for ${communes} communes`);
    const csvMb = files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6;
    print(`Đã sinh ${communes} tệp (${csvMb.toFixed(0)} MB) trong ${(generateMs / 1000).toFixed(1)} s.`);
    const engine = await openEngine();
    try {
      await engine.all('SET preserve_insertion_order = false');
      t0 = process.hrtime.bigint();
      const loaded = await loadExports(
        engine,
        files.map((f) => ({ file: f, label: path.relative(dir, f) })),
        'exports',
      );
      const loadMs = ms(t0);
      t0 = process.hrtime.bigint();
      const c = await consolidate(engine, 'exports', communes <= 250);
      const queriesMs = ms(t0);
      t0 = process.hrtime.bigint();
      const bytes = await tinhXlsx(c, loaded.leftOut, loaded.kept.length);
      const xlsxMs = ms(t0);
      print(`tinh.xlsx: ${(bytes.length / 1e6).toFixed(1)} MB.`);
      return {
        communes,
        villages,
        indicators,
        weeks,
        rows: loaded.rows,
        csvMb,
        generateMs,
        loadMs,
        rowsPerSecond: loaded.rows / (loadMs / 1000),
        queriesMs,
        xlsxMs,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        leftOut: loaded.leftOut.length,
      };
    } finally {
      engine.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
