// Large tabs of plain values (a form's answers): their cells read by exceljs's streaming reader, their rows kept as the file wrote them.
import { Readable } from 'node:stream';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pickRows } from './patch-rows';
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
  /** The rows holding a note: exceljs reads and writes them, with the tab's notes (empty when it has none). */
  noted: ReadonlySet<number>;
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
 * link, drawing, table or merge tied to a cell (those go through exceljs's whole model instead); notes
 * only when `notes` (their rows are read and written by exceljs).
 */
export function plainSheetData(
  xml: string,
  notes = false,
): { sheetData: string; rowless: string; dimension?: string } | null {
  const start = xml.indexOf('<sheetData>');
  const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < start) return null;
  const rest = xml.slice(0, start) + xml.slice(end);
  if (/<(hyperlinks|drawing|tableParts|mergeCells|legacyDrawingHF)\b/.test(rest)) return null;
  if (!notes && /<legacyDrawing\b/.test(rest)) return null;
  const sheetData = xml.slice(start, end + '</sheetData>'.length);
  if (/<f[\s>/]|\st="(inlineStr|str|d)"/.test(sheetData)) return null;
  const rowless = `${xml.slice(0, start)}<sheetData/>${xml.slice(end + '</sheetData>'.length)}`;
  return { sheetData, rowless, dimension: /<dimension\b[^>]*\/>/.exec(rest)?.[0] };
}

/** A plain tab's sheet part with only its noted rows and `rows` (row numbers as the file has them). */
export function withSomeRows(tab: PlainTab, rows: ReadonlySet<number> = new Set()): Buffer {
  const wanted = new Set([...tab.noted, ...rows]);
  if (wanted.size === 0) return tab.rowless;
  const picked = pickRows(tab.sheetData, wanted);
  return Buffer.from(
    tab.rowless.toString('utf8').replace('<sheetData/>', () => `<sheetData>${picked}</sheetData>`),
  );
}

/** The package exceljs loads: plain tabs' rows left out but for their noted ones (it still reads their columns, views and rules). */
export function withoutRows(parts: Parts, plain: PlainTab[]): Parts {
  const out: Parts = new Map(parts);
  for (const tab of plain) out.set(tab.part, withSomeRows(tab));
  return out;
}

/**
 * The rows of a sheet holding a note, when the sheet's only relationships are its notes (comments and
 * their drawing); an empty set when it has no relationships, null when it has others.
 */
function notedRows(parts: Parts, part: string): Set<number> | null {
  const rels = parts.get(part.replace(/([^/]+)$/, '_rels/$1.rels'))?.toString('utf8');
  if (rels === undefined) return new Set();
  let comments: string | undefined;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const [type, target] = [attr(m[0], 'Type') ?? '', attr(m[0], 'Target')];
    if (!target || attr(m[0], 'TargetMode') === 'External') return null;
    if (/\/comments$/.test(type))
      comments = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(part), target);
    else if (!/\/vmlDrawing$/.test(type)) return null;
  }
  const xml = comments && parts.get(comments)?.toString('utf8');
  if (!xml) return null;
  return new Set([...xml.matchAll(/<comment\b[^>]*?\sref="[A-Z]+(\d+)"/g)].map((m) => Number(m[1])));
}

/** The plain tabs of a package: sheet parts of at least `minBytes` whose cells are plain values, with no relationships of their own but their notes. */
export function findPlainTabs(parts: Parts, minBytes: number): PlainTab[] {
  const out: PlainTab[] = [];
  for (const [name, part] of sheetPartsByName(parts)) {
    const bytes = parts.get(part);
    if (!bytes || bytes.length < minBytes) continue;
    const noted = notedRows(parts, part);
    const plain = noted && plainSheetData(bytes.toString('utf8'), noted.size > 0);
    if (plain && noted)
      out.push({
        name,
        part,
        sheetData: plain.sheetData,
        dimension: plain.dimension,
        rowless: Buffer.from(plain.rowless, 'utf8'),
        noted,
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
