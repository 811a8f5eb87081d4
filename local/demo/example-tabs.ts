// Fallback while the bundle has no `setup` action: the contract's example tables written as plain tabs (set-up's job once it exists).
import { seedTables } from '../../src/core/contract';
import type { CellData, SheetData } from '../workbook-data';
import { wallToInstant } from '../xlsx';

const DAY = 86_400_000;

/** The three input tabs of the example plan (`Cấu hình`, `Thôn`, `Chỉ tiêu`), headers bold with their notes. */
export function exampleInputTabs(zone: string): SheetData[] {
  return seedTables().map((t) => {
    const header: CellData[] = t.header.map((h, i) => ({
      value: h,
      bold: true,
      ...(t.notes[i] ? { note: t.notes[i] } : {}),
    }));
    const rows = t.rows.map((r) =>
      r.map((v): CellData | null => {
        if (v === '') return null;
        if (typeof v === 'object')
          return { value: wallToInstant(new Date(v.day * DAY), zone), numberFormat: 'dd/MM/yyyy' };
        return typeof v === 'string' ? { value: v, numberFormat: '@' } : { value: v };
      }),
    );
    return { name: t.tab, rows: [header, ...rows], frozenRows: 1 };
  });
}
