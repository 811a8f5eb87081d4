// The commune files of a folder: exports (*.csv) as they are, workbooks (*.xlsx) exported on the fly through the bundle's `export` action.
import fs from 'node:fs';
import path from 'node:path';
import { errorText } from '../../src/core/error-text';
import { csvFilesToSave } from '../runner/saved-pages';
import { openSession } from '../runner/session';
import { readWorkbook } from '../xlsx';
import type { LeftOut, Source } from './load';

export interface Found {
  sources: Source[];
  /** Workbooks that could not be exported, named with why. */
  leftOut: LeftOut[];
}

/** The `.csv` and `.xlsx` files directly in `dir`, in name order (temporary and hidden files skipped). */
export function communeFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        d.isFile() && !d.name.startsWith('.') && !d.name.startsWith('~$') && /\.(csv|xlsx)$/i.test(d.name),
    )
    .map((d) => d.name)
    .sort();
}

/** The sources of `dir`; each workbook's export is written into `scratch` (a folder the caller removes). */
export async function findSources(
  dir: string,
  scratch: string,
  bundleFile?: string,
  now: number = Date.now(),
): Promise<Found> {
  const sources: Source[] = [];
  const leftOut: LeftOut[] = [];
  for (const name of communeFiles(dir)) {
    const file = path.join(dir, name);
    if (/\.csv$/i.test(name)) {
      sources.push({ file, label: name });
      continue;
    }
    try {
      const read = await readWorkbook(file);
      const session = openSession({
        workbook: read.workbook,
        timeZone: read.workbook.timeZone!,
        now,
        bundleFile,
      });
      const report = session.run('export');
      const csv = csvFilesToSave(session.runtime.ui.dialogs)[0];
      if (!report.supported)
        leftOut.push({ label: name, line: null, why: 'bản dựng này chưa có thao tác export' });
      else if (!report.ok || !csv)
        leftOut.push({ label: name, line: null, why: `không xuất được: ${report.summary}` });
      else {
        const out = path.join(scratch, `${sources.length}-${name}.csv`);
        fs.writeFileSync(out, csv.csv);
        sources.push({ file: out, label: name });
      }
    } catch (e) {
      leftOut.push({ label: name, line: null, why: `không đọc được sổ: ${errorText(e)}` });
    }
  }
  return { sources, leftOut };
}
