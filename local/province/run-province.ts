// `npm start -- --province DIR [--out DIR2]`: every commune file of DIR consolidated in DuckDB into DIR2/tinh.xlsx; bad files named and left out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorText } from '../../src/core/error-text';
import { formatViNumber } from '../../src/core/vi-format';
import { consolidate, type Consolidation } from './consolidate';
import { openEngine } from './duck';
import { loadExports, type LeftOut } from './load';
import { findSources } from './sources';
import { writeTinhXlsx } from './tinh-xlsx';

export const TINH_FILE = 'tinh.xlsx';

export interface ProvinceOptions {
  dir: string;
  out: string;
  bundleFile?: string;
  print?: (line: string) => void;
  printError?: (line: string) => void;
}

export interface ProvinceResult {
  exitCode: number;
  file?: string;
  consolidation?: Consolidation;
  leftOut: LeftOut[];
  kept: string[];
}

const leftOutLine = (l: LeftOut) => `    ${l.label}${l.line !== null ? ` dòng ${l.line}` : ''}: ${l.why}`;

export async function runProvince(options: ProvinceOptions): Promise<ProvinceResult> {
  const print = options.print ?? ((l: string) => console.log(l));
  const printError = options.printError ?? ((l: string) => console.error(l));
  if (!fs.existsSync(options.dir) || !fs.statSync(options.dir).isDirectory()) {
    printError(
      `Không có thư mục ${options.dir}: hãy ghi thư mục chứa các tệp ntm-export.csv (hoặc sổ .xlsx) của các xã.`,
    );
    return { exitCode: 1, leftOut: [], kept: [] };
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-tinh-'));
  const engine = await openEngine();
  try {
    const found = await findSources(options.dir, scratch, options.bundleFile);
    if (found.sources.length + found.leftOut.length === 0) {
      printError(`Thư mục ${options.dir} không có tệp .csv hay .xlsx nào của xã.`);
      return { exitCode: 1, leftOut: [], kept: [] };
    }
    const loaded = await loadExports(engine, found.sources, 'exports');
    const leftOut = [...found.leftOut, ...loaded.leftOut];
    const c = await consolidate(engine, 'exports');
    fs.mkdirSync(options.out, { recursive: true });
    const file = path.join(options.out, TINH_FILE);
    await writeTinhXlsx(file, c, leftOut, loaded.kept.length);
    print(
      `Đã gộp ${loaded.kept.length} tệp (${formatViNumber(loaded.rows)} dòng)` +
        (c.week ? `, tuần mới nhất ${c.week.split('-').reverse().join('/')}` : '') +
        `: ${file}`,
    );
    if (leftOut.length) {
      print(`Bỏ ra ${leftOut.length} tệp (không gộp; sửa rồi chạy lại):`);
      leftOut.forEach((l) => print(leftOutLine(l)));
    }
    return { exitCode: 0, file, consolidation: c, leftOut, kept: loaded.kept };
  } catch (e) {
    printError(`Không tổng hợp được: ${errorText(e)}. Không ghi tệp nào.`);
    return { exitCode: 1, leftOut: [], kept: [] };
  } finally {
    engine.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
