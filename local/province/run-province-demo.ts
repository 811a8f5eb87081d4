// `npm start -- --province-demo`: 60 communes' exports generated from the seed's plan (one of them bad), consolidated into out/tinh.xlsx.
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_HEADER, toCsv } from '../../src/core/export';
import { writeFileAtomic } from '../xlsx';
import { provinceCommunes, type DemoCommune } from '../demo/province-rows';
import { runProvince, type ProvinceResult } from './run-province';

export const DEMO_COMMUNES = 60;
/** The demo's bad export: this commune's file says schema version 2. */
export const BAD_COMMUNE_INDEX = 17;

/** `Sơn Bằng` → `son-bang`. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Writes each commune's export as `DIR/<slug>.csv`; the bad commune's rows carry schema_version 2. */
export function writeDemoExports(dir: string, communes: readonly DemoCommune[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return communes.map((c, k) => {
    const rows = k === BAD_COMMUNE_INDEX ? c.rows.map((r) => [2, ...r.slice(1)]) : c.rows;
    const file = path.join(dir, `${slug(c.name)}.csv`);
    writeFileAtomic(file, toCsv(EXPORT_HEADER, rows));
    return file;
  });
}

export interface DemoRunOptions {
  outDir?: string;
  print?: (line: string) => void;
  printError?: (line: string) => void;
}

export async function runProvinceDemo(options: DemoRunOptions = {}): Promise<ProvinceResult> {
  const print = options.print ?? ((l: string) => console.log(l));
  const out = options.outDir ?? 'out';
  const input = path.join(out, 'tinh-demo-input');
  fs.rmSync(input, { recursive: true, force: true });
  const communes = provinceCommunes(DEMO_COMMUNES);
  writeDemoExports(input, communes);
  print(
    `Bản demo cấp tỉnh: ${communes.length} xã theo kế hoạch mẫu (5 thôn, 11 chỉ tiêu, 12 tuần từ 16/03/2023), ` +
      `mỗi xã một tiến độ; vài xã chậm nộp; tệp của xã ${communes[BAD_COMMUNE_INDEX].name} ghi sai phiên bản lược đồ.`,
  );
  print(`Đã ghi ${communes.length} tệp xuất của các xã vào ${input}.`);
  const result = await runProvince({ dir: input, out, print, printError: options.printError });
  if (result.exitCode !== 0) return result;
  print('');
  print('Xem kết quả:');
  print(`    ${result.file}: các tab Tổng quan, Toàn tỉnh (từng chỉ tiêu theo tuần), Theo xã, Xếp hạng,`);
  print('    Thiếu tuần (xã chưa nộp tuần nào), Bỏ ra (tệp bị loại và lý do), rồi mỗi xã một tab.');
  print(`    Các tệp đầu vào: ${input}`);
  return result;
}
