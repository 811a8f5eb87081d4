// Large tabs of plain values (a form's answers): their cells read by exceljs's streaming reader, their rows kept as the file wrote them.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Parts } from './zip-parts';

/** A sheet part at least this large (uncompressed XML) is read as a plain tab when it qualifies (about 10.000 rows). */
export const PLAIN_TAB_BYTES = 2 * 1024 * 1024;

/** exceljs's style table as its streaming reader parsed it (a style id → the style model its cells get). */
export interface StyleTable {
  getStyleModel(id: number): Partial<ExcelJS.Style> | undefined;
}

export interface PlainTab {
  /** The tab's name in the workbook. */
  name: string;
  /** `xl/worksheets/sheet3.xml` */
  part: string;
  /** The file's `<sheetData>…</sheetData>`, exactly as written. */
  sheetData: string;
  /** The file's `<dimension …/>`, if any. */
  dimension?: string;
  /** The sheet part with `<sheetData/>` in place of its rows: what exceljs loads (columns, views, rules). */
  rowless: Buffer;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export const xmlText = (s: string): string =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
  );

/** Tab name → sheet part, from workbook.xml and its relationships. */
export function sheetPartsByName(parts: Parts): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const target = attr(m[0], 'r:id') && targets.get(attr(m[0], 'r:id')!);
    if (name !== undefined && target) out.set(xmlText(name), target);
  }
  return out;
}

/**
 * The rows of a sheet part when its cells are plain values: no formula, no inline or ISO-date cell, and no
 * link, note, drawing, table or merge tied to a cell (those go through exceljs's whole model instead).
 */
export function plainSheetData(
  xml: string,
): { sheetData: string; rowless: string; dimension?: string } | null {
  const start = xml.indexOf('<sheetData>');
  const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < start) return null;
  const rest = xml.slice(0, start) + xml.slice(end);
  if (/<(hyperlinks|legacyDrawing|drawing|tableParts|mergeCells)\b/.test(rest)) return null;
  const sheetData = xml.slice(start, end + '</sheetData>'.length);
  if (/<f[\s>/]|\st="(inlineStr|str|d)"/.test(sheetData)) return null;
  const rowless = `${xml.slice(0, start)}<sheetData/>${xml.slice(end + '</sheetData>'.length)}`;
  return { sheetData, rowless, dimension: /<dimension\b[^>]*\/>/.exec(rest)?.[0] };
}

/** The package exceljs loads: plain tabs' rows left out (it still reads their columns, views and rules). */
export function withoutRows(parts: Parts, plain: PlainTab[]): Parts {
  const out: Parts = new Map(parts);
  for (const tab of plain) out.set(tab.part, tab.rowless);
  return out;
}

/** The plain tabs of a package: sheet parts of at least `minBytes` whose cells are plain values, with no relationships of their own. */
export function findPlainTabs(parts: Parts, minBytes: number): PlainTab[] {
  const out: PlainTab[] = [];
  for (const [name, part] of sheetPartsByName(parts)) {
    const bytes = parts.get(part);
    if (!bytes || bytes.length < minBytes) continue;
    const rels = part.replace(/([^/]+)$/, '_rels/$1.rels');
    if (parts.has(rels)) continue;
    const plain = plainSheetData(bytes.toString('utf8'));
    if (plain)
      out.push({
        name,
        part,
        sheetData: plain.sheetData,
        dimension: plain.dimension,
        rowless: Buffer.from(plain.rowless, 'utf8'),
      });
  }
  return out;
}

/** The reader is fed the package in pieces of this size, as from a file. */
const CHUNK = 64 * 1024;

type StreamSheet = AsyncIterable<ExcelJS.Row> & { id: string | number };

/** Visits every cell of the plain tabs with exceljs's streaming reader; returns the style table it read. */
export async function streamPlainCells(
  parts: Parts,
  plain: PlainTab[],
  zip: (parts: Parts) => Buffer,
  visit: (tab: PlainTab, cell: ExcelJS.Cell, row: number, col: number) => void,
): Promise<StyleTable> {
  // Only what the reader needs, shared strings and styles before the sheets.
  const wanted = [
    '_rels/.rels',
    'xl/_rels/workbook.xml.rels',
    'xl/workbook.xml',
    'xl/styles.xml',
    'xl/sharedStrings.xml',
  ];
  const small: Parts = new Map();
  for (const name of wanted) if (parts.has(name)) small.set(name, parts.get(name)!);
  const byNumber = new Map<string, PlainTab>();
  for (const tab of plain) {
    const n = /sheet(\d+)\.xml$/.exec(tab.part)?.[1];
    if (!n || tab.part !== `xl/worksheets/sheet${n}.xml`) throw new Error(`unexpected part ${tab.part}`);
    byNumber.set(n, tab);
    small.set(tab.part, parts.get(tab.part)!);
  }
  const bytes = zip(small);
  const chunks = Array.from({ length: Math.ceil(bytes.length / CHUNK) }, (_, i) =>
    bytes.subarray(i * CHUNK, (i + 1) * CHUNK),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const sheet of reader as unknown as AsyncIterable<StreamSheet>) {
    const tab = byNumber.get(String(sheet.id));
    if (!tab) continue;
    for await (const row of sheet) row.eachCell((cell, col) => visit(tab, cell, row.number, col));
  }
  return (reader as unknown as { styles: StyleTable }).styles;
}
