// The file a run reads, as exceljs holds it: large plain tabs without their rows (kept as the file wrote them, cells streamed), the whole file on demand.
import ExcelJS from 'exceljs';
import {
  findPlainTabs,
  PLAIN_TAB_BYTES,
  streamPlainCells,
  withoutRows,
  withSomeRows,
  type PlainTab,
  type StyleTable,
} from './plain-tabs';
import { readZip, writeZip, type Parts } from './zip-parts';

export interface XlsxSource {
  /** The file as exceljs read it; a plain tab's worksheet has its columns, views and rules but no rows. */
  workbook: ExcelJS.Workbook;
  /** The plain tabs, by their worksheet in `workbook`. */
  plain: Map<ExcelJS.Worksheet, PlainTab>;
  /** The file's style table and shared strings, which the plain tabs' rows refer to. */
  styles?: StyleTable;
  sharedStrings?: Buffer;
  /** The whole file as exceljs reads it, rows of plain tabs included (read once, when first asked). */
  whole(): Promise<ExcelJS.Workbook>;
  /** The file read again as `workbook` was, with the given rows of plain tabs in their worksheets (the rows a run changed). */
  withRows?(rows: ReadonlyMap<PlainTab, ReadonlySet<number>>): Promise<PartialRead>;
}

/** A workbook read with only some rows of its plain tabs, and those tabs by worksheet. */
export interface PartialRead {
  workbook: ExcelJS.Workbook;
  plain: Map<ExcelJS.Worksheet, PlainTab>;
}

/** Receives a plain tab's cells in file order. */
export interface CellSink {
  add(cell: ExcelJS.Cell, row: number, col: number): void;
  done(): void;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function partsOf(buffer: Buffer): Parts | null {
  try {
    return readZip(buffer);
  } catch (_e) {
    return null; // exceljs reads it, or says why it cannot
  }
}

/** Reads `buffer`; the cells of plain tabs (sheet parts of at least `minBytes`) go to `sink` instead of exceljs's model. */
export async function openSource(
  buffer: Buffer,
  minBytes = PLAIN_TAB_BYTES,
  sink: (tab: PlainTab) => CellSink,
): Promise<XlsxSource> {
  let whole: Promise<ExcelJS.Workbook> | undefined;
  const loadWhole = () => (whole ??= load(buffer));
  const parts = partsOf(buffer);
  const plain = parts ? findPlainTabs(parts, minBytes) : [];
  const rowless = parts && plain.length ? withoutRows(parts, plain) : undefined;
  const workbook = rowless ? await load(writeZip(rowless, true)) : undefined;
  const byWorksheet = plainByWorksheet(workbook, plain);
  if (!parts || !workbook || byWorksheet.size !== plain.length)
    return { workbook: await loadWhole(), plain: new Map(), whole: loadWhole };
  const wsOf = new Map([...byWorksheet].map(([ws, tab]) => [tab, ws]));
  const sinks = new Map(plain.map((tab) => [tab, withNotedRows(tab, wsOf.get(tab)!, sink(tab))]));
  const styles = await streamPlainCells(
    parts,
    plain,
    (small) => writeZip(small, true),
    (tab, cell, row, col) => sinks.get(tab)!.add(cell, row, col),
  );
  for (const s of sinks.values()) s.done();
  const withRows = async (rows: ReadonlyMap<PlainTab, ReadonlySet<number>>): Promise<PartialRead> => {
    const some: Parts = new Map(rowless);
    for (const [tab, wanted] of rows) some.set(tab.part, withSomeRows(tab, wanted));
    const partial = await load(writeZip(some, true));
    return { workbook: partial, plain: plainByWorksheet(partial, plain) };
  };
  return {
    workbook,
    plain: byWorksheet,
    styles,
    sharedStrings: parts.get('xl/sharedStrings.xml'),
    whole: loadWhole,
    withRows,
  };
}

/** The sink given a plain tab's noted rows from `ws` (which exceljs read with their notes) in place of the streamed ones. */
function withNotedRows(tab: PlainTab, ws: ExcelJS.Worksheet, sink: CellSink): CellSink {
  if (tab.noted.size === 0) return sink;
  const pending = [...tab.noted].sort((a, b) => a - b);
  let next = 0;
  const flush = (before: number) => {
    for (; next < pending.length && pending[next] < before; next++) {
      const row = ws.findRow(pending[next]) as unknown as
        { _cells?: (ExcelJS.Cell | undefined)[] } | undefined;
      // forEach skips the holes of exceljs's sparse cell array (as the whole file's reading does).
      row?._cells?.forEach((cell, c) => cell && sink.add(cell, pending[next], c + 1));
    }
  };
  return {
    add: (cell, row, col) => {
      flush(row + 1);
      if (!tab.noted.has(row)) sink.add(cell, row, col);
    },
    done: () => {
      flush(Infinity);
      sink.done();
    },
  };
}

function plainByWorksheet(
  workbook: ExcelJS.Workbook | undefined,
  plain: PlainTab[],
): Map<ExcelJS.Worksheet, PlainTab> {
  const out = new Map<ExcelJS.Worksheet, PlainTab>();
  for (const tab of plain) {
    const ws = workbook?.worksheets.find((w) => w.name === tab.name);
    if (ws) out.set(ws, tab);
  }
  return out;
}
